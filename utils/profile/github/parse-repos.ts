import { parseCount } from '../counts';
import type { Repo } from '../snapshot';
import { fold } from '../text';
import { repoSectionByHeading, reposByMeaning } from './by-meaning';
import { all, first, visibleText } from './dom';
import { clip, limits } from './limits';
import * as selectors from './selectors';

/** pinned repositories, else the popular ones (the page shows one box or the other) */
export function readRepos(doc: ParentNode, login: string): { repos: Repo[]; section: boolean } {
  const section = first(doc, selectors.repoSection) ?? repoSectionByHeading(doc);
  if (!section || isContributedTo(section)) return { repos: [], section: false };
  const items = all(section, selectors.repoItem);
  // the cards lost their classes: read them by their links
  if (items.length === 0) return { repos: reposByMeaning(section, login), section: true };
  const repos: Repo[] = [];
  for (const item of items) {
    if (repos.length >= limits.repos) break;
    const repo = readRepo(item);
    if (repo) repos.push(repo);
  }
  return { repos, section: true };
}

// 2014–2015 pages put "repositories contributed to" (other people's work) in a sibling box
function isContributedTo(box: Element): boolean {
  const heading = box.querySelector('h2, h3');
  return /contributed to/i.test(heading?.textContent ?? '');
}

function readRepo(item: Element): Repo | null {
  const repoName = first(item, selectors.repoName);
  const name = visibleText(repoName, 400) ?? fold(repoName?.getAttribute('title'));
  if (!name) return null;
  const owner = visibleText(first(item, selectors.repoOwner), 400)?.replace(/\/$/, '');
  return {
    name: clip(owner ? `${owner}/${name}` : name, limits.repoName),
    description: clip(visibleText(first(item, selectors.repoDescription)), limits.text),
    language: clip(readLanguage(item), limits.language),
    stars: parseCount(visibleText(first(item, selectors.repoStars), 100)),
    forks: parseCount(visibleText(first(item, selectors.repoForks), 100)),
  };
}

function readLanguage(item: Element): string | null {
  const tagged = visibleText(first(item, selectors.repoLanguage), 400);
  if (tagged) return tagged;
  // 2016–2018: <span class="repo-language-color"></span> Ruby <a href=".../stargazers">
  let node = first(item, selectors.repoLanguageDot)?.nextSibling ?? null;
  let text = '';
  while (node && node.nodeType === 3 && text.length < 400) {
    text += (node as Text).data;
    node = node.nextSibling;
  }
  return fold(text);
}
