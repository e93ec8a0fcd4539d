import { defineConfig } from 'wxt';

// see README "Permissions" for why each one is asked for
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'MentorLens',
    description:
      'Find and approach mentors for an AI career on LinkedIn and GitHub. Explained fit hints, tactful drafts, a private tracker. Nothing leaves your machine.',
    permissions: ['storage', 'unlimitedStorage'],
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
