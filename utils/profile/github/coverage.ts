/** what was read, and what the page family shows that could not be read (visible breakage) */
export type Coverage = {
  /** field name → whether a value was read */
  read: Record<string, boolean>;
  /** field name → whether this page should have shown it (always, or because its box is there) */
  expected: Record<string, boolean>;
};

export function coverage({ read, expected }: Coverage): { found: string[]; missing: string[] } {
  return {
    found: Object.keys(read).filter((field) => read[field]),
    missing: Object.keys(expected).filter((field) => expected[field] && !read[field]),
  };
}
