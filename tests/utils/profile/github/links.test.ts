import { describe, expect, it } from 'vitest';
import { isImageWrapper, personLink } from '@/utils/profile/github/links';
import { parseHtml } from '../../../support/real-fixtures';

const anchor = (html: string) => parseHtml(html).querySelector('a') as Element;

describe('personLink', () => {
  it.each([
    ['https://blog.ada-okafor.example/', 'https://blog.ada-okafor.example/'],
    ['http://ada.example', 'http://ada.example/'],
    ['  https://ada.example/a b  ', 'https://ada.example/a%20b'],
    ['HTTPS://ADA.EXAMPLE/X', 'https://ada.example/X'],
  ])('keeps %j as %s', (href, expected) => {
    expect(personLink(anchor(`<a href="${href}">x</a>`))).toBe(expected);
  });

  it.each([
    ['relative', '/ada-okafor'],
    ['fragment', '#pinned'],
    ['protocol-relative', '//evil.example/x'],
    ['javascript', 'javascript:alert(1)'],
    ['mixed-case javascript', ' JaVaScRiPt:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['mailto', 'mailto:ada@mail.example'],
    ['malformed', 'http://[::1'],
    ['empty', ''],
    ['oversized', `https://ada.example/${'a'.repeat(2_100)}`],
  ])('drops a %s href', (_, href) => {
    expect(personLink(anchor(`<a href="${href}">x</a>`))).toBeNull();
  });

  it('drops an anchor without href', () => {
    expect(personLink(anchor('<a>x</a>'))).toBeNull();
  });
});

describe('isImageWrapper', () => {
  it("recognises github's automatic link around a README image", () => {
    expect(
      isImageWrapper(
        anchor(
          '<a target="_blank" rel="noopener noreferrer nofollow" href="https://camo.example/1"><img src="data:,"></a>',
        ),
      ),
    ).toBe(true);
    expect(
      isImageWrapper(
        anchor('<a href="https://x.example/i.png"><img src="https://x.example/i.png"></a>'),
      ),
    ).toBe(true);
  });

  it('keeps links the person wrote, even around a badge image', () => {
    expect(
      isImageWrapper(
        anchor('<a href="https://www.linkedin.com/in/ada" rel="nofollow"><img src="data:,"></a>'),
      ),
    ).toBe(false);
    expect(
      isImageWrapper(
        anchor(
          '<a target="_blank" rel="noopener" href="https://x.example">site <img src="data:,"></a>',
        ),
      ),
    ).toBe(false);
    expect(isImageWrapper(anchor('<a href="https://x.example">text only</a>'))).toBe(false);
  });
});
