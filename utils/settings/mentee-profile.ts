import { storage } from 'wxt/utils/storage';
import { describeIssue } from '../describe-issue';
import {
  defaultMenteeProfile,
  type MenteeProfile,
  type MenteeProfileInput,
  menteeProfileSchema,
} from '../fit/mentee';
import { SettingsError } from './errors';

export { SettingsError };

// stored raw and parsed on every read: storage is a boundary
export const menteeProfileItem = storage.defineItem<unknown>('sync:menteeProfile', {
  fallback: null,
  version: 1,
});

export interface LoadedMenteeProfile {
  profile: MenteeProfile;
  /** true until the user saves their own goals */
  usesDefaultProfile: boolean;
}

export async function loadMenteeProfile(): Promise<LoadedMenteeProfile> {
  const raw = await menteeProfileItem.getValue();
  if (raw === null) return { profile: defaultMenteeProfile, usesDefaultProfile: true };
  const parsed = menteeProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SettingsError(
      `Your mentee profile could not be read (${describeIssue(parsed.error)}). Open MentorLens options to fix it.`,
    );
  }
  return { profile: parsed.data, usesDefaultProfile: false };
}

/** validates, then stores; the parsed value is what was stored */
export async function saveMenteeProfile(input: MenteeProfileInput): Promise<MenteeProfile> {
  const parsed = menteeProfileSchema.safeParse(input);
  if (!parsed.success) throw new SettingsError(`Not saved: ${describeIssue(parsed.error)}`);
  await menteeProfileItem.setValue(parsed.data);
  return parsed.data;
}

export async function resetMenteeProfile(): Promise<void> {
  await menteeProfileItem.removeValue();
}
