import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from './support/imports';

// helpers that exist once, so they are not written again beside them

const code = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
const product = sourceFiles('entrypoints', 'components', 'utils', 'scripts');
/** left for the LinkedIn/GitHub extractor work (#10) to take up; nothing may join them */
const pending = ['utils/profile/linkedin/extract.ts', 'utils/profile/github/extract.ts'];

describe('written once', () => {
  it('the text of a thrown value: messageOf (utils/errors.ts), not `e instanceof Error ? …`', () => {
    const again = /(\w+) instanceof Error \? \1\.message : String\(\1\)/;
    const offenders = product.filter(
      (file) => file !== 'utils/errors.ts' && !pending.includes(file) && again.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('a zod failure described for people: describeIssue (utils/describe-issue.ts), no local describer', () => {
    const local = /function \w+\(\w+: z\.ZodError\)/;
    expect(product.filter((file) => local.test(code(file)))).toEqual([]);
  });

  it('a day in milliseconds: DAY_MS (utils/time.ts), not another constant', () => {
    const constant = /const \w+ = (?:86_?400_?000|24 \* 60 \* 60 \* 1_?000);/;
    const offenders = sourceFiles('utils').filter(
      (file) =>
        file !== 'utils/time.ts' && !file.startsWith('utils/profile/') && constant.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });
});
