// prints how long scoreFit takes per profile; a measurement, never a test assertion
// run: node_modules/.bin/tsx scripts/lib/fit-timing.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMenteeProfile, menteeProfileSchema } from '../../utils/fit/mentee';
import { scoreFit } from '../../utils/fit/score';
import { emptySnapshot, type ProfileSnapshot } from '../../utils/profile/snapshot';
import { extractPage } from './extract-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// a fixture's URL: the profile link it mentions most (a dev script, not the extension's hot path)
function pageUrlOf(site: 'github' | 'linkedin', file: string): string | null {
  const html = readFileSync(file, 'utf8');
  const pattern =
    site === 'github' ? /itemprop="additionalName">([\w-]+)</g : /linkedin\.com\/in\/([\w-]+)/g;
  const counts = new Map<string, number>();
  for (const match of html.matchAll(pattern)) {
    const handle = match[1] as string;
    counts.set(handle, (counts.get(handle) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return null;
  return site === 'github' ? `https://github.com/${best}` : `https://www.linkedin.com/in/${best}/`;
}

const profiles: ProfileSnapshot[] = [];
for (const site of ['github', 'linkedin'] as const) {
  const dir = path.join(root, 'tests/fixtures', site);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.html'));
  } catch {
    continue;
  }
  for (const name of files) {
    const file = path.join(dir, name);
    const url = pageUrlOf(site, file);
    const result = url ? await extractPage(url, file) : null;
    if (result?.ok) profiles.push(result.profile);
  }
}

// an invented, fully filled LinkedIn profile: the heavy end of what a page shows
const full = emptySnapshot(
  'linkedin',
  'nadia-quill-42',
  'https://www.linkedin.com/in/nadia-quill-42/',
);
full.headline = 'Senior ML Engineer at Quillworks | PyTorch | mentoring career changers';
full.about =
  'I build ML systems and I am happy to help people moving into machine learning. '.repeat(25);
full.location = 'Stockholm, Sweden';
full.followers = 4_200;
full.experience = Array.from({ length: 14 }, (_, i) => ({
  title: i % 2 ? 'Backend Developer' : 'Machine Learning Engineer',
  company: `Company ${i}`,
  start: `${2024 - i * 2}-01`,
  end: i === 0 ? null : `${2025 - i * 2}-12`,
  location: 'Stockholm',
  description: 'Training and serving deep learning models in PyTorch; Python services. '.repeat(8),
}));
full.skills = Array.from({ length: 50 }, (_, i) => `Skill ${i}`).concat(['Python', 'Mentoring']);
full.links = ['https://adplist.org/mentors/nadia', 'https://nadia.example.org/blog/'];
full.signals = {
  degree: 2,
  mutualConnections: 12,
  sharedHighlights: ['You both studied at KTH'],
  recentActivity: ['1w', '3w', '2mo'],
  recentPosts: [{ text: 'What I learned shipping an LLM evaluation harness', date: '1w' }],
};
profiles.push(full);

const input = {
  targetRoles: ['ML engineer', 'AI researcher'],
  focusAreas: ['machine learning', 'Python', 'LLM evaluation', 'graph neural networks'],
  location: 'Stockholm, Sweden',
  languages: ['English', 'Spanish'],
  sharedBackground: ['KTH'],
};
const mentee = menteeProfileSchema.parse(input);

function time(label: string, run: (profile: ProfileSnapshot) => unknown, rounds: number): void {
  for (const profile of profiles) run(profile);
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) for (const profile of profiles) run(profile);
  const each = (performance.now() - start) / (rounds * profiles.length);
  console.log(`${label.padEnd(52)} ${each.toFixed(3)} ms per profile`);
}

console.log(`${profiles.length} profiles (committed fixtures + one full invented profile)`);
time(
  'default profile',
  (p) => scoreFit(p, defaultMenteeProfile, { usesDefaultProfile: true }),
  500,
);
time('custom goals, same mentee object (cached)', (p) => scoreFit(p, mentee), 500);
// the background may parse the goals afresh for every view: the worst case
time(
  'custom goals, mentee parsed afresh each call',
  (p) => scoreFit(p, menteeProfileSchema.parse(input)),
  200,
);
