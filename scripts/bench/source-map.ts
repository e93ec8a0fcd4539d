// where a frame of a built script stands in the source: from the build's source maps (a
// `MENTORLENS_SOURCEMAP=1` build), or its minified position in a build without them
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

/** a CPU profile's call frame: line and column from 0; native frames ("(program)") have no url */
export interface Frame {
  url?: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

/** a source path from the project's root: "../../utils/x.ts" → "utils/x.ts" */
export const shortSource = (source: string): string =>
  source.replace(/^.*?\/(utils|entrypoints|components|node_modules)\//, '$1/');

/** "source.ts:line name" where the map knows the frame's place, else null */
export function mappedName(map: SourceMapConsumer, frame: Frame): string | null {
  const original = map.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  });
  if (!original.source) return null;
  return `${shortSource(original.source)}:${original.line} ${original.name ?? frame.functionName}`;
}

/** "script.js:line:column name": the frame's place in the minified file */
export const minifiedName = (frame: Frame): string =>
  `${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber}:${frame.columnNumber} ${frame.functionName}`;

const EXTENSION = /^chrome-extension:\/\/[a-p]{32}\//;

/**
 * names frames of the extension built in `dir`, from the `.map` beside each script when there is one;
 * other scripts' frames by their minified place, native ones as "(native) name"
 */
export function frameNamer(dir: string): (frame: Frame) => string {
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapOf = (path: string): SourceMapConsumer | null => {
    if (!maps.has(path)) {
      const file = join(dir, `${path}.map`);
      maps.set(
        path,
        existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null,
      );
    }
    return maps.get(path) ?? null;
  };
  // a profile repeats the same few thousand places; each is looked up once
  const names = new Map<string, string>();
  return (frame) => {
    if (!frame.url) return `(native) ${frame.functionName}`;
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    const known = names.get(key);
    if (known !== undefined) return known;
    const map = EXTENSION.test(frame.url) ? mapOf(frame.url.replace(EXTENSION, '')) : null;
    const name = (map && mappedName(map, frame)) ?? minifiedName(frame);
    names.set(key, name);
    return name;
  };
}
