import type { FitResult } from '@/utils/fit/result';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';

// an invented person to preview templates against before anyone is shortlisted

export const sampleProfiles: ProfileSnapshot[] = [
  {
    ...emptySnapshot(
      'linkedin',
      'noor-lindahl-sample',
      'https://www.linkedin.com/in/noor-lindahl-sample/',
    ),
    name: 'Noor Lindahl',
    headline: 'Staff ML Engineer at Fernbrook Robotics',
    company: 'Fernbrook Robotics',
    location: 'Lisbon, Portugal',
    experience: [
      {
        title: 'Staff ML Engineer',
        company: 'Fernbrook Robotics',
        start: '2021-04',
        end: null,
        location: null,
        description: null,
      },
    ],
    education: [{ school: 'Northfield University', degree: 'MSc', start: '2014', end: '2016' }],
    signals: {
      degree: 2,
      mutualConnections: 3,
      sharedHighlights: ['You both studied at Northfield University'],
    },
  },
  {
    ...emptySnapshot('github', 'noorl-sample', 'https://github.com/noorl-sample'),
    name: 'Noor Lindahl',
    repos: [
      {
        name: 'tiny-evals',
        description: 'A small evaluation harness for language models',
        language: 'Python',
        stars: 1_200,
        forks: 90,
      },
    ],
  },
];

export const sampleFit: FitResult = {
  score: 74,
  band: 'Strong fit',
  reasons: [{ signal: 'expertise', weight: 1, effect: 20, text: 'Builds evaluation tools' }],
  cite: ['their pinned repo tiny-evals'],
  usesDefaultProfile: false,
};
