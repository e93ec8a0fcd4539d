import { readFile } from 'node:fs/promises';
import { type MenteeProfile, menteeProfileSchema } from '../../utils/fit/mentee';
import { UsageError } from './args';

/** reads a goals file and validates it; an error message names the field at fault */
export async function loadGoals(file: string): Promise<MenteeProfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read goals file ${file}${code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `goals file ${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`goals file ${file} must hold a JSON object like {"targetRoles": [...]}`);
  }
  const parsed = menteeProfileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new UsageError(`invalid goals file ${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
