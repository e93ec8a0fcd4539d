import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ExtractResult, ProfileSnapshot } from '@/utils/profile/snapshot';
import { parseHtml, projectRoot } from '../../../support/real-fixtures';

/** one of our own committed LinkedIn fixtures (invented people), parsed */
export function ownPage(name: string): Document {
  return parseHtml(readFileSync(path.join(projectRoot, 'tests/fixtures/linkedin', name), 'utf8'));
}

/** the profile of a successful result; fails the test with the reason otherwise */
export function profileOf(result: ExtractResult): ProfileSnapshot {
  if (!result.ok) expect.fail(`expected a profile, got ${result.reason}: ${result.detail}`);
  return result.profile;
}
