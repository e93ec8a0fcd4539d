import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchema } from '@/utils/messaging/protocol';
import { root, sourceFiles } from './support/imports';

// every request the protocol accepts is answered, and sent as a message by at least one test

const types = requestSchema.options.map((option) => option.shape.type.value);
const handlers = readFileSync(join(root, 'entrypoints/background/handlers.ts'), 'utf8');
const tests = sourceFiles('tests')
  .filter((file) => !file.startsWith('tests/conventions/'))
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');

describe('the protocol', () => {
  it('has request types to check', () => {
    expect(types.length).toBeGreaterThan(30);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(types)('%s has a handler in the background', (type) => {
    expect(handlers).toContain(`case '${type}':`);
  });

  it.each(types)('%s is sent as a message by a test', (type) => {
    expect(tests).toMatch(new RegExp(`type: '${type}'`));
  });
});
