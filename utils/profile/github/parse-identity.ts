import { fold } from '../text';
import { bioByMeaning, bioFromEditForm } from './by-meaning';
import { isGithubLogin } from './detect';
import { first, visibleText } from './dom';
import * as selectors from './selectors';

export type Identity = {
  name: string | null;
  /** the login as the page shows it, or null when the page does not show one */
  login: string | null;
  headline: string | null;
  company: string | null;
  location: string | null;
};

/** name, login, bio, company and location from the person's card */
export function readIdentity(root: ParentNode): Identity {
  const login = visibleText(first(root, selectors.nickname), 200);
  return {
    name: visibleText(first(root, selectors.name)),
    login: login && isGithubLogin(login) ? login : null,
    headline: readBio(root),
    company: visibleText(first(root, selectors.company)),
    location: visibleText(first(root, selectors.location)),
  };
}

function readBio(root: ParentNode): string | null {
  const bio = first(root, selectors.bio);
  // no bio class (a re-hash): the edit form on the viewer's own page, else the block under the names
  if (!bio) return bioFromEditForm(root) ?? bioByMeaning(root);
  // the rendered text first (emoji as shown); the raw attribute when the rendering is empty
  return visibleText(bio) ?? fold(bio.getAttribute('data-bio-text'));
}
