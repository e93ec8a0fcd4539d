// its own file: the small router content scripts need it, and nothing else of the hint
const STARTED = ':wxt:content-script-started';

/**
 * WXT announces each content-script start to the page (a window message with our extension id,
 * and a document event) so a newer copy can stop an older one; the page can read that and replay
 * it to stop us. Until the returned function is called, those announcements are kept in our world.
 * We don't rely on WXT's context for that check: `runProfileHints` keeps its own.
 */
export function silenceScriptStarted(): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined;
  const post = window.postMessage;
  const dispatch = document.dispatchEvent;
  const announces = (type: unknown) => typeof type === 'string' && type.endsWith(STARTED);
  // firefox's content-script window won't take a new postMessage ("read-only"): there we can't
  // silence it, and must not throw, or the content script never starts
  try {
    window.postMessage = function (this: Window, ...args: Parameters<Window['postMessage']>) {
      if (announces((args[0] as { type?: unknown } | null)?.type)) return;
      return Reflect.apply(post, this, args);
    } as Window['postMessage'];
  } catch {
    // left as it is
  }
  try {
    document.dispatchEvent = function (this: Document, event: Event) {
      if (announces(event.type)) return true;
      return Reflect.apply(dispatch, this, [event]);
    };
  } catch {
    // left as it is
  }
  return () => {
    try {
      window.postMessage = post;
    } catch {
      // never replaced
    }
    try {
      document.dispatchEvent = dispatch;
    } catch {
      // never replaced
    }
  };
}
