import { describe, expect, it } from 'vitest';
import { importsOf, packageOf, resolveSpecifier, runtimeClosure } from './support/imports';

// the checker the convention tests rely on, checked on files whose imports we know

describe('the import graph reader', () => {
  it('tells type-only imports from runtime ones, and resolves both', () => {
    const imports = importsOf('utils/messaging/receive.ts');
    expect(imports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'wxt', typeOnly: true }),
        expect.objectContaining({ target: 'utils/messaging/protocol.ts', typeOnly: false }),
      ]),
    );
  });

  it('follows runtime imports only: a type import of zod does not count', () => {
    const reached = runtimeClosure(['utils/messaging/receive.ts']);
    expect(reached.has('utils/messaging/protocol.ts')).toBe(true);
    expect(reached.get('zod')).toEqual([
      'utils/messaging/receive.ts',
      'utils/messaging/protocol.ts',
      'zod',
    ]);
    expect(reached.has('webextension-polyfill')).toBe(false);
  });

  it('names packages and project files, and refuses a path that names nothing', () => {
    expect(packageOf('react-dom/client')).toBe('react-dom');
    expect(packageOf('@wxt-dev/storage/x')).toBe('@wxt-dev/storage');
    expect(resolveSpecifier('@/utils/time', 'x.ts')).toBe('utils/time.ts');
    expect(resolveSpecifier('../time', 'utils/settings/reminders.ts')).toBe('utils/time.ts');
    expect(resolveSpecifier('@/PRIVACY.md?raw', 'x.ts')).toBe('PRIVACY.md');
    expect(resolveSpecifier('./nowhere', 'utils/time.ts')).toBeNull();
  });
});
