import { Window } from 'happy-dom';

/** parses saved HTML as inert data: no scripts, styles, frames or navigation */
export async function withDocument<T>(
  html: string,
  url: string,
  use: (doc: Document) => T,
): Promise<T> {
  const window = new Window({
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
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return use(doc as unknown as Document);
  } finally {
    await window.happyDOM.abort();
    window.close();
  }
}
