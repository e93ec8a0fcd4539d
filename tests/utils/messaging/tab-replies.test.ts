import { describe, expect, it } from 'vitest';
import { parseListReply, parseProfileReply } from '@/utils/messaging/tab-replies';
import { snapshot } from '../../support/snapshots';

const card = {
  source: 'github',
  handle: 'ada',
  memberId: null,
  url: 'https://github.com/ada',
  name: 'Ada Okafor',
  headline: null,
  location: null,
  degree: null,
  mutual: null,
};

describe('the reply of the tab to the popup is parsed, not trusted', () => {
  it('passes a profile and a failure through as they are', () => {
    const profile = snapshot();
    expect(parseProfileReply({ ok: true, profile })).toEqual({ ok: true, profile });
    const failure = { ok: false, reason: 'unavailable', detail: 'a sign-in wall' };
    expect(parseProfileReply(failure)).toEqual(failure);
    expect(parseProfileReply(undefined)).toBeNull();
    expect(parseProfileReply(null)).toBeNull();
  });

  it.each([
    ['not an object', 'yes'],
    ['no ok', { profile: snapshot() }],
    ['a profile with a wrong field', { ok: true, profile: { ...snapshot(), followers: 'many' } }],
    ['an extra key', { ok: true, profile: snapshot(), html: '<img onerror=alert(1)>' }],
    ['an unknown reason', { ok: false, reason: 'hacked', detail: '' }],
    ['a huge detail', { ok: false, reason: 'unavailable', detail: 'x'.repeat(10_000) }],
  ])('%s: an unreadable page that says why, never a profile', (_, reply) => {
    const result = parseProfileReply(reply);
    expect(result?.ok).toBe(false);
    if (result?.ok === false) {
      expect(result.reason).toBe('unrecognized');
      expect(result.detail).toMatch(/could not use \(.+\)\. Reload the tab/);
    }
  });

  it('names where a malformed profile went wrong', () => {
    const result = parseProfileReply({ ok: true, profile: { ...snapshot(), followers: 'many' } });
    expect(result?.ok === false && result.detail).toMatch(/profile\.followers/);
  });

  it('passes a list through, and refuses a malformed one with the place it failed', () => {
    expect(parseListReply({ kind: 'github-followers', people: [card] })).toEqual({
      kind: 'github-followers',
      people: [card],
    });
    expect(parseListReply(undefined)).toBeNull();
    expect(() =>
      parseListReply({
        kind: 'github-followers',
        people: [{ ...card, url: 'javascript:alert(1)' }],
      }),
    ).toThrow(/people\[0\]\.url/);
    expect(() => parseListReply({ kind: 'everyone', people: [] })).toThrow(/kind/);
    expect(() =>
      parseListReply({
        kind: 'github-followers',
        people: Array.from({ length: 1_001 }, () => card),
      }),
    ).toThrow(/people/);
  });
});
