import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import { parseHtml } from '../../../support/real-fixtures';

const url = 'https://www.linkedin.com/in/jana-novak-7f3a/';
const card = (lines: string) =>
  parseHtml(
    `<html><head><title>Jana Novak | LinkedIn</title></head><body><main><section><h1>Jana Novak</h1><p>Data engineer</p>${lines}</section></main></body></html>`,
  );
function profile(doc: Document) {
  const result = extractProfile(doc, url);
  if (!result.ok) throw new Error(result.detail);
  return result.profile;
}

describe('a labelled location line ("Location" / "Vienna, Austria", 2016 guest cards)', () => {
  it('reads the line after the label, and the card no longer calls the location absent', () => {
    const read = profile(
      card('<dl><dt>Location</dt><dd>Vienna, Austria</dd><dt>Industry</dt><dd>Internet</dd></dl>'),
    );
    expect(read.location).toBe('Vienna, Austria');
    expect(read.signals.absent ?? []).not.toContain('location');
  });

  it('never wins over "Contact info" or the counts, and a label with nothing after it reads nothing', () => {
    expect(
      profile(card('<p>Location</p><p>Somewhere</p><p>Graz, Austria</p><p>Contact info</p>'))
        .location,
    ).toBe('Graz, Austria');
    expect(profile(card('<p>Location</p>')).location).toBeNull();
  });

  it('keeps hostile text as text, within the field limit', () => {
    const read = profile(
      card(`<p>Location</p><p>&lt;img src=x onerror=alert(1)&gt; ${'x'.repeat(300)}</p>`),
    );
    expect(read.location?.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
  });
});
