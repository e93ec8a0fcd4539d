import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { viewedMemberId } from '@/utils/lists/linkedin/viewed';
import {
  hasRealFixtures,
  realFixturesDir,
  realFixturesSkipNote,
} from '../../support/real-fixtures';

const parse = (html: string) =>
  new new Window({ url: 'https://www.linkedin.com/' }).DOMParser().parseFromString(
    html,
    'text/html',
  ) as unknown as Document;

describe(`the viewed person's member id${realFixturesSkipNote}`, () => {
  it('from a Message link outside the sidebars, never a sidebar person', () => {
    const doc =
      parse(`<main><section><h2>Ada</h2><a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAAAdaOwnId00001">Message</a></section></main>
      <aside><section><h2>More profiles for you</h2><a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAAOtherPerson0001">Message</a></section></aside>`);
    expect(viewedMemberId(doc, 'ada')).toBe('ACoAAAAdaOwnId00001');
    const sidebarOnly = parse(
      `<aside><section><h2>More profiles for you</h2><a href="/messaging/compose/?recipient=ACoAAAOtherPerson0001">Message</a></section></aside>`,
    );
    expect(viewedMemberId(sidebarOnly, 'ada')).toBeNull();
    expect(
      viewedMemberId(
        parse('<main><a href="/messaging/compose/?recipient=bad">x</a></main>'),
        'ada',
      ),
    ).toBeNull();
  });
  it.skipIf(!hasRealFixtures).each([
    ['loggedin-2026-adivirsingh13.html', 'adivirsingh13', 'ACoAADQEshQ'],
    ['loggedin-2024-sri.html', 'sri-lalitha-jeevanige-35520a61', 'ACoAAA0F7XEB'],
    ['loggedin-2026-08-abdeali-topcard.html', 'abde-ali-vania-62323089', 'ACoAABK4nns'],
  ])('%s', (file, handle, prefix) => {
    const doc = parse(readFileSync(path.join(realFixturesDir, 'linkedin', file), 'utf8'));
    expect(viewedMemberId(doc, handle)?.startsWith(prefix)).toBe(true);
  });
});
