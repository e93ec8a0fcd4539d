import { detectLinkedinList } from '../detect';
import type { ListReader } from '../site';
import { linkedinListRoots, readLinkedinList } from './read';
import { viewedMemberId } from './viewed';

export const linkedinLists: ListReader = {
  detect: detectLinkedinList,
  read: readLinkedinList,
  // a profile's sidebars are the page's second concern: each is read once it nears the viewport
  lazyRoots: (doc, kind) => (kind === 'linkedin-sidebar' ? linkedinListRoots(doc, kind) : null),
  viewedMemberId,
};
