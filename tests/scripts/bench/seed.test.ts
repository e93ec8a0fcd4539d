import { describe, expect, it } from 'vitest';
import { seedData } from '@/scripts/bench/seed';
import { summarize } from '@/utils/shortlist/tracker/summarize';

describe('seeded data for benchmarks', () => {
  it('is deterministic, invented, and consistent with the pipeline', () => {
    const a = seedData({
      people: 200,
      events: 1_000,
      seed: 7,
      now: new Date('2026-06-01T00:00:00Z'),
    });
    const b = seedData({
      people: 200,
      events: 1_000,
      seed: 7,
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(a).toEqual(b);
    expect(a.people).toHaveLength(200);
    expect(a.events).toHaveLength(1_000);
    expect(new Set(a.people.map((p) => p.id)).size).toBe(200);
    const ids = new Set(a.people.map((p) => p.id));
    expect(a.events.every((event) => ids.has(event.personId))).toBe(true);
    for (const p of a.people) {
      expect(summarize(p).status).toBe(p.status);
      if (p.status === 'mentoring') expect(summarize(p).mentoringAt).not.toBeNull();
      if (p.status !== 'saved' && p.status !== 'not-a-fit' && p.status !== 'paused')
        expect(p.stages.contacted).not.toBeNull();
    }
  });
});
