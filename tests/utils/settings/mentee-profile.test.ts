import { describe, expect, it } from 'vitest';
import { defaultMenteeProfile } from '@/utils/fit/mentee';
import {
  loadMenteeProfile,
  menteeProfileItem,
  resetMenteeProfile,
  SettingsError,
  saveMenteeProfile,
} from '@/utils/settings/mentee-profile';

describe('the mentee profile setting', () => {
  it('uses the labelled default profile until the user saves goals', async () => {
    expect(await loadMenteeProfile()).toEqual({
      profile: defaultMenteeProfile,
      usesDefaultProfile: true,
    });
  });

  it('stores what the user saved, with defaults for what they left out', async () => {
    await saveMenteeProfile({ targetRoles: ['AI researcher'], focusAreas: ['NLP'] });
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    expect(usesDefaultProfile).toBe(false);
    expect(profile.targetRoles).toEqual(['AI researcher']);
    expect(profile.focusAreas).toEqual([{ topic: 'NLP', priority: 'medium' }]);
    expect(profile.preferences.seniorityGapYears).toEqual({ min: 3, max: 15 });
  });

  it('refuses to save an invalid profile and keeps the old one', async () => {
    await saveMenteeProfile({ targetRoles: ['ML engineer'] });
    await expect(saveMenteeProfile({ yearsExperience: -3 })).rejects.toThrow(
      /Not saved: yearsExperience/,
    );
    await expect(
      saveMenteeProfile({ preferences: { seniorityGapYears: { min: 10, max: 2 } } }),
    ).rejects.toThrow(SettingsError);
    expect((await loadMenteeProfile()).profile.targetRoles).toEqual(['ML engineer']);
  });

  it.each([
    ['a string', 'ML engineer'],
    ['a wrong type', { targetRoles: 'ML engineer' }],
    ['an unknown help option', { helpWanted: ['do my homework'] }],
  ])(
    'reports a damaged stored value (%s) instead of silently using the default',
    async (_name, value) => {
      await menteeProfileItem.setValue(value);
      await expect(loadMenteeProfile()).rejects.toThrow(
        /could not be read .*Open MentorLens options/,
      );
    },
  );

  it('resets to the default profile', async () => {
    await saveMenteeProfile({ targetRoles: ['Data scientist'] });
    await resetMenteeProfile();
    expect((await loadMenteeProfile()).usesDefaultProfile).toBe(true);
  });
});
