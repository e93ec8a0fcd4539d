import { describe, expect, it } from 'vitest';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import { ownPage, profileOf } from './fixture';

const url = new URL('https://www.linkedin.com/in/mallory-test/');

describe('hostile page: mallory-test', () => {
  const doc = ownPage('hostile-2026.html');
  const profile = profileOf(extractLinkedin(doc, url));

  it('keeps markup-looking text, template syntax, bidi and zero-width characters literally', () => {
    expect(profile.name).toBe(
      '<img src=x onerror=alert(1)> {{firstName}} \u202eyrollaM\u202c Te\u200bst',
    );
    expect(profile.headline).toBe(
      '<script>document.cookie</script> Head of {{company}} &amp; "AI"',
    );
    expect(profile.location).toBe('Nowhere <b>City</b>');
  });

  it('never reads script contents as page text and cuts a huge about to the schema limit', () => {
    expect(profile.about).not.toContain('stealCookies');
    expect(profile.about?.startsWith('<iframe src="javascript:alert(1)"></iframe>')).toBe(true);
    expect(profile.about).toHaveLength(20_000);
    expect(profileSnapshotSchema.safeParse(profile).success).toBe(true);
  });

  it('drops javascript:, data: and relative redirect targets; keeps the one http(s) link', () => {
    expect(profile.links).toEqual(['https://mallory.example/ok']);
  });

  it('reads an absurd follower count as unknown', () => {
    expect(profile.followers).toBeNull();
  });

  it('finds the hint anchor in the top card', () => {
    expect(findLinkedinHintAnchor(doc, url)?.textContent).toContain('Head of {{company}}');
  });
});

describe('bad input gives a result, never a throw', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it.each([
    ['an empty document', ''],
    ['plain text', 'just some text, no markup'],
    ['unclosed markup', '<main><section><h1>Half <b>open'],
    [
      'a top card with nothing in it',
      '<main><section componentkey="xTopcard"><a href="/in/mallory-test/"><h2></h2></a></section></main>',
    ],
    [
      'broken JSON in code and JSON-LD',
      '<main><h1>x</h1></main><code>{"publicIdentifier":"mallory-test",</code><script type="application/ld+json">{nope</script>',
    ],
    [
      'JSON that is not an object',
      '<code>"publicIdentifier":"mallory-test"</code><script type="application/ld+json">[1,2,null,"x"]</script>',
    ],
  ])('%s', (_name, html) => {
    const result = extractLinkedin(parse(html), url);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['unavailable', 'unrecognized']).toContain(result.reason);
      expect(result.detail.length).toBeGreaterThan(0);
    }
    expect(findLinkedinHintAnchor(parse(html), url)).toBeNull();
  });

  it('a huge page of repeated entries stays within the schema', () => {
    const entry =
      '<li><div data-view-name="profile-component-entity"><span aria-hidden="true">Skill</span></div></li>';
    const skills = Array.from({ length: 800 }, (_, index) =>
      entry.replace('Skill', `Skill ${index}`),
    ).join('');
    const html = `<main><section componentkey="xTopcard"><a href="/in/mallory-test/"><h2>Mallory</h2></a></section>
      <section><h2><span aria-hidden="true">Skills</span></h2><ul>${skills}</ul></section></main>`;
    const profile = profileOf(extractLinkedin(parse(html), url));
    expect(profile.name).toBe('Mallory');
    expect(profile.skills).toHaveLength(500);
  });

  it('a document whose methods throw is reported, not thrown', () => {
    const broken = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(extractLinkedin(broken, url)).toMatchObject({ ok: false, reason: 'unrecognized' });
    expect(findLinkedinHintAnchor(broken, url)).toBeNull();
  });
});
