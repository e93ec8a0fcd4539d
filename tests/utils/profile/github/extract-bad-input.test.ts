import { describe, expect, it } from 'vitest';
import { extractGithub } from '@/utils/profile/github/extract';
import { extractFailureReasons, profileSnapshotSchema } from '@/utils/profile/snapshot';
import { parseHtml } from '../../../support/real-fixtures';
import { loadOwnPage, ownHtml } from './fixtures';

const ada = new URL('https://github.com/ada-okafor');

/** a minimal 2025 card around the given inner html */
function card(inner: string, outside = ''): Document {
  return parseHtml(
    `<title>x · GitHub</title><div id="js-flash-container">${outside}</div><div class="h-card" itemscope itemtype="http://schema.org/Person"><span class="p-nickname">ada-okafor</span>${inner}</div>`,
  );
}

describe('extractGithub on malformed and empty documents', () => {
  it.each([
    ['an empty string', ''],
    ['plain text', 'just some words'],
    ['an empty html element', '<html></html>'],
    ['a cut-off tag', '<div class="h-ca'],
    [
      'a comment swallowing the page',
      '<!-- <div class="h-card"><span class="p-nickname">ada</span></div>',
    ],
    [
      'a script swallowing the page',
      '<script><div class="h-card"><span class="p-nickname">ada</span></div>',
    ],
  ])('gives "unrecognized" for %s', (_, html) => {
    const result = extractGithub(parseHtml(html), ada);
    expect(result).toMatchObject({ ok: false, reason: 'unrecognized' });
    expect(result.ok === false && result.detail.length).toBeGreaterThan(10);
  });

  it('copes with an XML document that has no head, body or title', () => {
    const xml = new DOMParser().parseFromString('<root><h-card/></root>', 'application/xml');
    expect(extractGithub(xml, ada)).toMatchObject({ ok: false, reason: 'unrecognized' });
  });

  it('turns a document that throws into "unrecognized" instead of throwing', () => {
    const broken = {
      title: '',
      head: null,
      body: null,
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    const result = extractGithub(broken, ada);
    expect(result).toEqual({
      ok: false,
      reason: 'unrecognized',
      detail: 'github extractor failed: boom',
    });
  });

  it('reads a card whose wrapper class was lost from the whole body', () => {
    const { doc } = loadOwnPage('ada');
    const hCard = doc.querySelector('.h-card');
    hCard?.removeAttribute('class');
    hCard?.removeAttribute('itemscope');
    const result = extractGithub(doc, ada);
    expect(result.ok && result.profile.name).toBe('Ada Okafor');
  });

  it('says "not-a-profile" for URLs that are not a person, whatever the page holds', () => {
    const { doc } = loadOwnPage('ada');
    for (const url of [
      'https://github.com/settings/profile',
      'https://github.com/ada-okafor/tiny-llm',
      'https://www.linkedin.com/in/ada-okafor-ml/',
      'https://gist.github.com/ada-okafor',
    ]) {
      expect(extractGithub(doc, new URL(url)), url).toMatchObject({
        ok: false,
        reason: 'not-a-profile',
      });
    }
  });

  it('says "unrecognized" for a linkedin-looking page served at a github profile URL', () => {
    const doc = parseHtml('<main><section class="top-card"><h1>Ada Okafor</h1></section></main>');
    expect(extractGithub(doc, ada)).toMatchObject({ ok: false, reason: 'unrecognized' });
  });
});

describe('extractGithub on suspended and blocked accounts', () => {
  it('says "unavailable" when github says the account is suspended', () => {
    const doc = parseHtml(
      '<title>ada-okafor · GitHub</title><div class="blankslate"><h3>This account has been suspended.</h3></div>',
    );
    expect(extractGithub(doc, ada)).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'github says: This account has been suspended.',
    });
  });

  it('says "unavailable" when a flash says the viewer blocked this user', () => {
    const doc = card(
      '<span class="p-name">Ada</span>',
      '<div class="flash flash-warn">You have blocked this user.</div>',
    );
    expect(extractGithub(doc, ada)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('is not fooled by a bio that talks about suspension', () => {
    const doc = card('<div class="p-note">My account has been suspended twice, ask me how</div>');
    const result = extractGithub(doc, ada);
    expect(result.ok && result.profile.headline).toBe(
      'My account has been suspended twice, ask me how',
    );
  });
});

describe('extractGithub on oversized and odd content', () => {
  it('caps repositories at 100 and README links at 100', () => {
    const cards = Array.from(
      { length: 150 },
      (_, i) => `<div class="pinned-item-list-item"><span class="repo">repo-${i}</span></div>`,
    ).join('');
    const links = Array.from(
      { length: 150 },
      (_, i) => `<a href="https://x.example/${i}">${i}</a>`,
    ).join(' ');
    const doc = parseHtml(
      `<div class="h-card"><span class="p-nickname">ada-okafor</span></div><div class="js-pinned-items-reorder-container">${cards}</div><article class="markdown-body">${links}</article>`,
    );
    const result = extractGithub(doc, ada);
    if (!result.ok) throw new Error(result.detail);
    expect(result.profile.repos).toHaveLength(100);
    expect(result.profile.links).toHaveLength(100);
    expect(profileSnapshotSchema.safeParse(result.profile).success).toBe(true);
  });

  function nested(depth: number): Document {
    const doc = card('<span class="p-name"></span>');
    let node: Element | null = doc.querySelector('.p-name');
    for (let level = 0; level < depth && node; level += 1) {
      const child = doc.createElement('span');
      node.append(child);
      node = child;
    }
    node?.append('Deep Ada');
    return doc;
  }

  it('reads a name nested 3,000 elements deep', () => {
    const result = extractGithub(nested(3_000), ada);
    expect(result.ok && result.profile.name).toBe('Deep Ada');
  });

  it('answers, never throws, when nesting is deeper than the DOM implementation can query', () => {
    // happy-dom's querySelector recurses and overflows near 6,000 levels; browsers do not
    const result = extractGithub(nested(20_000), ada);
    expect(result.ok || extractFailureReasons.includes(result.reason)).toBe(true);
  });

  it('uses the URL login when the page shows none or shows something that is not a login', () => {
    const doc = parseHtml('<div class="h-card"><span class="p-nickname">not a login!</span></div>');
    const result = extractGithub(doc, new URL('https://github.com/Ada-Okafor'));
    expect(result.ok && [result.profile.handle, result.profile.url]).toEqual([
      'Ada-Okafor',
      'https://github.com/Ada-Okafor',
    ]);
    expect(result.ok && result.profile.signals.found).not.toContain('handle');
  });

  it('reports a missing name, and sections whose box is there but empty', () => {
    const doc = parseHtml(`<div class="h-card"><span class="p-nickname">ada-okafor</span>
      <h2>Organizations</h2><h2>Achievements</h2></div>
      <div class="js-pinned-items-reorder-container"><h2>Pinned</h2></div>
      <article class="markdown-body"></article><div class="js-yearly-contributions"><h2>Loading…</h2></div>`);
    const result = extractGithub(doc, ada);
    expect(result.ok && result.profile.signals.missing).toEqual([
      'name',
      'followers',
      'repos',
      'about',
      'organizations',
      'achievements',
      'contributionsLastYear',
    ]);
  });

  it('reads "Available for hire" when a card shows it, and says nothing otherwise', () => {
    const hireable = extractGithub(card('<span class="Label">Available for hire</span>'), ada);
    expect(hireable.ok && hireable.profile.signals.hireable).toBe(true);
    const silent = extractGithub(card(''), ada);
    expect(silent.ok && 'hireable' in silent.profile.signals).toBe(false);
  });

  it('decodes a percent-encoded card email and drops its query', () => {
    const doc = card(
      '<ul><li itemprop="email"><a href="mailto:ada%2Bmentoring@mail.example?subject=hi">x</a></li></ul>',
    );
    const result = extractGithub(doc, ada);
    expect(result.ok && result.profile.signals.publicEmail).toBe('ada+mentoring@mail.example');
    const broken = card('<ul><li itemprop="email"><a href="mailto:%E0%A4%A">x</a></li></ul>');
    const brokenResult = extractGithub(broken, ada);
    expect(brokenResult.ok && brokenResult.profile.signals.publicEmail).toBeNull();
  });

  it('only ever answers with a known reason', () => {
    for (const html of ['', ownHtml('org'), ownHtml('not-found'), ownHtml('repo')]) {
      const result = extractGithub(parseHtml(html), ada);
      expect(result.ok === false && extractFailureReasons.includes(result.reason)).toBe(true);
    }
  });
});
