import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/entrypoints/dashboard/Dashboard';
import { buildExport } from '@/utils/shortlist/portability/export';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { fitResult, freshName, snapshot } from '../../support/snapshots';
import { at } from './support';

let db: Database;
let downloads: Array<{ name: string; blob: Blob }>;

beforeEach(async () => {
  db = await installBackground();
  await shortlistProfile(db, snapshot({ handle: 'ada', name: 'Ada Okafor' }), fitResult(80));
  await shortlistProfile(
    db,
    snapshot({ handle: 'eve', name: '=HYPERLINK("http://evil.example")' }),
    fitResult(30),
  );
  await updatePerson(db, 'github:ada', { notes: 'Likes "quotes", commas\nand lines' });
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  at('#/data');
});

const file = (text: string, name = 'export.json') =>
  new File([text], name, { type: 'application/json' });

describe('your data', () => {
  it('exports everything as versioned JSON through a download', async () => {
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export everything (JSON)' }));
    await screen.findByText(/Exported 2 people, 2 events and 0 meetings/);
    expect(downloads[0]?.name).toMatch(/^mentorlens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const [download] = downloads;
    if (!download) throw new Error('nothing was downloaded');
    const json = JSON.parse(await download.blob.text());
    expect(json).toMatchObject({ format: 'mentorlens-export', version: 2 });
    expect(json.people.map((person: { name: string }) => person.name).sort()).toEqual([
      '=HYPERLINK("http://evil.example")',
      'Ada Okafor',
    ]);
  });

  it('exports the people table as CSV, quoted and with formulas neutralised', async () => {
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export people (CSV)' }));
    await screen.findByText(/Exported the people table/);
    const [download] = downloads;
    if (!download) throw new Error('nothing was downloaded');
    const csv = await download.blob.text();
    expect(downloads[0]?.name).toMatch(/\.csv$/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain('"Likes ""quotes"", commas\nand lines"');
    // the downloaded file starts with a UTF-8 byte-order mark, for spreadsheets
    const bytes = new Uint8Array(await download.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,name,headline/);
  });

  it('imports an export after showing what will change, and only when confirmed', async () => {
    const other = await openDatabase(freshName());
    await shortlistProfile(
      other,
      snapshot({ handle: 'sam', name: 'Sam Lindqvist' }),
      fitResult(60),
    );
    await shortlistProfile(other, snapshot({ handle: 'ada', name: 'Ada Okafor' }), fitResult(90));
    const text = JSON.stringify(await buildExport(other, {}));
    render(<Dashboard />);
    await userEvent.upload(
      await screen.findByLabelText('Choose a MentorLens export to import'),
      file(text),
    );
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('1 new person: Sam Lindqvist');
    expect(preview.textContent).toContain(
      '1 already on your shortlist, merged with the file: Ada Okafor',
    );
    expect(await db.count('people')).toBe(2);
    await userEvent.click(within(preview).getByRole('button', { name: 'Confirm import' }));
    await screen.findByText(/Imported export\.json: 1 new, 1 merged/);
    expect(await db.count('people')).toBe(3);
  });

  it('cancelling the preview writes nothing', async () => {
    const text = JSON.stringify(await buildExport(db, {}));
    await db.clear('people');
    render(<Dashboard />);
    await userEvent.upload(
      await screen.findByLabelText('Choose a MentorLens export to import'),
      file(text),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await db.count('people')).toBe(0);
  });

  it.each([
    [
      'truncated JSON',
      () => file('{"format":"mentorlens-export","version":2,"peo'),
      /not valid JSON/,
    ],
    [
      'a newer version',
      () => file('{"format":"mentorlens-export","version":9}'),
      /version 9; this MentorLens reads versions 1 and 2/,
    ],
    [
      'a 500 MB file',
      () => {
        const big = file('{}');
        Object.defineProperty(big, 'size', { value: 500 * 1024 * 1024 });
        return big;
      },
      /The file is 500\.0 MB; MentorLens imports files up to 384\.0 MB/,
    ],
  ])('refuses %s with a message and writes nothing', async (_name, make, message) => {
    render(<Dashboard />);
    await userEvent.upload(
      await screen.findByLabelText('Choose a MentorLens export to import'),
      make(),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    expect(await db.count('people')).toBe(2);
  });

  it('deletes everything only after confirmation', async () => {
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(await db.count('people')).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/Deleted everything: 2 people/);
    await waitFor(async () => expect(await db.count('people')).toBe(0));
    expect(await db.count('summaryChunks')).toBe(0);
  });

  it('checks every record on request and names the damaged ones, keeping them', async () => {
    // v3: the events live in the person's record
    const ada = (await db.get('people', 'github:ada')) as Record<string, unknown>;
    await db.put('people', { ...ada, events: [{ id: 'broken', at: 'never' }] });
    render(<Dashboard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Check every record' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /1 damaged record\(s\), kept as they are: timelines github:ada#broken/,
    );
    expect(await db.get('people', 'github:ada')).toMatchObject({
      events: [{ id: 'broken', at: 'never' }],
    });
  });
});
