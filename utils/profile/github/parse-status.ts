import { statusByMeaning } from './by-meaning';
import { first, visibleText } from './dom';
import { clip, limits } from './limits';
import * as selectors from './selectors';

/** the status the person set: its emoji (as shown, else :alias:) and message */
export function readStatus(root: ParentNode): string | null {
  const container = first(root, selectors.statusContainer);
  const message = container && visibleText(first(container, selectors.statusMessage), 2_000);
  const emoji = container && first(container, selectors.statusEmoji);
  // the status block lost its classes: find it by the endpoint it loads from
  if (!container || (!message && !emoji)) return statusByMeaning(root);
  const alias = emoji?.getAttribute('alias');
  const symbol =
    visibleText(emoji, 40) ?? (alias && /^[\w+-]{1,60}$/.test(alias) ? `:${alias}:` : null);
  const status = [symbol, message].filter(Boolean).join(' ');
  return status ? clip(status, limits.text) : null;
}
