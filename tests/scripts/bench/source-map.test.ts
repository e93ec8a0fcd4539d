import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  frameNamer,
  mappedName,
  minifiedName,
  shortSource,
} from '../../../scripts/bench/source-map';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

// a minified line 1 holding two functions from two sources; column 40 maps to nothing
function tinyMap(): string {
  const map = new SourceMapGenerator({ file: 'linkedin-router.js' });
  map.addMapping({
    generated: { line: 1, column: 10 },
    original: { line: 12, column: 2 },
    source: '../../utils/reader/route.ts',
    name: 'startRouter',
  });
  map.addMapping({
    generated: { line: 1, column: 30 },
    original: { line: 7, column: 0 },
    source: '../../entrypoints/linkedin-router.ts',
  });
  map.addMapping({ generated: { line: 2, column: 0 } });
  return map.toString();
}
const frame = (url: string, columnNumber: number, functionName = 'm') => ({
  url,
  functionName,
  lineNumber: 0,
  columnNumber,
});

describe('shortSource', () => {
  it('keeps the path from the project folder it starts in', () => {
    expect(shortSource('../../utils/lists/read.ts')).toBe('utils/lists/read.ts');
    expect(shortSource('webpack:///../components/mount.tsx')).toBe('components/mount.tsx');
    expect(shortSource('../../node_modules/zod/v4/core/util.js')).toBe(
      'node_modules/zod/v4/core/util.js',
    );
    // the first folder named wins: a package's own utils/ stays inside node_modules/
    expect(shortSource('../node_modules/pkg/utils/a.js')).toBe('node_modules/pkg/utils/a.js');
    expect(shortSource('<stdin>')).toBe('<stdin>');
  });
});

describe('mappedName', () => {
  const map = new SourceMapConsumer(JSON.parse(tinyMap()));

  it("names a frame by its source line and the map's name for it", () => {
    expect(mappedName(map, frame('x', 10))).toBe('utils/reader/route.ts:12 startRouter');
    // inside the mapping that starts at column 10
    expect(mappedName(map, frame('x', 20))).toBe('utils/reader/route.ts:12 startRouter');
  });

  it("falls back on the frame's function name where the map has no name", () => {
    expect(mappedName(map, frame('x', 31, 'r'))).toBe('entrypoints/linkedin-router.ts:7 r');
  });

  it('is null where the map knows no source', () => {
    expect(mappedName(map, { ...frame('x', 0), lineNumber: 1 })).toBeNull();
    expect(mappedName(map, frame('x', 5))).toBeNull();
  });
});

describe('minifiedName', () => {
  it("is the script's file name, line, column and function", () => {
    expect(minifiedName(frame(`chrome-extension://${ID}/chunks/a-1.js`, 402, 'go'))).toBe(
      'a-1.js:0:402 go',
    );
  });
});

describe('frameNamer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorlens-source-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'linkedin-router.js.map'), tinyMap());
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'content-scripts', 'old.js.map'), tinyMap());
  const name = frameNamer(dir);

  it("maps our scripts' frames from the .map beside them, at the root or in a folder", () => {
    expect(name(frame(`chrome-extension://${ID}/linkedin-router.js`, 10))).toBe(
      'utils/reader/route.ts:12 startRouter',
    );
    expect(name(frame(`chrome-extension://${ID}/content-scripts/old.js`, 31, 'r'))).toBe(
      'entrypoints/linkedin-router.ts:7 r',
    );
  });

  it('gives minified places without a map, for unmapped columns, and for pages’ own scripts', () => {
    expect(name(frame(`chrome-extension://${ID}/github-reader.js`, 10, 'f'))).toBe(
      'github-reader.js:0:10 f',
    );
    expect(name(frame(`chrome-extension://${ID}/linkedin-router.js`, 5, 'g'))).toBe(
      'linkedin-router.js:0:5 g',
    );
    // a page script of the same name is not ours: its place is not looked up in our maps
    expect(name(frame('https://www.linkedin.com/linkedin-router.js', 10, 'h'))).toBe(
      'linkedin-router.js:0:10 h',
    );
  });

  it('names native frames as such', () => {
    expect(name({ functionName: '(program)', lineNumber: -1, columnNumber: -1 })).toBe(
      '(native) (program)',
    );
  });
});
