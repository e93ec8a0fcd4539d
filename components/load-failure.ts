import { messageOf } from '@/utils/errors';

// React-free: it speaks when the chunk holding React (or the rest of the page) failed to load

/** a page whose code failed to load says so in its #root, instead of staying blank */
export function showLoadFailure(error: unknown, root = document.getElementById('root')): void {
  if (!root) return;
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = `MentorLens couldn't load this page (${messageOf(error)}). Close it and open it again; if it keeps failing, reload MentorLens on your browser's extensions page.`;
  root.replaceChildren(message);
}
