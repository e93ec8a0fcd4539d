import type { Contribution, FitContext } from '../contribution';
import { listWords } from '../format';

const cap = 8;

const docsRepo =
  /\b(docs?|documentation|tutorials?|guides?|course|book|notes|examples|explained|from scratch|awesome|cookbook|handbook|lessons?|workshop)\b/i;
const articles =
  /\b(blog(?:ger|ging|s)?|articles?|essays?|newsletter|writes about|author of|wrote)\b/i;

/** they explain things in writing: posts, articles, docs, READMEs */
export function communication(ctx: FitContext): Contribution[] {
  const { person } = ctx;
  const parts: { points: number; phrase: string; cite?: string }[] = [];
  const posts = person.signals.recentPosts ?? [];
  const activity = person.signals.recentActivity ?? [];
  if (posts.length > 0 || activity.length >= 3) {
    const count = Math.max(posts.length, activity.length);
    parts.push({ points: 3, phrase: `posts (${count} recent)` });
  }
  if (
    person.linkInfo.some((link) => link.kind === 'writing') ||
    person.ownWords.some((t) => articles.test(t))
  ) {
    parts.push({ points: 3, phrase: 'writes articles' });
  }
  const docs = person.repos.find((repo) => docsRepo.test(`${repo.name} ${repo.description ?? ''}`));
  if (docs) {
    parts.push({
      points: 2,
      phrase: `writes docs or tutorials (${docs.name})`,
      cite: `their repo ${docs.name}`,
    });
  }
  if (person.github?.signals.hasReadme || person.github?.about) {
    parts.push({ points: 2, phrase: 'a profile README' });
  }
  const about = person.linkedin?.about;
  if (about && about.length >= 400 && !person.stuffed.about) {
    parts.push({ points: 1, phrase: 'a detailed About section' });
  }
  if (parts.length === 0) return [];
  const points = Math.min(
    cap,
    parts.reduce((sum, part) => sum + part.points, 0),
  );
  return [
    {
      signal: 'communication',
      points,
      text: `Communicates in writing: ${listWords(parts.map((part) => part.phrase))}`,
      cite: parts.find((part) => part.cite)?.cite,
    },
  ];
}
