import { z } from 'zod';

// the parts of a built manifest that grant access; everything else is irrelevant here
export const manifestSchema = z.looseObject({
  manifest_version: z.number(),
  permissions: z.array(z.string()).optional(),
  optional_permissions: z.array(z.string()).optional(),
  host_permissions: z.array(z.string()).optional(),
  optional_host_permissions: z.array(z.string()).optional(),
  content_scripts: z
    .array(z.looseObject({ matches: z.array(z.string()), js: z.array(z.string()).optional() }))
    .optional(),
  externally_connectable: z.unknown().optional(),
  web_accessible_resources: z.array(z.unknown()).optional(),
  content_security_policy: z.unknown().optional(),
  browser_specific_settings: z
    .looseObject({
      gecko: z
        .looseObject({
          data_collection_permissions: z
            .looseObject({ required: z.array(z.string()).optional() })
            .optional(),
        })
        .optional(),
    })
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export interface Justified {
  /** permission names the README's table explains */
  permissions: Set<string>;
  /** match patterns the README's "content scripts on ..." row explains */
  contentScriptMatches: Set<string>;
}

const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

/** reads the justified permissions from README's "Permissions and privacy" table */
export function justifiedInReadme(readme: string): Justified {
  const start = readme.indexOf('## Permissions and privacy');
  if (start < 0) throw new Error('README has no "## Permissions and privacy" section');
  const rest = readme.slice(start + 3);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const justified: Justified = { permissions: new Set(), contentScriptMatches: new Set() };
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // a table row is "| first | why |": the first cell names what is asked for, the second says why
    if (cells.length < 4 || !cells[2] || /^-+$/.test(cells[1] ?? '')) continue;
    const first = cells[1] ?? '';
    const names = ticked(first);
    if (/^content scripts on/i.test(first))
      for (const name of names) justified.contentScriptMatches.add(name);
    else for (const name of names) justified.permissions.add(name);
  }
  return justified;
}

/** a match pattern runs only on LinkedIn or GitHub, over https */
export function isLinkedinOrGithub(pattern: string): boolean {
  const match = /^https:\/\/([^/]+)\/.*$/.exec(pattern);
  const host = match?.[1];
  if (!host) return false;
  return /^(?:\*\.|www\.)?linkedin\.com$/.test(host) || host === 'github.com';
}

/** every way the manifest asks for more than the README justifies; empty when it is fine */
export function unjustified(manifest: Manifest, justified: Justified): string[] {
  const problems: string[] = [];
  const lists = {
    permissions: manifest.permissions,
    optional_permissions: manifest.optional_permissions,
    host_permissions: manifest.host_permissions,
    optional_host_permissions: manifest.optional_host_permissions,
  };
  for (const [list, names] of Object.entries(lists))
    for (const name of names ?? [])
      if (!justified.permissions.has(name))
        problems.push(`${list}: "${name}" is not in the README`);
  for (const script of manifest.content_scripts ?? [])
    for (const pattern of script.matches) {
      if (!justified.contentScriptMatches.has(pattern))
        problems.push(`content script match "${pattern}" is not in the README`);
      if (!isLinkedinOrGithub(pattern))
        problems.push(`content script match "${pattern}" is not a LinkedIn or GitHub page`);
    }
  if (manifest.externally_connectable !== undefined)
    problems.push('externally_connectable lets web pages message the extension');
  if ((manifest.web_accessible_resources ?? []).length > 0)
    problems.push('web_accessible_resources exposes files to web pages');
  return problems;
}
