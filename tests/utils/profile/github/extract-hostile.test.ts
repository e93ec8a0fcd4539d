import { describe, expect, it } from 'vitest';
import { extractGithub } from '@/utils/profile/github/extract';
import { type ProfileSnapshot, profileSnapshotSchema } from '@/utils/profile/snapshot';
import { loadOwnPage } from './fixtures';

function hostileProfile(): ProfileSnapshot {
  const { doc, url } = loadOwnPage('hostile');
  const result = extractGithub(doc, url);
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}: ${result.detail}`);
  return result.profile;
}

describe('extractGithub on a hostile profile (mallory-test)', () => {
  const profile = hostileProfile();

  it('passes the snapshot schema and keeps the login from the card', () => {
    expect(profileSnapshotSchema.safeParse(profile).success).toBe(true);
    expect([profile.source, profile.handle, profile.url]).toEqual([
      'github',
      'mallory-test',
      'https://github.com/mallory-test',
    ]);
    expect([profile.connections, profile.experience, profile.education, profile.skills]).toEqual([
      null,
      [],
      [],
      [],
    ]);
    expect(profile.signals.hasReadme).toBe(true);
  });

  it('returns markup-looking text literally, with direction and zero-width characters kept', () => {
    expect(profile.name).toBe(
      'Mallory <img src=x onerror=alert(1)> \u202Eevil\u200Bname {{firstName}}',
    );
    expect(profile.company).toBe('<b onclick=alert(1)>Evil</b> Corp');
    expect(profile.location).toBe('{{location}} \u202EdlroW');
  });

  it('cuts the 100 KB bio to the schema limit instead of failing, from the rendered text', () => {
    expect(profile.headline).toHaveLength(20_000);
    expect(
      profile.headline?.startsWith(
        "<script>alert('bio')</script> {{firstName}}, mentoring mentoring",
      ),
    ).toBe(true);
    expect(profile.headline?.endsWith('…')).toBe(true);
    expect(profile.headline).not.toContain('{{bio}}');
  });

  it('keeps only absolute http(s) links: no javascript:, data:, vbscript:, protocol-relative, broken or oversized', () => {
    expect(profile.links).toEqual([
      'https://mallory.example/profile?q=%3Cscript%3E',
      'https://mallory.example/readme',
    ]);
  });

  it('never reads script, style, template or noscript bodies into the README text', () => {
    expect(profile.about).toBe(
      'Hello {{firstName}} <img src=x onerror=alert(1)> I <3 mentoring & office hours. click me old readme link',
    );
    expect(profile.about).not.toMatch(/MALLORY_(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)_MARKER/);
  });

  it('rejects a card email that is not a plain address', () => {
    expect(profile.signals.publicEmail).toBeNull();
  });

  it('keeps hostile repository text literal, clips long names and drops nameless cards', () => {
    expect(profile.repos).toHaveLength(2);
    expect(profile.repos[0]).toEqual({
      name: '<svg onload=alert(1)>',
      description: '<img src=x onerror=alert(1)> {{description}}',
      language: '\u202EnohtyP',
      stars: null,
      forks: null,
    });
    expect(profile.repos[1]?.name).toHaveLength(200);
    expect(profile.repos[1]?.name.endsWith('…')).toBe(true);
    expect(profile.repos[1]?.description).toBeNull();
  });

  it('reads counts it can trust and nulls the rest', () => {
    expect(profile.followers).toBe(12_345_678);
    expect(profile.signals.following).toBeNull();
    expect(profile.contributionsLastYear).toBeNull();
    expect(profile.signals.missing).toEqual(['contributionsLastYear']);
  });

  it('takes names from labels when an organisation link is not a github path', () => {
    expect(profile.organizations).toEqual(['<b>org</b>', 'mallory-collective']);
    expect(profile.signals.achievements).toEqual(['<script>alert(1)</script>']);
    expect(profile.signals.sponsors).toBe(true);
  });

  it('keeps the status message but not an emoji alias that is not an alias', () => {
    expect(profile.signals.status).toBe('<img src=x onerror=alert(1)> busy\u200B\u200D');
  });
});
