import type { PersonSummary } from '../schema/person';

/** a row of the CSV: the summary with the person's profile URLs and full notes */
export type CsvPerson = PersonSummary & { urls: readonly string[] };

import { statusLabels } from '../schema/status';
import { sourcesLabel } from '../tracker/summarize';

// a spreadsheet runs a cell that starts like a formula; an apostrophe makes it text
const formulaStart = /^[=+\-@\t\r]/;

/** one CSV field: formula-like text neutralised, then quoted as RFC 4180 asks when needed */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (fields: ReadonlyArray<string | number | boolean | null>): string =>
  fields.map(csvField).join(',');

const columns = [
  'id',
  'name',
  'headline',
  'sources',
  'profile urls',
  'fit score',
  'fit band',
  'status',
  'status changed',
  'saved',
  'role',
  'focus area',
  'tags',
  'do not contact',
  'notes',
] as const;

// without it Excel reads the file as the system's legacy code page: "José" becomes "JosÃ©"
export const UTF8_BOM = '\uFEFF';

/** the people table as CSV (RFC 4180: CRLF line ends, quoted fields), ready for a spreadsheet, after a UTF-8 byte-order mark */
export function peopleCsv(people: readonly CsvPerson[]): string {
  const lines = [csvRow(columns)];
  for (const person of people) {
    lines.push(
      csvRow([
        person.id,
        person.name,
        person.headline,
        sourcesLabel(person.sources),
        person.urls.join(' '),
        person.fitScore,
        person.fitBand,
        statusLabels[person.status],
        person.statusChangedAt,
        person.savedAt,
        person.role,
        person.focusArea,
        person.tags.join('; '),
        person.doNotContact ? 'yes' : 'no',
        person.notes,
      ]),
    );
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
