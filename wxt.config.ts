import { defineConfig } from 'wxt';

// see README "Permissions" for why each one is asked for
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // firefox too: wxt would build manifest v2 for it otherwise
  manifestVersion: 3,
  manifest: {
    name: 'MentorLens',
    description:
      'Find and approach mentors for an AI career on LinkedIn and GitHub. Explained fit hints, tactful drafts, a private tracker. Nothing leaves your machine.',
    // alarms: reminders re-created from stored due dates (no install warning)
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // asked for only when the user turns reminders on
    optional_permissions: ['notifications'],
    browser_specific_settings: {
      gecko: {
        id: 'mentorlens@mentorlens.invalid',
        strict_min_version: '128.0',
        // firefox's data consent declaration; wxt's types predate it
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
    },
  },
});
