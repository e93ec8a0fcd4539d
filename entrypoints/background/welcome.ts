import { browser } from 'wxt/browser';

/**
 * a file the e2e harness writes into the built extension (never part of a real build): while it
 * exists, installing opens no tab, so test launches start with no page of ours open
 */
export const NO_WELCOME_FILE = 'e2e-no-welcome.txt';

async function switchedOff(): Promise<boolean> {
  try {
    // not a page of ours, so outside WXT's typed list of public paths
    const url = (browser.runtime.getURL as (path: string) => string)(`/${NO_WELCOME_FILE}`);
    const response = await fetch(url);
    return response.ok;
  } catch {
    // the usual case: no such file in the package
    return false;
  }
}

/** on a fresh install, the settings page greets the user with the welcome form */
export async function openWelcome(details: { reason?: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  if (await switchedOff()) return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  return true;
}
