import { describe, expect, it } from 'vitest';
import { findGithubHintAnchor } from '@/utils/profile/github/extract';
import { hasRealFixtures, parseHtml, realFixturesSkipNote } from '../../../support/real-fixtures';
import { loadOwnPage, loadPage } from './fixtures';

describe('findGithubHintAnchor', () => {
  it('picks the names block in the left column of a 2025 profile', () => {
    const anchor = findGithubHintAnchor(loadOwnPage('ada').doc);
    expect(anchor?.classList.contains('vcard-names-container')).toBe(true);
    expect(anchor?.closest('.Layout-sidebar .h-card')).not.toBeNull();
    expect(findGithubHintAnchor(loadOwnPage('sam').doc)?.textContent).toContain('sam-lindqvist');
  });

  it('falls back to the bio when the names block lost its class', () => {
    const { doc } = loadOwnPage('ada');
    doc.querySelector('.vcard-names-container')?.removeAttribute('class');
    doc.querySelector('.vcard-names')?.removeAttribute('class');
    expect(findGithubHintAnchor(doc)?.classList.contains('user-profile-bio')).toBe(true);
  });

  it('gives null on pages without a person: organisation, 404, repository, empty', () => {
    expect(findGithubHintAnchor(loadOwnPage('org').doc)).toBeNull();
    expect(findGithubHintAnchor(loadOwnPage('not-found').doc)).toBeNull();
    expect(findGithubHintAnchor(loadOwnPage('repo').doc)).toBeNull();
    expect(findGithubHintAnchor(parseHtml(''))).toBeNull();
  });

  it.skipIf(!hasRealFixtures)(
    `finds the names block on the 2021, 2018 and 2015 pages${realFixturesSkipNote}`,
    () => {
      for (const id of ['real-2021', 'real-2018', 'legacy-2015'] as const) {
        const anchor = findGithubHintAnchor(loadPage(id)?.doc as Document);
        expect(anchor?.textContent, id).toMatch(/Mayowa-Ojo|rubyhero|raabbajam/);
      }
    },
  );
});
