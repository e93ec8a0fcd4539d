import { describe, expect, it } from 'vitest';
import { defaultMenteeProfile, menteeProfileSchema } from '@/utils/fit/mentee';
import { storedFitWeights, storedMenteeProfile } from '@/utils/fit/stored-guard';
import { defaultFitWeights, fitWeightsSchema } from '@/utils/fit/weights';
import { fitSettingsOf, quietModeOf } from '@/utils/settings/page-settings';

const saved = menteeProfileSchema.parse({
  name: 'Sam',
  targetRoles: ['ML engineer'],
  focusAreas: ['PyTorch', { topic: 'evaluation', priority: 'high' }],
  helpWanted: ['research advice'],
  careerStage: 'junior',
  yearsExperience: 3,
  location: 'Lagos',
  timeZone: 'Africa/Lagos',
  languages: ['English', 'Yoruba'],
  preferences: { freeOnly: false, remoteOk: true, seniorityGapYears: { min: 2, max: 10 } },
  sharedBackground: ['self-taught'],
  goals: [{ id: 'g1', title: 'First paper', targetDate: '2027-02-28', status: 'in progress' }],
});

const hostile: unknown[] = [
  null,
  'profile',
  [],
  {},
  { ...saved, name: ' padded ' },
  { ...saved, name: 'x'.repeat(201) },
  { ...saved, targetRoles: 'ML engineer' },
  { ...saved, targetRoles: [''] },
  { ...saved, targetRoles: Array.from({ length: 21 }, (_, i) => `role ${i}`) },
  { ...saved, focusAreas: ['PyTorch'] },
  { ...saved, focusAreas: [{ topic: 'x', priority: 'urgent' }] },
  { ...saved, helpWanted: ['free money'] },
  { ...saved, careerStage: 'ceo' },
  { ...saved, yearsExperience: -1 },
  { ...saved, yearsExperience: Number.NaN },
  { ...saved, yearsExperience: '3' },
  { ...saved, preferences: { ...saved.preferences, seniorityGapYears: { min: 9, max: 2 } } },
  {
    ...saved,
    preferences: { freeOnly: 'yes', remoteOk: true, seniorityGapYears: { min: 1, max: 2 } },
  },
  { ...saved, goals: [{ id: '', title: 'x', targetDate: null, status: 'open' }] },
  { ...saved, goals: [{ id: 'g', title: 'x', targetDate: '2027-02-30', status: 'open' }] },
  { ...saved, goals: [{ id: 'g', title: 'x', targetDate: '2027-2-3', status: 'open' }] },
  { ...saved, goals: [{ id: 'g', title: 'x', targetDate: null, status: 'someday' }] },
  { ...saved, goals: [{ id: 'g', title: 'x', status: 'open' }] },
];

describe('the zod-free check of the saved goals', () => {
  it('accepts what the options page saves, as the schema reads it', () => {
    expect(storedMenteeProfile(saved)).toEqual(saved);
    expect(storedMenteeProfile(defaultMenteeProfile)).toEqual(defaultMenteeProfile);
    // unknown keys are dropped, as the schema does
    expect(storedMenteeProfile({ ...saved, extra: 1 })).toEqual(saved);
  });

  it('never accepts what the schema rejects, nor reads anything differently from it', () => {
    for (const value of hostile) {
      const checked = storedMenteeProfile(value);
      if (checked === null) continue;
      const parsed = menteeProfileSchema.safeParse(value);
      expect(parsed.success, JSON.stringify(value)).toBe(true);
      expect(checked).toEqual(parsed.data);
    }
    // the damaged ones above: each one refused
    expect(hostile.filter((value) => storedMenteeProfile(value) !== null)).toEqual([]);
  });

  it('has the same defaults as the schemas', () => {
    expect(defaultFitWeights).toEqual(fitWeightsSchema.parse({}));
    expect(menteeProfileSchema.parse(defaultMenteeProfile)).toEqual(defaultMenteeProfile);
  });
});

describe('the zod-free check of the saved weights', () => {
  it('fills a missing weight with its default, as the schema does', () => {
    expect(storedFitWeights({ expertise: 0.2 })).toEqual(
      fitWeightsSchema.parse({ expertise: 0.2 }),
    );
  });

  it.each([
    [{ expertise: 2 }],
    [{ path: -0.1 }],
    [{ activity: '1' }],
    [{ cautions: Number.NaN }],
    [[]],
    ['x'],
  ])('refuses %j', (value) => {
    expect(storedFitWeights(value)).toBeNull();
    expect(fitWeightsSchema.safeParse(value).success).toBe(false);
  });
});

describe('what a page reads from storage', () => {
  it('quiet mode: unset is off, damaged is quiet on both sites', () => {
    expect(quietModeOf(undefined)).toEqual({ linkedin: false, github: false });
    expect(quietModeOf({ linkedin: true, github: false })).toEqual({
      linkedin: true,
      github: false,
    });
    expect(quietModeOf({ linkedin: 'yes', github: false })).toEqual({
      linkedin: true,
      github: true,
    });
    expect(quietModeOf('quiet')).toEqual({ linkedin: true, github: true });
  });

  it('goals and weights: unset is the labelled default, damaged is left to the background', () => {
    expect(fitSettingsOf(undefined, undefined)).toEqual({
      mentee: defaultMenteeProfile,
      usesDefaultProfile: true,
      weights: defaultFitWeights,
    });
    expect(fitSettingsOf(saved, { path: 0 })?.usesDefaultProfile).toBe(false);
    expect(fitSettingsOf({ goals: 'all' }, undefined)).toBeNull();
    expect(fitSettingsOf(saved, { path: 7 })).toBeNull();
  });
});
