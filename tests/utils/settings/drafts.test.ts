import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import {
  clearDraft,
  draftKey,
  loadDraft,
  type SavedDraftInput,
  saveDraft,
} from '@/utils/settings/drafts';

const input = (overrides: Partial<SavedDraftInput> = {}): SavedDraftInput => ({
  personId: 'linkedin:priya-raman-ml',
  channel: 'linkedin-connection-note',
  templateId: 'builtin-first-approach-note-warm',
  citations: { theirWork: 'repo:github:tiny-llm' },
  values: { myName: 'Sam' },
  subject: '',
  body: 'Hi Priya, 👋 <script>alert(1)</script> {{theirWork}}',
  edited: true,
  allKinds: false,
  ...overrides,
});

describe('drafts autosaved per person', () => {
  it('round-trip exactly, text included, per person', async () => {
    await saveDraft(input(), new Date('2026-03-01T10:00:00Z'));
    await saveDraft(input({ personId: 'github:someone', body: 'Other' }));
    const loaded = await loadDraft('linkedin:priya-raman-ml');
    expect(loaded).toEqual({
      status: 'ok',
      draft: { ...input(), v: 1, savedAt: '2026-03-01T10:00:00.000Z' },
    });
    expect(await loadDraft('github:someone')).toMatchObject({
      status: 'ok',
      draft: { body: 'Other' },
    });
    expect(await loadDraft('github:nobody')).toEqual({ status: 'none' });
  });

  it('are forgotten once sent', async () => {
    await saveDraft(input());
    await clearDraft('linkedin:priya-raman-ml');
    expect(await loadDraft('linkedin:priya-raman-ml')).toEqual({ status: 'none' });
  });

  it.each([
    ['a body over 20,000 characters', { body: 'x'.repeat(20_001) }],
    ['an unknown channel', { channel: 'fax' }],
    ['a value for a placeholder that does not exist', { values: { favouriteColour: 'blue' } }],
    ['a malformed person id', { personId: 'twitter:someone' }],
  ])('refuse %s', async (_what, patch) => {
    await expect(saveDraft(input(patch as Partial<SavedDraftInput>))).rejects.toThrow(
      /draft was not saved/,
    );
  });

  it('report a damaged stored draft, or one filed under someone else, instead of trusting it', async () => {
    await storage.setItem(draftKey('linkedin:priya-raman-ml'), { v: 1, body: 42 });
    expect(await loadDraft('linkedin:priya-raman-ml')).toMatchObject({
      status: 'damaged',
      error: expect.stringMatching(/could not be read/),
    });
    const other = await saveDraft(input({ personId: 'github:someone' }));
    await storage.setItem(draftKey('linkedin:priya-raman-ml'), other);
    expect(await loadDraft('linkedin:priya-raman-ml')).toMatchObject({
      status: 'damaged',
      error: expect.stringMatching(/belongs to someone else/),
    });
  });
});
