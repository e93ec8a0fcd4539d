import { defineConfig } from 'wxt';
import { noReactInnerHtml } from './scripts/build/no-inner-html';
import { preloadOpening } from './scripts/build/preload-opening';
import { contentScriptHosts, contentScripts } from './utils/reader/content-scripts';

// the PNGs come from scripts/icons/icon.svg through `npm run icons`
const icons = {
  16: 'icons/16.png',
  32: 'icons/32.png',
  48: 'icons/48.png',
  96: 'icons/96.png',
  128: 'icons/128.png',
};
const toolbarIcons = { 16: 'icons/16.png', 32: 'icons/32.png' };
// firefox's `light` is the icon for a light theme (dark text): our dark glyph, and the other way round
const themeIcons = [16, 32].map((size) => ({
  light: `icons/toolbar-on-light-${size}.png`,
  dark: `icons/toolbar-on-dark-${size}.png`,
  size,
}));

// the keyboard shortcuts (chrome lets an extension suggest at most four); see README "Keyboard shortcuts"
const shortlistCommand = {
  'shortlist-profile': {
    suggested_key: { default: 'Alt+Shift+S' },
    description: 'Shortlist the profile in this tab',
  },
};

// see README "Permissions" for why each one is asked for
export default defineConfig({
  // no webextension-polyfill: both browsers' own promise APIs (onMessage answers through utils/messaging/answer.ts)
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // firefox too: wxt would build manifest v2 for it otherwise
  manifestVersion: 3,
  // web-ext lint: no innerHTML writes left in the build (see the plugin)
  // MENTORLENS_SOURCEMAP=1: source maps for scripts/bench/profile-page.ts (never in a store build)
  vite: () => ({
    // the dashboard's entry asks first, then imports the page: fetched alongside. Not the popup:
    // there the hints delayed its entry's own asking as much as they saved (scripts/bench/ui-ab.ts)
    plugins: [noReactInnerHtml(), preloadOpening(['dashboard/index.html'])],
    build: { sourcemap: process.env.MENTORLENS_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: 'MentorLens',
    // ≤ 132 characters: the Chrome Web Store's limit (checked by tests/e2e/manifest.e2e.ts)
    description:
      'Find and approach mentors for an AI career on LinkedIn and GitHub: explained fit hints, tactful drafts, a private tracker.',
    icons,
    action: {
      default_icon: toolbarIcons,
      ...(browser === 'firefox' ? { theme_icons: themeIcons } : {}),
    },
    // alarms: reminders re-created from stored due dates (no install warning)
    // contextMenus: "Shortlist <name> in MentorLens" on profile pages (firefox: the same API, with onShown)
    // scripting + host_permissions (the content scripts' own matches, no wider): the background injects
    // the reader into a LinkedIn or GitHub tab whose router asks, on profile and list pages only
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'scripting'],
    content_scripts: contentScripts,
    host_permissions: contentScriptHosts,
    // asked for only when the user turns reminders on
    optional_permissions: ['notifications'],
    commands:
      browser === 'firefox'
        ? {
            // firefox's reserved command toggles the sidebar itself
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+M' },
              description: 'Open the MentorLens sidebar',
            },
            ...shortlistCommand,
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+M' },
              description: 'Open the MentorLens side panel',
            },
            ...shortlistCommand,
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // the store's add-on id: keep it once published (AMO ties the listing and updates to it);
              // a fork publishing its own listing must pick its own, e.g. "mentorlens@<your-domain>"
              id: 'mentorlens@mentorlens.invalid',
              // data_collection_permissions is read from Firefox 140 on
              strict_min_version: '140.0',
              // firefox's data consent declaration; wxt's types predate it
              ...({ data_collection_permissions: { required: ['none'] } } as object),
            },
            // android reads data_collection_permissions from 142 on
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // sidePanel 114, sidePanel.open() 116 (the shortcut and the context menu open it)
        { minimum_chrome_version: '116' }),
  }),
});
