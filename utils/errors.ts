// zod-free and tiny: content scripts, pages and the background all use it

/** the text of anything thrown: an Error's message, else the value as text */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
