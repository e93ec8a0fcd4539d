import { describe, expect, it, vi } from 'vitest';
import { handle } from '@/entrypoints/background/handlers';
import type { PageUpdate } from '@/utils/messaging/protocol';
import { createReceiver } from '@/utils/messaging/receive';
import { openDatabase } from '@/utils/shortlist/store/db';
import { findPerson, listEvents, setStatus } from '@/utils/shortlist/tracker/people';
import { ourContentScript } from '../../support/senders';
import { freshName, snapshot } from '../../support/snapshots';

const ada = () => snapshot({ source: 'github', handle: 'ada-okafor', name: 'Ada Okafor' });

async function setup() {
  const db = await openDatabase(freshName());
  const changed = vi.fn();
  const services = {
    reminders: { view: vi.fn(), refresh: vi.fn(async () => ({ nextAlarm: null })) },
    changed,
  } as unknown as Parameters<typeof handle>[2];
  const ask = (request: Parameters<typeof handle>[1]) =>
    handle(async () => db, request, services) as Promise<PageUpdate>;
  const stored = async () => {
    const found = await findPerson(db, 'github:ada-okafor');
    return found && 'person' in found ? found.person : null;
  };
  return { db, ask, stored, changed };
}

describe('marking from the page (the hint)', () => {
  it('shortlists someone not on the shortlist, then moves them, with both steps on the timeline', async () => {
    const { db, ask, stored, changed } = await setup();
    const result = await ask({
      type: 'markFromPage',
      snapshot: ada(),
      status: 'contacted',
      expected: null,
    });
    expect(result.applied).toBe(true);
    expect(result.person.status).toBe('contacted');
    expect((await stored())?.status).toBe('contacted');
    const { events } = await listEvents(db, result.person.id);
    expect(events.map((e) => [e.type, e.to])).toEqual([
      ['saved', 'saved'],
      ['status', 'contacted'],
    ]);
    expect(changed).toHaveBeenCalledWith({ ids: [result.person.id] });
  });

  it('refuses a move "saved" cannot make for someone not shortlisted, and shortlists no one', async () => {
    const { ask, stored } = await setup();
    await expect(
      ask({ type: 'markFromPage', snapshot: ada(), status: 'replied', expected: null }),
    ).rejects.toThrow(/starts as "saved" and can't move to "replied"/);
    expect(await stored()).toBeNull();
  });

  it('reports a status changed in another tab instead of overwriting it', async () => {
    const { db, ask, stored } = await setup();
    const first = await ask({
      type: 'markFromPage',
      snapshot: ada(),
      status: 'contacted',
      expected: null,
    });
    // the dashboard, meanwhile: contacted → replied
    await setStatus(db, first.person.id, 'replied');
    const late = await ask({
      type: 'markFromPage',
      snapshot: ada(),
      status: 'replied',
      expected: 'contacted',
    });
    expect(late.applied).toBe(false);
    expect(late.person.status).toBe('replied');
    const wrong = await ask({
      type: 'markFromPage',
      snapshot: ada(),
      status: 'not-a-fit',
      expected: 'saved',
    });
    expect(wrong).toMatchObject({ applied: false, person: { status: 'replied' } });
    expect((await stored())?.status).toBe('replied');
    const { events } = await listEvents(db, first.person.id);
    expect(events.filter((e) => e.type === 'status')).toHaveLength(2);
  });

  it('reports someone shortlisted elsewhere since the page showed them as not shortlisted', async () => {
    const { ask, stored } = await setup();
    await ask({ type: 'noteFromPage', snapshot: ada(), id: 'n1', text: 'Met at NeurIPS' });
    const result = await ask({
      type: 'markFromPage',
      snapshot: ada(),
      status: 'not-a-fit',
      expected: null,
    });
    expect(result).toMatchObject({ applied: false, person: { status: 'saved' } });
    expect((await stored())?.status).toBe('saved');
  });

  it('says so when the person was removed elsewhere, and adds no one back', async () => {
    const { ask, stored } = await setup();
    await expect(
      ask({ type: 'markFromPage', snapshot: ada(), status: 'replied', expected: 'contacted' }),
    ).rejects.toThrow(/no longer on your shortlist/);
    expect(await stored()).toBeNull();
  });

  it('refuses a move the pipeline does not allow, leaving the status as it was', async () => {
    const { ask, stored } = await setup();
    await ask({ type: 'markFromPage', snapshot: ada(), status: 'not-a-fit', expected: null });
    await expect(
      ask({ type: 'markFromPage', snapshot: ada(), status: 'replied', expected: 'not-a-fit' }),
    ).rejects.toThrow(/Can't move from "not a fit" to "replied"/);
    expect((await stored())?.status).toBe('not-a-fit');
  });
});

describe('a note from the page (the hint)', () => {
  it('shortlists and records the note; the same id sent again records it once', async () => {
    const { db, ask } = await setup();
    const note = {
      type: 'noteFromPage',
      snapshot: ada(),
      id: 'hint-note-1',
      text: ' Ask about evals ',
    } as const;
    const first = await ask(note);
    const again = await ask(note);
    expect(again.person.id).toBe(first.person.id);
    const { events } = await listEvents(db, first.person.id);
    expect(events.filter((e) => e.type === 'note').map((e) => e.text)).toEqual(['Ask about evals']);
    expect(first.person.status).toBe('saved');
  });
});

const contentScript = ourContentScript;

describe('the receiver, for the hint requests', () => {
  const receiver = () => {
    const handler = vi.fn(async () => 'handled');
    const receive = createReceiver(handler, {
      extensionId: 'ourid',
      extensionOrigin: 'chrome-extension://ourid/',
      contentHosts: /^github\.com$/,
      log: () => undefined,
    });
    return { handler, receive };
  };

  it('lets a content script mark and note the profile it shows', async () => {
    const { handler, receive } = receiver();
    const mark = { type: 'markFromPage', snapshot: ada(), status: 'contacted', expected: null };
    const note = { type: 'noteFromPage', snapshot: ada(), id: 'n1', text: 'Hello' };
    expect(await receive(mark, contentScript)).toEqual({ ok: true, data: 'handled' });
    expect(await receive(note, contentScript)).toEqual({ ok: true, data: 'handled' });
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      'an unknown status',
      { type: 'markFromPage', snapshot: ada(), status: 'hired', expected: null },
      /status/,
    ],
    [
      'no expected status',
      { type: 'markFromPage', snapshot: ada(), status: 'contacted' },
      /expected/,
    ],
    [
      'an extra field',
      { type: 'markFromPage', snapshot: ada(), status: 'contacted', expected: null, id: 'x' },
      /malformed/,
    ],
    [
      'a snapshot that is not one',
      { type: 'markFromPage', snapshot: { name: 'x' }, status: 'contacted', expected: null },
      /snapshot/,
    ],
    [
      'a person id instead of a profile',
      { type: 'markFromPage', id: 'github:someone-else', status: 'contacted', expected: null },
      /malformed/,
    ],
    [
      'an empty note',
      { type: 'noteFromPage', snapshot: ada(), id: 'n1', text: '   ' },
      /the note is empty/,
    ],
    [
      'a note too long',
      { type: 'noteFromPage', snapshot: ada(), id: 'n1', text: 'x'.repeat(2_001) },
      /text/,
    ],
    [
      'a note that is not text',
      { type: 'noteFromPage', snapshot: ada(), id: 'n1', text: { html: '<b>' } },
      /text/,
    ],
    ['a note with no id', { type: 'noteFromPage', snapshot: ada(), text: 'Hi' }, /id/],
    [
      'a note with a huge id',
      { type: 'noteFromPage', snapshot: ada(), id: 'x'.repeat(201), text: 'Hi' },
      /id/,
    ],
  ])('rejects %s with a clear error and calls nothing', async (_label, message, error) => {
    const { handler, receive } = receiver();
    const reply = await receive(message, contentScript);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^rejected: malformed message/);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(handler).not.toHaveBeenCalled();
  });

  it('still keeps setStatus and addEvent (any person by id) from content scripts', async () => {
    const { handler, receive } = receiver();
    const reply = await receive(
      { type: 'setStatus', id: 'github:x', status: 'contacted' },
      contentScript,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/may not send "setStatus"/),
    });
    expect(handler).not.toHaveBeenCalled();
  });
});
