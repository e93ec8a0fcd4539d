import { detectLinkedinList } from '../detect';
import type { ListReader } from '../site';
import { readLinkedinList } from './read';
import { viewedMemberId } from './viewed';

export const linkedinLists: ListReader = {
  detect: detectLinkedinList,
  read: readLinkedinList,
  viewedMemberId,
};
