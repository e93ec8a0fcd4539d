import { describe, expect, it } from 'vitest';
import {
  decodeHandle,
  detectLinkedinPage,
  isLinkedinHost,
  linkedinPageExamples,
} from '@/utils/profile/linkedin/detect';

describe('detectLinkedinPage', () => {
  it.each([
    ['https://www.linkedin.com/in/priya-raman-ml/', 'priya-raman-ml'],
    ['https://www.linkedin.com/in/priya-raman-ml', 'priya-raman-ml'],
    ['https://linkedin.com/in/priya-raman-ml?trk=x#about', 'priya-raman-ml'],
    ['https://se.linkedin.com/in/tomas-lindqvist-data', 'tomas-lindqvist-data'],
    ['https://uk.linkedin.com/in/J%C3%BCrgen-M%C3%BCller-7a/', 'Jürgen-Müller-7a'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-ml/', '张伟-ml'],
  ])('%s is the profile of %s', (url, handle) => {
    expect(detectLinkedinPage(new URL(url))).toEqual({ kind: 'profile', handle });
  });

  it.each([
    ['https://www.linkedin.com/in/priya-raman-ml/details/experience/', 'experience'],
    ['https://www.linkedin.com/in/priya-raman-ml/details/Skills?profileUrn=x', 'skills'],
    ['https://www.linkedin.com/in/priya-raman-ml/details/certifications/', 'certifications'],
    ['https://www.linkedin.com/in/priya-raman-ml/recent-activity/all/', 'recent-activity'],
  ])('%s is the %s details page', (url, section) => {
    expect(detectLinkedinPage(new URL(url))).toEqual({
      kind: 'details',
      handle: 'priya-raman-ml',
      section,
    });
  });

  it('reads people search pages', () => {
    expect(
      detectLinkedinPage(new URL('https://www.linkedin.com/search/results/people/?keywords=ml'))
        .kind,
    ).toBe('search');
    expect(
      detectLinkedinPage(new URL('https://www.linkedin.com/search/results/all/?keywords=ml')).kind,
    ).toBe('other');
  });

  it('treats overlays over a profile as other pages', () => {
    expect(
      detectLinkedinPage(
        new URL('https://www.linkedin.com/in/priya-raman-ml/overlay/contact-info/'),
      ),
    ).toEqual({ kind: 'other' });
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'ftp://www.linkedin.com/in/priya-raman-ml/',
    'https://evil-linkedin.com/in/priya-raman-ml/',
    'https://linkedin.com.evil.io/in/priya-raman-ml/',
    'https://www.linkedin.co/in/priya-raman-ml/',
    'https://abc.linkedin.com/in/priya-raman-ml/',
    'https://www.linkedin.com/in/priya%2Framan/',
    'https://www.linkedin.com/in/priya%5Craman/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.linkedin.com/in/priya.raman/',
    'https://www.linkedin.com/in/priya%20raman/',
    `https://www.linkedin.com/in/${'a'.repeat(10_000)}/`,
    `https://www.linkedin.com/in/priya-raman-ml/${'x/'.repeat(5_000)}`,
    'https://www.linkedin.com/in/priya-raman-ml/details/',
    'https://www.linkedin.com/in/priya-raman-ml/details/experience/123/',
  ])('%s is other, never a throw', (raw) => {
    expect(detectLinkedinPage(new URL(raw))).toEqual({ kind: 'other' });
  });

  it('has examples of every kind that detect as that kind', () => {
    for (const [kind, urls] of Object.entries(linkedinPageExamples)) {
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(detectLinkedinPage(new URL(url)).kind, url).toBe(kind);
    }
  });
});

describe('isLinkedinHost / decodeHandle', () => {
  it.each([
    ['linkedin.com', true],
    ['www.linkedin.com', true],
    ['SG.LinkedIn.com', true],
    ['evil-linkedin.com', false],
    ['linkedin.com.evil.io', false],
    ['www.www.linkedin.com', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isLinkedinHost(host)).toBe(expected);
  });

  it('decodes percent-encoding and refuses what is not a handle', () => {
    expect(decodeHandle('ren%C3%A9e-7')).toBe('renée-7');
    expect(decodeHandle('%ZZ')).toBeNull();
    expect(decodeHandle('a/b')).toBeNull();
    expect(decodeHandle('')).toBeNull();
    expect(decodeHandle(undefined)).toBeNull();
    expect(decodeHandle('x'.repeat(101))).toBeNull();
  });
});
