import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { builtInTemplates, type Template } from '@/utils/outreach/templates';
import { syncItemBytes } from '@/utils/settings/sync-chunks';
import {
  allTemplates,
  deleteUserTemplates,
  duplicateTemplate,
  loadUserTemplates,
  saveUserTemplates,
  TEMPLATES_SYNC_BUDGET,
} from '@/utils/settings/templates';

const mine = (overrides: Partial<Template> = {}): Template => ({
  id: 'user-1',
  name: 'My note',
  kind: 'first-approach',
  channel: 'linkedin-connection-note',
  tone: 'warm',
  body: 'Hi {{firstName}}, I read {{theirWork}}. {{myName}}',
  builtIn: false,
  ...overrides,
});

async function syncedItems(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

describe('the user’s templates in settings', () => {
  it('starts empty, with the built-ins always offered first', async () => {
    expect(await loadUserTemplates()).toEqual({ templates: [], where: 'none', notice: null });
    const all = allTemplates([mine()]);
    expect(all.slice(0, builtInTemplates.length)).toEqual(builtInTemplates);
    expect(all.at(-1)?.id).toBe('user-1');
  });

  it('saves to browser sync and reads back what was saved', async () => {
    const saved = await saveUserTemplates([mine(), mine({ id: 'user-2', name: 'Two' })]);
    expect(saved.where).toBe('sync');
    expect(await loadUserTemplates()).toEqual({
      templates: [mine(), mine({ id: 'user-2', name: 'Two' })],
      where: 'sync',
      notice: null,
    });
  });

  it('splits large templates over several sync items, each within 8 KB', async () => {
    // about 15 KB each: é is 2 bytes, < is written \u003C by Chromium, " is \"
    const big = Array.from({ length: 3 }, (_, i) =>
      mine({
        id: `user-${i}`,
        name: `Long ${i}`,
        body: `Hi {{firstName}}, ${'é<"'.repeat(1_500)}`,
      }),
    );
    expect((await saveUserTemplates(big)).where).toBe('sync');
    const items = await syncedItems();
    const keys = Object.keys(items).filter((key) => key.startsWith('userTemplates'));
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) expect(syncItemBytes(key, items[key])).toBeLessThanOrEqual(8_192);
    expect((await loadUserTemplates()).templates).toEqual(big);
  });

  it('removes chunks left over when the templates shrink', async () => {
    await saveUserTemplates([mine({ body: `{{firstName}} ${'x'.repeat(19_000)}` })]);
    await saveUserTemplates([mine()]);
    const keys = Object.keys(await syncedItems()).filter((key) => key.startsWith('userTemplates'));
    expect(keys.sort()).toEqual(['userTemplates', 'userTemplates.0']);
  });

  it('keeps them on this device, and says why, when they outgrow their share of sync', async () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      mine({ id: `user-${i}`, name: `T${i}`, body: `{{firstName}} ${'y'.repeat(19_000)}` }),
    );
    const saved = await saveUserTemplates(many);
    expect(saved.where).toBe('local');
    expect(saved.notice).toMatch(/saved on this device only.*more than the 60\.0 KB/);
    expect(Object.keys(await syncedItems())).toEqual([]);
    const loaded = await loadUserTemplates();
    expect(loaded.where).toBe('local');
    expect(loaded.templates).toHaveLength(8);
    expect(loaded.notice).toMatch(/60\.0 KB/);
    expect(TEMPLATES_SYNC_BUDGET).toBe(61_440);
  });

  it('falls back to this device when the browser refuses the sync write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const saved = await saveUserTemplates([mine()]);
    expect(saved.where).toBe('local');
    expect(saved.notice).toMatch(/browser sync refused them \(QUOTA_BYTES quota exceeded\)/);
    expect((await loadUserTemplates()).templates).toEqual([mine()]);
  });

  it('moves back to sync once they fit again', async () => {
    await saveUserTemplates(
      Array.from({ length: 8 }, (_, i) =>
        mine({ id: `u${i}`, name: `T${i}`, body: `{{myName}}${'z'.repeat(19_000)}` }),
      ),
    );
    expect((await saveUserTemplates([mine()])).where).toBe('sync');
    expect(await storage.getItem('local:userTemplates')).toBeNull();
    expect((await loadUserTemplates()).where).toBe('sync');
  });

  it.each([
    [
      'an unknown placeholder',
      mine({ body: 'Hi {{frstName}}' }),
      /Body: \{\{frstName\}\} is not a known placeholder/,
    ],
    ['an unclosed brace', mine({ body: 'Hi {{firstName' }), /Body: .*never closed/],
    ['an empty body', mine({ body: '' }), /a template needs a body/],
    ['a reserved id', mine({ id: 'builtin-mine' }), /reserved/],
    [
      'a bad subject',
      mine({ channel: 'email', subject: 'About {{their}}' }),
      /Subject: \{\{their\}\}/,
    ],
  ])(
    'refuses to save %s, naming the template and the problem',
    async (_what, template, message) => {
      await expect(saveUserTemplates([template])).rejects.toThrow(message);
      await expect(saveUserTemplates([template])).rejects.toThrow(/“My note”|Not saved/);
      expect(await loadUserTemplates()).toMatchObject({ templates: [] });
    },
  );

  it('refuses two templates with the same id', async () => {
    await expect(saveUserTemplates([mine(), mine({ name: 'Other' })])).rejects.toThrow(
      /duplicate id user-1/,
    );
  });

  it('reports a damaged value plainly instead of a silent default, and can start over', async () => {
    await storage.setItem('sync:userTemplates', { v: 1, chunks: 2, length: 10 });
    await storage.setItem('sync:userTemplates.0', '[{"id":');
    await expect(loadUserTemplates()).rejects.toThrow(/part 2 of 2 is missing.*still be syncing/);
    await deleteUserTemplates();
    expect(await loadUserTemplates()).toEqual({ templates: [], where: 'none', notice: null });
    expect(Object.keys(await syncedItems())).toEqual([]);
  });

  it('reports stored templates that fail the schema', async () => {
    await storage.setItem('local:userTemplates', { v: 1, templates: [{ id: 'user-1', name: 7 }] });
    await expect(loadUserTemplates()).rejects.toThrow(/could not be read \(templates\[0\]\.name/);
  });

  it('names a duplicate so it is told apart, as an editable copy', () => {
    const original = builtInTemplates[0] as Template;
    const first = duplicateTemplate(original, []);
    expect(first).toMatchObject({
      name: `${original.name} (copy)`,
      builtIn: false,
      body: original.body,
    });
    expect(first.id).toMatch(/^user-/);
    const second = duplicateTemplate(original, [first]);
    expect(second.name).toBe(`${original.name} (copy 2)`);
    expect(duplicateTemplate(first, [first, second]).name).toBe(`${original.name} (copy 3)`);
  });
});
