import { describe, expect, it, vi } from 'vitest';
import { contentScriptRequests, requestSchema } from '@/utils/messaging/protocol';
import { createReceiver } from '@/utils/messaging/receive';
import { MAX_PARTS, PART_CHARS } from '@/utils/shortlist/portability/transfer';
import { IMPORT_TEXT_CHARS } from '@/utils/shortlist/schema/inputs';
import { ourContentScript, ourPage } from '../../../support/senders';

const options = {
  extensionId: 'ourid',
  extensionOrigin: 'chrome-extension://ourid/',
  contentHosts: /^github\.com$/,
  log: () => undefined,
};
const page = ourPage;
const contentScript = ourContentScript;

const tracker = [
  { type: 'listSummaries' },
  { type: 'getPerson', id: 'github:ada' },
  { type: 'updatePerson', id: 'github:ada', patch: { notes: 'x' }, expected: { notes: '' } },
  { type: 'commitImport', text: '{}' },
  { type: 'deleteEverything', confirm: 'delete everything' },
  { type: 'exportBegin' },
  { type: 'exportPart', token: 't1', index: 0 },
  { type: 'importBegin', parts: 2 },
  { type: 'importPart', token: 't1', index: 0, text: '{' },
  { type: 'backupStatus' },
  { type: 'backupBegin' },
  { type: 'restoreBackup', confirm: 'restore the backup' },
  {
    type: 'snoozeReminder',
    reminder: { id: 'goal-review', kind: 'goal-review', personId: null },
    until: '2026-01-01T00:00:00.000Z',
  },
];

describe('an edit says what it started from', () => {
  it.each([
    ['no starting values at all (an older page)', { patch: { linkedinConnected: true } }],
    [
      'a field written without its starting value',
      { patch: { notes: 'x', doNotContact: true }, expected: { notes: '' } },
    ],
  ])('refused, with what to do, when it has %s: nothing is applied', async (_name, edit) => {
    const handler = vi.fn(async () => 'done');
    const receive = createReceiver(handler, options);
    const reply = await receive({ type: 'updatePerson', id: 'github:ada', ...edit }, page);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /expected.*must say what each field was when the page loaded it.*reload the page/,
      ),
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the tracker requests', () => {
  it.each(tracker)(
    'are for our own pages only: a content script may not send $type',
    async (message) => {
      expect(contentScriptRequests.has(message.type as never)).toBe(false);
      const handler = vi.fn(async () => 'done');
      const receive = createReceiver(handler, options);
      expect(await receive(message, page)).toEqual({ ok: true, data: 'done' });
      expect(await receive(message, contentScript)).toMatchObject({ ok: false });
      expect(handler).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    [
      'deleting everything without the confirmation words',
      { type: 'deleteEverything', confirm: 'yes' },
    ],
    [
      'a patch with an unknown field',
      { type: 'updatePerson', id: 'github:ada', patch: { status: 'mentoring' }, expected: {} },
    ],
    [
      'an event in the year 30000',
      {
        type: 'addEvent',
        event: {
          id: 'e',
          personId: 'github:ada',
          type: 'note',
          at: '+030000-01-01T00:00:00.000Z',
          text: null,
          channel: null,
        },
      },
    ],
    [
      'an event type only the pipeline writes',
      {
        type: 'addEvent',
        event: {
          id: 'e',
          personId: 'github:ada',
          type: 'status',
          at: '2026-01-01T00:00:00.000Z',
          text: null,
          channel: null,
        },
      },
    ],
    [
      'an import bigger than one message may carry (bigger files come in parts)',
      { type: 'commitImport', text: 'x'.repeat(IMPORT_TEXT_CHARS + 1) },
    ],
    [
      'an import part bigger than a part',
      { type: 'importPart', token: 't', index: 0, text: 'x'.repeat(PART_CHARS + 1) },
    ],
    ['an upload of too many parts', { type: 'importBegin', parts: MAX_PARTS + 1 }],
    ['an export part with no token', { type: 'exportPart', token: '', index: 0 }],
    // the whole export in one answer would pass the browser's 64 MiB message cap: it streams
    ['the whole export in one message', { type: 'exportData' }],
    ['a restore without its confirmation', { type: 'restoreBackup', confirm: 'yes' }],
    [
      'an edit whose expected values are malformed',
      { type: 'updatePerson', id: 'github:ada', patch: { notes: 'x' }, expected: { notes: 3 } },
    ],
    ['a first screen of a million', { type: 'listSummaries', first: 1_000_000 }],
  ])('refuse %s at the boundary', (_name, message) => {
    expect(requestSchema.safeParse(message).success).toBe(false);
  });
});
