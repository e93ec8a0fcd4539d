import { detectGithubList } from '../detect';
import type { ListReader } from '../site';
import { readGithubList } from './read';

export const githubLists: ListReader = { detect: detectGithubList, read: readGithubList };
