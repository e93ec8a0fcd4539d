import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// the project's import graph, read from the source text: enough to check the layer rules

export const root = resolve(import.meta.dirname, '../../..');

export interface Import {
  /** as written */
  specifier: string;
  /** a project file (relative to the root) or a package name like "zod" */
  target: string;
  /** erased at build time: `import type`, or only `type` names */
  typeOnly: boolean;
  /** `import('…')`: loaded when called, not when the file loads */
  dynamic: boolean;
}

const sourceExtensions = ['.ts', '.tsx'];

/** every .ts/.tsx file under these folders (relative to the root), tests' fixtures and builds excluded */
export function sourceFiles(...folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (['node_modules', '.output', '.wxt', 'fixtures'].includes(entry.name)) continue;
        walk(path);
      } else if (sourceExtensions.some((ext) => entry.name.endsWith(ext))) files.push(path);
    }
  };
  for (const folder of folders) {
    if (statSync(join(root, folder)).isDirectory()) walk(folder);
    else files.push(folder);
  }
  return files.sort();
}

/** the package an import names: "react-dom/client" → "react-dom", "@wxt-dev/storage" → itself */
export const packageOf = (specifier: string): string =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? specifier);

function resolveFile(base: string): string | null {
  for (const candidate of [
    base,
    ...sourceExtensions.map((ext) => base + ext),
    ...sourceExtensions.map((ext) => join(base, `index${ext}`)),
  ]) {
    const abs = join(root, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return null;
}

/** a specifier as a project file or a package name; null for a project path that doesn't exist */
export function resolveSpecifier(written: string, from: string): string | null {
  // "?raw", "?url": a bundler query, the file is the same
  const specifier = written.replace(/\?.*$/, '');
  let base: string;
  if (/^(?:@|~~?|@@)\//.test(specifier)) base = specifier.replace(/^[^/]+\//, '');
  else if (specifier.startsWith('.'))
    base = relative(root, resolve(root, dirname(from), specifier));
  else return packageOf(specifier);
  return resolveFile(base.replace(/\.(?:ts|tsx|js)$/, '')) ?? resolveFile(base);
}

// static imports and re-exports (with their clause), side-effect imports, dynamic imports
const staticImport =
  /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const dynamicImport = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** true when every name an import clause brings in is marked `type` */
function onlyTypes(clause: string): boolean {
  const names = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!names?.[1]) return false;
  const parts = names[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => part.startsWith('type '));
}

const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

export function importsOf(file: string): Import[] {
  const text = withoutComments(readFileSync(join(root, file), 'utf8'));
  const found: Import[] = [];
  for (const match of text.matchAll(staticImport)) {
    const specifier = match[4] ?? match[5];
    if (!specifier) continue;
    const target = resolveSpecifier(specifier, file);
    if (target === null) throw new Error(`${file}: "${specifier}" names no file`);
    const clause = match[3] ?? '';
    found.push({
      specifier,
      target,
      typeOnly: Boolean(match[2]) || (match[5] === undefined && onlyTypes(clause)),
      dynamic: false,
    });
  }
  for (const match of text.matchAll(dynamicImport)) {
    const specifier = match[1] ?? '';
    const target = resolveSpecifier(specifier, file);
    if (target === null) throw new Error(`${file}: "${specifier}" names no file`);
    found.push({ specifier, target, typeOnly: false, dynamic: true });
  }
  return found;
}

export const isProjectFile = (target: string) => /\.(?:ts|tsx)$/.test(target);

/**
 * every file and package that loading these entries loads (runtime imports only, types erased),
 * each with the chain of files that leads to it
 */
export function runtimeClosure(entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: Array<{ target: string; chain: string[] }> = entries.map((entry) => ({
    target: entry,
    chain: [entry],
  }));
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || reached.has(next.target)) continue;
    reached.set(next.target, next.chain);
    if (!isProjectFile(next.target)) continue;
    for (const imported of importsOf(next.target)) {
      if (imported.typeOnly) continue;
      queue.push({ target: imported.target, chain: [...next.chain, imported.target] });
    }
  }
  return reached;
}
