import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createReceiver, type ReceiverOptions } from '@/utils/messaging/receive';
import { ourContentScript, ourPage } from '../../support/senders';
import { snapshot } from '../../support/snapshots';

const options: ReceiverOptions = {
  extensionId: 'ourid',
  extensionOrigin: 'chrome-extension://ourid/',
  contentHosts: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$|^github\.com$/,
  log: () => undefined,
};
const page = ourPage;
const contentScript = ourContentScript;

function setup() {
  const handler = vi.fn(async () => 'handled');
  const log = vi.fn();
  return { handler, log, receive: createReceiver(handler, { ...options, log }) };
}

describe('the background receiver', () => {
  it('passes a valid request from our own page to the handler and wraps the answer', async () => {
    const { handler, receive } = setup();
    expect(await receive({ type: 'countPeople' }, page)).toEqual({ ok: true, data: 'handled' });
    expect(handler).toHaveBeenCalledWith({ type: 'countPeople' }, page);
  });

  it('lets a content script analyze and shortlist the profile it shows', async () => {
    const { handler, receive } = setup();
    expect(await receive({ type: 'analyze', snapshot: snapshot() }, contentScript)).toMatchObject({
      ok: true,
    });
    expect(await receive({ type: 'shortlist', snapshot: snapshot() }, contentScript)).toMatchObject(
      { ok: true },
    );
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('lets a content script wake the background, and nothing more with that message', async () => {
    const { handler, receive } = setup();
    expect(await receive({ type: 'wake' }, contentScript)).toMatchObject({ ok: true });
    expect(await receive({ type: 'wake', snapshot: snapshot() }, contentScript)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/malformed/),
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'another extension',
      { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
      /not this extension/,
    ],
    ['a sender with no id', { url: 'https://github.com/ada-okafor' }, /not this extension/],
    [
      'a web page we do not run on',
      { ...contentScript, url: 'https://evil.example/in/x' },
      /not one we run on/,
    ],
    [
      'a lookalike host',
      { ...contentScript, url: 'https://github.com.evil.io/x' },
      /not one we run on/,
    ],
    ['a frame without a tab', { id: 'ourid', url: 'https://github.com/x' }, /not one we run on/],
  ])('rejects %s, logs why, and never calls the handler', async (_name, sender, reason) => {
    const { handler, log, receive } = setup();
    const reply = await receive({ type: 'countPeople' }, sender as Browser.runtime.MessageSender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(reason);
    expect(log).toHaveBeenCalledOnce();
    expect(handler).not.toHaveBeenCalled();
  });

  it.each(['listPeople', 'removePerson', 'setStatus', 'countPeople'])(
    'refuses "%s" from a content script: a page may not read or change the shortlist',
    async (type) => {
      const { handler, receive } = setup();
      const reply = await receive(
        { type, id: 'github:ada-okafor', status: 'contacted' },
        contentScript,
      );
      expect(reply.ok).toBe(false);
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['nothing', undefined],
    ['a string', 'countPeople'],
    ['an unknown type', { type: 'deleteEverything' }],
    ['extra fields', { type: 'countPeople', sql: 'DROP' }],
    ['a wrong field type', { type: 'removePerson', id: 42 }],
    ['a bad person id', { type: 'removePerson', id: 'javascript:alert(1)' }],
    ['an unknown status', { type: 'setStatus', id: 'github:ada', status: 'flying' }],
    [
      'a snapshot with a javascript: URL',
      { type: 'shortlist', snapshot: { ...snapshot(), url: 'javascript:alert(1)' } },
    ],
    ['a snapshot missing fields', { type: 'analyze', snapshot: { source: 'github', handle: 'x' } }],
    [
      'a prototype-polluting payload',
      JSON.parse('{"type":"countPeople","__proto__":{"admin":true}}'),
    ],
  ])('rejects %s with a reason and changes nothing', async (_name, message) => {
    const { handler, log, receive } = setup();
    const reply = await receive(message, page);
    expect(reply).toMatchObject({ ok: false });
    expect(!reply.ok && reply.error).toMatch(/^rejected: /);
    expect(log).toHaveBeenCalledOnce();
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply, not a crash', async () => {
    const receive = createReceiver(async () => {
      throw new Error('disk full');
    }, options);
    expect(await receive({ type: 'countPeople' }, page)).toEqual({ ok: false, error: 'disk full' });
  });
});
