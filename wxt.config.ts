import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // `npm run dev` only: the browser it opens shows the dashboard (scripts/dev/open-dashboard.ts).
    'config:resolved': (wxt) => {
      if (wxt.config.command === 'serve')
        wxt.config.plugins.push(path.resolve(wxt.config.root, 'scripts/dev/open-dashboard.ts'));
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'SkillFit — job fit & micro-courses',
    description:
      'See how well each job posting fits your skills, save postings from any site, and close gaps with micro-courses. Your data stays on your device.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    // Public job-board feeds, declared by their adapters (lib/sites/feeds.ts) and read by the
    // background only (lib/background/feeds.ts); tests/unit/sites/conventions.test.ts checks each is here.
    host_permissions: [
      'https://boards-api.greenhouse.io/*',
      'https://api.lever.co/*',
      'https://api.eu.lever.co/*',
      'https://api.ashbyhq.com/*',
    ],
    // The dashboard doubles as the options page.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'skillfit@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
