import { describe, expect, it } from 'vitest';
import { syncProblem, syncUsage } from '@/utils/settings/sync-quota';

describe('browser sync quotas', () => {
  it('measures key plus JSON in UTF-8 bytes and names what does not fit', () => {
    expect(syncUsage({ a: 'é' }).total).toBe(1 + 4);
    expect(syncProblem({ quietMode: { linkedin: true, github: false } })).toBeNull();
    expect(syncProblem({ menteeProfile: { notes: 'x'.repeat(9_000) } })).toMatch(
      /mentee profile \(with its goals\) is 8\.8 KB: more than the 8\.0 KB/,
    );
    const many = Object.fromEntries(
      Array.from({ length: 14 }, (_, index) => [`k${index}`, 'x'.repeat(8_000)]),
    );
    expect(syncProblem(many)).toMatch(/in all, more than the 100\.0 KB/);
  });
});
