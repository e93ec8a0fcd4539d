import { menteeProfileSchema } from '@/utils/fit/mentee';
import type { FitResult } from '@/utils/fit/result';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';

// invented people only: no real profile data in tests

export function linkedinPerson(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    ...emptySnapshot('linkedin', 'priya-raman-ml', 'https://www.linkedin.com/in/priya-raman-ml/'),
    name: 'Priya Raman',
    headline: 'Staff ML Engineer at Acme Robotics | Building small language models',
    company: 'Acme Robotics',
    location: 'Lisbon, Portugal',
    experience: [
      {
        title: 'Staff ML Engineer',
        company: 'Acme Robotics',
        start: '2021-04',
        end: null,
        location: null,
        description: null,
      },
      {
        title: 'Data Scientist',
        company: 'Quillfeather Labs',
        start: '2016-01',
        end: '2021-03',
        location: null,
        description: null,
      },
    ],
    education: [
      {
        school: 'Northfield University',
        degree: 'MSc Computer Science',
        start: '2014',
        end: '2016',
      },
    ],
    signals: {
      degree: 2,
      mutualConnections: 4,
      sharedHighlights: ['You both studied at Northfield University'],
      recentActivity: ['2026-02-10'],
    },
    ...overrides,
  };
}

export function githubPerson(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    ...emptySnapshot('github', 'priyar', 'https://github.com/priyar'),
    name: 'Priya Raman',
    headline: 'Small models, big patience.',
    repos: [
      {
        name: 'tiny-llm',
        description: 'A 300-line GPT in PyTorch, for learning',
        language: 'Python',
        stars: 2_400,
        forks: 180,
      },
      {
        name: 'eval-kit',
        description: 'Tiny evaluation harness',
        language: 'Python',
        stars: 310,
        forks: 20,
      },
    ],
    organizations: ['open-robotics-lab'],
    links: ['https://twitter.com/priyar', 'https://priyaraman.dev/'],
    signals: { publicEmail: null },
    ...overrides,
  };
}

export const mentee = menteeProfileSchema.parse({
  name: 'Sam Lee',
  targetRoles: ['ML engineer'],
  focusAreas: ['PyTorch', { topic: 'evaluation', priority: 'high' }],
  careerStage: 'career changer',
  location: 'Lisbon',
});

export function fitResult(overrides: Partial<FitResult> = {}): FitResult {
  return {
    score: 78,
    band: 'Strong fit',
    reasons: [{ signal: 'expertise', weight: 1, effect: 20, text: 'Builds small language models' }],
    cite: [],
    usesDefaultProfile: false,
    ...overrides,
  };
}

/** the values a typical first approach is filled with */
export const typicalValues = {
  firstName: 'Priya',
  fullName: 'Priya Raman',
  theirWork: 'your tiny-llm repo',
  sharedGround: 'we both studied at Northfield University',
  currentRole: 'Staff ML Engineer',
  theirCompany: 'Acme Robotics',
  myName: 'Sam Lee',
  myGoal: 'moving from backend work into ML engineering',
  whyYou: 'and your machine learning work is close to that',
  theAsk: 'a 20-minute call in the next few weeks, at a time that suits you',
  theirAdvice: 'to rebuild one paper end to end before reading more',
  whatIDid: 'I rebuilt the attention paper in PyTorch and wrote up what I learned',
  outcome: 'it got me my first ML interview',
  nextStep: 'build a small evaluation harness this month',
  meetingTopic: 'choosing between research and applied roles',
  meetingDate: 'Thursday 12 March',
  lastMessage: 'my LinkedIn message of Tuesday 3 March',
  lastReplyDate: 'Friday 6 March',
  lastSpokeDate: 'Friday 6 March',
  lastMeetingDate: 'Thursday 5 March',
  lastMeetingTopic: 'choosing a first project',
  progress: 'finished the fine-tuning course and shipped a demo',
  questions: 'how do you pick which papers to reproduce?',
  challenge: 'my eval scores are lower than the paper reports',
} as const;
