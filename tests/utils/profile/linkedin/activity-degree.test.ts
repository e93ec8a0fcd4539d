import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import { readActivityDegree } from '@/utils/profile/linkedin/activity';
import { parseHtml } from '../../../support/real-fixtures';

// 2026 signed-in Activity: each post starts with its author's name, then "• 2nd", then their headline
const post = (author: string, degree: string, text = 'A post about evaluation.') =>
  `<li><div><p>${author}</p><p>${degree}</p><p>Engineer</p></div><p>3h •</p><p>${text}</p></li>`;
const activity = (posts: string[]) =>
  parseHtml(`<section><h2>Activity</h2><ul>${posts.join('')}</ul></section>`).querySelector(
    'section',
  ) as Element;

describe("the degree beside the person's own name on their posts", () => {
  it('is read when every own post shows the same one; reposted authors never count', () => {
    const section = activity([
      post('Jana Novak', '• 2nd'),
      `<li><p>Jana Novak reposted this</p>${post('Ola Berg', '• 3rd+')}</li>`,
      post('Jana Novák', '· 2nd'),
    ]);
    expect(readActivityDegree([section], 'Jana Novak')).toBe(2);
    expect(readActivityDegree([section], 'Ola Berg')).toBe(3);
  });

  it('is unknown when the posts disagree, show none, or the name is missing or hostile', () => {
    expect(
      readActivityDegree(
        [activity([post('Jana Novak', '• 1st'), post('Jana Novak', '• 2nd')])],
        'Jana Novak',
      ),
    ).toBeNull();
    expect(
      readActivityDegree([activity([post('Jana Novak', 'Engineer')])], 'Jana Novak'),
    ).toBeNull();
    expect(readActivityDegree([activity([post('Ola Berg', '• 2nd')])], 'Jana Novak')).toBeNull();
    expect(readActivityDegree([activity([post('Jana Novak', '• 2nd')])], null)).toBeNull();
    expect(readActivityDegree([activity([post('<b>', '• 2nd')])], '<b>')).toBeNull();
    expect(readActivityDegree([activity([post('Jana Novak', '• 9th')])], 'Jana Novak')).toBeNull();
    expect(readActivityDegree([], 'Jana Novak')).toBeNull();
  });

  it('settles a top card that holds two degree variants, and never overrides a card that shows one', () => {
    const page = (badges: string) =>
      parseHtml(
        `<html><head><title>Jana Novak | LinkedIn</title></head><body><main><section><h2>Jana Novak</h2>${badges}<p>Data engineer</p><p>Vienna, Austria</p></section>` +
          `<section><h2>Activity</h2><ul>${post('Jana Novak', '• 2nd')}${post('Ola Berg', '• 1st')}</ul></section></main></body></html>`,
      );
    const url = 'https://www.linkedin.com/in/jana-novak-7f3a/';
    const degreeOf = (html: Document) => {
      const result = extractProfile(html, url);
      if (!result.ok) throw new Error(result.detail);
      return result.profile.signals.degree;
    };
    expect(degreeOf(page('<p>· 1st</p><p>· 2nd</p>'))).toBe(2);
    expect(degreeOf(page('<p>· 3rd</p>'))).toBe(3);
  });
});
