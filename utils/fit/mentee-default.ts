// zod-free: the content scripts score in place; a test checks this equals the schema's parse of it
import type { MenteeProfile } from './mentee';

/** until the user sets goals, fit is measured against this clearly labelled profile */
export const defaultMenteeProfile: MenteeProfile = {
  name: '',
  targetRoles: ['Machine learning engineer'],
  focusAreas: [
    { topic: 'machine learning', priority: 'high' },
    { topic: 'Python', priority: 'high' },
    { topic: 'deep learning', priority: 'medium' },
    { topic: 'MLOps', priority: 'low' },
  ],
  helpWanted: ['career guidance', 'skill development'],
  careerStage: 'career changer',
  yearsExperience: 2,
  location: '',
  timeZone: '',
  languages: ['English'],
  preferences: { freeOnly: true, remoteOk: true, seniorityGapYears: { min: 3, max: 15 } },
  sharedBackground: [],
  goals: [],
};
