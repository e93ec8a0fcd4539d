import { emptySnapshot } from '../profile/blank';
import type { ProfileSnapshot } from '../profile/snapshot';

/** an invented mentor, for previews of weights and templates: no real person's data */
export const sampleMentor: ProfileSnapshot = {
  ...emptySnapshot('linkedin', 'sample-mentor', 'https://www.linkedin.com/in/sample-mentor/'),
  name: 'Jordan Example',
  headline: 'Staff ML engineer at Examplify · I mentor career changers moving into ML',
  location: 'Berlin, Germany',
  company: 'Examplify',
  about:
    'Twelve years building machine learning systems in Python and PyTorch. Happy to help people moving into ML engineering: I hold monthly office hours and write about MLOps on my blog.',
  followers: 4_800,
  connections: 500,
  experience: [
    {
      title: 'Staff ML engineer',
      company: 'Examplify',
      start: '2020-03',
      end: null,
      location: 'Berlin',
      description: null,
    },
    {
      title: 'Machine learning engineer',
      company: 'DataWorks',
      start: '2016-01',
      end: '2020-02',
      location: null,
      description: null,
    },
    {
      title: 'Software engineer',
      company: 'DataWorks',
      start: '2013-09',
      end: '2015-12',
      location: null,
      description: null,
    },
  ],
  education: [
    { school: 'Example University', degree: 'MSc Computer Science', start: '2011', end: '2013' },
  ],
  skills: ['Machine Learning', 'Python', 'PyTorch', 'MLOps', 'Mentoring'],
  links: ['https://jordan.example.org/blog'],
  signals: { degree: 2, mutualConnections: 3, recentActivity: ['2w'], sharedHighlights: [] },
};
