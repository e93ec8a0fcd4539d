import { first, visibleText } from './dom';
import { clip, limits } from './limits';
import * as selectors from './selectors';

/** the status the person set: its emoji (as shown, else :alias:) and message */
export function readStatus(root: ParentNode): string | null {
  const container = first(root, selectors.statusContainer);
  if (!container) return null;
  const message = visibleText(first(container, selectors.statusMessage), 2_000);
  const emoji = first(container, selectors.statusEmoji);
  const alias = emoji?.getAttribute('alias');
  const symbol =
    visibleText(emoji, 40) ?? (alias && /^[\w+-]{1,60}$/.test(alias) ? `:${alias}:` : null);
  const status = [symbol, message].filter(Boolean).join(' ');
  return status ? clip(status, limits.text) : null;
}
