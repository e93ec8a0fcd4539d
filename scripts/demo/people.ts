import type { Status } from '../../utils/shortlist/schema/status';

// our own invented sample people, served at the real profile URLs the extension matches
export interface SamplePerson {
  url: string;
  fixture: string;
  /** where the demo leaves them on the pipeline; null = looked at, not shortlisted */
  status: Status | null;
}

export const ADA = 'https://github.com/ada-okafor';
export const PRIYA = 'https://www.linkedin.com/in/priya-raman-ml/';
/** whose draft the demo opens: still "saved", so it is a first approach */
export const DRAFT_FOR = 'linkedin:tomas-lindqvist-data';

export const samplePeople: SamplePerson[] = [
  { url: ADA, fixture: 'github/profile-ada-okafor.html', status: 'replied' },
  { url: PRIYA, fixture: 'linkedin/signed-in-2026-priya-raman.html', status: 'contacted' },
  {
    url: 'https://github.com/sam-lindqvist',
    fixture: 'github/profile-sam-lindqvist.html',
    status: 'saved',
  },
  {
    url: 'https://www.linkedin.com/in/tomas-lindqvist-data/',
    fixture: 'linkedin/signed-in-2024-tomas-lindqvist.html',
    status: 'saved',
  },
  {
    url: 'https://sg.linkedin.com/in/wei-ling-tan-42',
    fixture: 'linkedin/guest-2025-wei-ling-tan.html',
    status: null,
  },
];

/** the sample mentee: an invented person moving from data analysis to ML engineering */
export const sampleMentee = {
  name: 'Jordan Reyes',
  targetRoles: 'ML engineer, MLOps engineer',
  location: 'Lisbon, Portugal',
};
