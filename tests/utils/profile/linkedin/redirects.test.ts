import { describe, expect, it } from 'vitest';
import { isExternalLink, unwrapLinkedinUrl, urlsInText } from '@/utils/profile/linkedin/redirects';

const base = 'https://www.linkedin.com/in/priya-raman-ml/';

describe('unwrapLinkedinUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Esuperagency%2Eai%2F&urlhash=dzCv',
      'https://www.superagency.ai/',
    ],
    [
      'https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fagentmail%2Eto&urlhash=5gQx&isSdui=true',
      'https://agentmail.to/',
    ],
    [
      'https://sg.linkedin.com/redir/redirect?url=http%3A%2F%2Fexample%2Eorg%2Fa%3Fb%3D1',
      'http://example.org/a?b=1',
    ],
    // nested wrappers
    [
      'https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fwww.linkedin.com%2Fredir%2Fredirect%3Furl%3Dhttps%253A%252F%252Fexample.org',
      'https://example.org/',
    ],
    ['https://example.org/page', 'https://example.org/page'],
    ['/in/someone/', 'https://www.linkedin.com/in/someone/'],
  ])('%s → %s', (href, expected) => {
    expect(unwrapLinkedinUrl(href, base)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)'],
    ['https://www.linkedin.com/safety/go/?url=data%3Atext%2Fhtml%2C%3Cb%3E'],
    ['https://www.linkedin.com/safety/go/?url=%2Fin%2Fsomeone%2F'],
    ['https://www.linkedin.com/redir/redirect'],
    [''],
    [null],
    [`https://example.org/${'a'.repeat(3_000)}`],
  ])('%s → null', (href) => {
    expect(unwrapLinkedinUrl(href, base)).toBeNull();
  });
});

describe('links', () => {
  it('keeps only links away from LinkedIn', () => {
    expect(isExternalLink('https://github.com/priya-raman')).toBe(true);
    expect(isExternalLink('https://www.linkedin.com/company/x/')).toBe(false);
    expect(isExternalLink('https://lnkd.in/abc')).toBe(false);
    expect(isExternalLink('not a url')).toBe(false);
  });

  it('finds absolute URLs in prose, without trailing punctuation', () => {
    expect(
      urlsInText(
        'Code: https://github.com/priya-raman, notes at (https://priyaraman.example/notes).',
        base,
      ),
    ).toEqual(['https://github.com/priya-raman', 'https://priyaraman.example/notes']);
    expect(urlsInText('www.example.org and javascript:alert(1)', base)).toEqual([]);
    expect(urlsInText(null, base)).toEqual([]);
  });
});
