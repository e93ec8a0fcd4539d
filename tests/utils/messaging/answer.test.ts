import { describe, expect, it, vi } from 'vitest';
import { answering } from '@/utils/messaging/answer';

describe('answering (onMessage without a polyfill)', () => {
  it('answers through sendResponse and keeps the channel open', async () => {
    const sendResponse = vi.fn();
    const listener = answering(() => Promise.resolve({ ok: true, data: 1 }));
    expect(listener({ type: 'x' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: 1 }));
  });

  it('leaves a message it does not answer to the other listeners', () => {
    const sendResponse = vi.fn();
    expect(answering(() => undefined)({ type: 'other' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('turns a failure into an error reply, never an unanswered channel', async () => {
    const sendResponse = vi.fn();
    answering(() => Promise.reject(new Error('disk full')))({}, {}, sendResponse);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'disk full' }),
    );
    answering(() => Promise.reject('plain'))({}, {}, sendResponse);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'plain' }),
    );
  });

  it('gives the promise itself to a caller that passes no sendResponse', async () => {
    const answer = answering(() => Promise.resolve('here'))({}, {});
    await expect(answer).resolves.toBe('here');
  });
});
