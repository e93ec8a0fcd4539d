// the maximum sizes of profileSnapshotSchema (snapshot.ts); limits.test.ts fails if they drift apart
export const limits = {
  text: 20_000,
  handle: 200,
  url: 2_048,
  repoName: 200,
  language: 100,
  organization: 200,
  email: 320,
  links: 100,
  repos: 100,
  organizations: 200,
  achievements: 100,
  fieldNames: 60,
} as const;

/** text cut to fit `max` characters, ending in an ellipsis; never splits a surrogate pair */
export function clip(value: string, max: number): string;
export function clip(value: string | null, max: number): string | null;
export function clip(value: string | null, max: number): string | null {
  if (value === null || value.length <= max) return value;
  let end = max - 1;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}
