import { Window } from 'happy-dom';

/** a happy-dom window that never runs, loads or navigates anything: saved pages are data */
export function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
}

/** parses saved HTML as inert data: no scripts, styles, frames or navigation */
export async function withDocument<T>(
  html: string,
  url: string,
  use: (doc: Document) => T,
): Promise<T> {
  const window = inertWindow(url);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return use(doc as unknown as Document);
  } finally {
    await window.happyDOM.abort();
    window.close();
  }
}
