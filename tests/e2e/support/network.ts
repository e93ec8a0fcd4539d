import type { Page, Request } from 'playwright-core';
import type { Launched, Routes } from './extension';

/** who sent a request: the extension's service worker, one of its pages, or a web page (where our content script runs) */
export type Initiator = 'extension-worker' | 'extension-page' | 'web-page';

export interface Sent {
  url: string;
  initiator: Initiator;
  resourceType: string;
}

export interface NetworkLog {
  /** every request the browser sent while recording, extension files included */
  readonly sent: Sent[];
  /**
   * requests that can only have come from the extension: anything its worker or pages asked of a
   * host, and anything a web page asked beyond loading the served documents (our fixtures load no
   * subresources, so a page's only legitimate requests are its own navigations)
   */
  fromExtension(): Sent[];
  stop(): void;
}

const ownScheme = /^(chrome-extension|data|blob):/;

function key(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
}

function initiatorOf(request: Request): Initiator {
  if (request.serviceWorker()) return 'extension-worker';
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // a request without a frame (e.g. from a worker) is not a web page's
    return 'extension-worker';
  }
  return frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'web-page';
}

/**
 * records every request in the browser (Playwright reports the extension service worker's requests,
 * extension pages' and web pages', including those of content scripts, which run in the page)
 */
export function recordNetwork(launched: Launched, routes: Routes): NetworkLog {
  const served = new Set(Object.keys(routes).map(key));
  const sent: Sent[] = [];
  const onRequest = (request: Request) =>
    sent.push({
      url: request.url(),
      initiator: initiatorOf(request),
      resourceType: request.resourceType(),
    });
  launched.context.on('request', onRequest);
  return {
    sent,
    fromExtension() {
      return sent.filter((request) => {
        if (ownScheme.test(request.url)) return false;
        if (request.initiator !== 'web-page') return true;
        const pageLoad = request.resourceType === 'document' && /^https?:/.test(request.url);
        return !(pageLoad && served.has(key(request.url)));
      });
    },
    stop() {
      launched.context.off('request', onRequest);
    },
  };
}

/**
 * evaluates an expression in our content script's isolated world on a page, through CDP
 * (to prove the network log would see a request our content script made)
 */
export async function evaluateInContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const ours = contexts
      .filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))
      .at(-1);
    if (!ours) throw new Error('no content script world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: ours.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
