import { describe, expect, it } from 'vitest';
import { defaultMenteeProfile, menteeProfileSchema } from '@/utils/fit/mentee';
import { whereToLook } from '@/utils/lists/where';

const mentee = (input: Record<string, unknown>) => menteeProfileSchema.parse(input);

describe('where to look', () => {
  it('LinkedIn people searches from focus areas with "mentor", "office hours" and the city', () => {
    const links = whereToLook(
      mentee({
        focusAreas: [{ topic: 'LLM evaluation', priority: 'high' }, 'Python'],
        location: 'Lisbon, Portugal',
      }),
    );
    const urls = links.map((l) => decodeURIComponent(l.url));
    expect(urls).toContain(
      'https://www.linkedin.com/search/results/people/?keywords="LLM evaluation" mentor Lisbon',
    );
    expect(urls).toContain(
      'https://www.linkedin.com/search/results/people/?keywords="LLM evaluation" "office hours"',
    );
    expect(urls).toContain(
      'https://github.com/search?q=language:Python location:Lisbon followers:50..5000&type=users',
    );
    expect(urls).toContain(
      'https://github.com/EleutherAI/lm-evaluation-harness/graphs/contributors',
    );
    expect(urls.some((u) => u.includes('mentor remote'))).toBe(true);
  });
  it('"remote" when there is no city; paid platforms only when paid is fine', () => {
    const free = whereToLook(mentee({ focusAreas: ['MLOps'], preferences: { freeOnly: true } }));
    expect(free.some((l) => decodeURIComponent(l.url).endsWith('MLOps mentor remote'))).toBe(true);
    expect(free.some((l) => l.url.includes('mentorcruise'))).toBe(false);
    const paid = whereToLook(mentee({ focusAreas: ['MLOps'], preferences: { freeOnly: false } }));
    expect(paid.some((l) => l.url.includes('mentorcruise'))).toBe(true);
  });
  it('every link is https on a known site, with hostile topics encoded, never raw', () => {
    const links = whereToLook(
      mentee({ focusAreas: ['<script>x</script>&type=repos#', 'a'.repeat(200)] }),
    );
    for (const link of links) {
      const url = new URL(link.url);
      expect(url.protocol).toBe('https:');
      expect(['www.linkedin.com', 'github.com', 'adplist.org', 'mentorcruise.com']).toContain(
        url.hostname,
      );
      expect(link.url).not.toContain('<script>');
    }
    expect(whereToLook(defaultMenteeProfile).length).toBeGreaterThan(3);
  });
});
