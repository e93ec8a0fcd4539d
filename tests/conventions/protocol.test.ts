import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '@/entrypoints/background/handlers';
import { requestPolicy } from '@/utils/messaging/policy';
import { contentScriptRequests, requestSchema } from '@/utils/messaging/protocol';
import { root, sourceFiles } from './support/imports';

// every request the protocol accepts is answered, has a sender policy, and is sent as a message by
// at least one test. tsc already refuses a missing handler or policy (both are typed by the request
// types); these catch what the types can't: an extra key, a type no test ever sends

const types = requestSchema.options.map((option) => option.shape.type.value);
const tests = sourceFiles('tests')
  .filter((file) => !file.startsWith('tests/conventions/'))
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');

describe('the protocol', () => {
  it('has request types to check', () => {
    expect(types.length).toBeGreaterThan(30);
    expect(new Set(types).size).toBe(types.length);
  });

  it('the background has a handler for each request type, and for nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...types].sort());
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });

  it('each request type has a sender policy, and nothing else does', () => {
    expect(Object.keys(requestPolicy).sort()).toEqual([...types].sort());
  });

  it('content scripts may send exactly the requests their policy says', () => {
    const fromContent = types.filter((type) => requestPolicy[type].from === 'content');
    expect([...contentScriptRequests].sort()).toEqual(fromContent.sort());
    expect(fromContent).toEqual(expect.arrayContaining(['analyze', 'shortlist', 'listFit']));
    expect(fromContent).not.toContain('deleteEverything');
  });

  it.each(types)('%s is sent as a message by a test', (type) => {
    expect(tests).toMatch(new RegExp(`type: '${type}'`));
  });
});
