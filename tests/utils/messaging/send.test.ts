import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestPolicy } from '@/utils/messaging/policy';
import { send } from '@/utils/messaging/send';

// one retry policy for every sender: the content scripts, the popup and the dashboard all use send()

const dropped = new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  return () => vi.useRealTimers();
});

function answers(...replies: Array<unknown | Error>) {
  const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  for (const reply of replies)
    spy.mockImplementationOnce(async () => {
      if (reply instanceof Error) throw reply;
      return reply;
    });
  return spy;
}

describe('send', () => {
  it('asks again when the worker dropped the request, and resolves with the answer', async () => {
    const spy = answers(dropped, undefined, { ok: true, data: 4 });
    const counted = send({ type: 'countPeople' });
    await vi.runAllTimersAsync();
    await expect(counted).resolves.toBe(4);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('gives up after three attempts with the last error', async () => {
    const spy = answers(dropped, dropped, dropped, { ok: true, data: 1 });
    const counted = send({ type: 'countPeople' });
    const settled = expect(counted).rejects.toThrow(/Receiving end does not exist/);
    await vi.runAllTimersAsync();
    await settled;
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('never asks twice for a request whose policy forbids it (a second dashboard tab)', async () => {
    expect(requestPolicy.openDashboard.retry).toBe(false);
    const spy = answers(dropped, { ok: true, data: null });
    await expect(send({ type: 'openDashboard' })).rejects.toThrow(/Receiving end/);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("doesn't retry the background's own refusal, and passes its message on", async () => {
    const spy = answers({ ok: false, error: 'rejected: malformed message (id: expected a key)' });
    await expect(send({ type: 'removePerson', id: 'github:ada' })).rejects.toThrow(
      'rejected: malformed message (id: expected a key)',
    );
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a content script request retries too (before, only the dashboard did)', async () => {
    const spy = answers(dropped, { ok: true, data: null });
    const found = send({ type: 'findPerson', key: 'github:ada' });
    await vi.runAllTimersAsync();
    await expect(found).resolves.toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
