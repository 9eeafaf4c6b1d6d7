import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptsWithoutPolyfill } from './scripts/build/content-browser';

// Public job-board feeds, declared by their adapters (lib/sites/feeds.ts) and read by the
// background only (lib/background/feeds.ts); tests/unit/sites/conventions.test.ts checks each is here.
const FEED_HOSTS = [
  'https://boards-api.greenhouse.io',
  'https://api.lever.co',
  'https://api.eu.lever.co',
  'https://api.ashbyhq.com',
];

/**
 * Extension pages and the service worker load only our own code and talk only to the feed hosts.
 * Inline styles stay allowed (Preact sets style attributes); nothing else inline.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  `connect-src 'self' ${FEED_HOSTS.join(' ')}`,
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The page benchmark builds a copy that marks drawn badges (VITE_SKILLFIT_MARKS) into its own folder.
  ...(process.env.SKILLFIT_OUT_DIR ? { outDirTemplate: process.env.SKILLFIT_OUT_DIR } : {}),
  hooks: {
    // The skill taxonomy and the phrase tagger's weights go into the package as gzipped data files
    // (the background fetches and inflates them), never into a script: megabytes parse far faster
    // as JSON, the package stays small, and add-on linters refuse text files over 5 MB.
    'build:publicAssets': (wxt, files) => {
      for (const name of ['taxonomy.json', 'tagger.json']) {
        const out = path.join(wxt.config.wxtDir, `${name}.gz`);
        writeFileSync(out, gzipSync(readFileSync(path.resolve('lib/skills/data', name)), { level: 9 }));
        files.push({ absoluteSrc: out, relativeDest: `${name}.gz` });
      }
    },
    // `npm run dev` only: the browser it opens shows the dashboard (scripts/dev/open-dashboard.ts).
    'config:resolved': (wxt) => {
      if (wxt.config.command === 'serve')
        wxt.config.plugins.push(path.resolve(wxt.config.root, 'scripts/dev/open-dashboard.ts'));
    },
  },
  vite: () => ({
    // The job sites' content script (entrypoints/jobs.content) and the dashboard's first script
    // (entrypoints/dashboard-early.ts, one message sent while the page is parsed) run without webextension-polyfill.
    plugins: [preact(), contentScriptsWithoutPolyfill(['jobs', 'dashboard-early'])],
  }),
  manifest: ({ browser, command }) => ({
    name: 'SkillFit — job fit & micro-courses',
    description:
      'See how well each job posting fits your skills, save postings from any site, and close gaps with micro-courses. Your data stays on your device.',
    // Data lives in IndexedDB (unlimitedStorage keeps a large tracker from being evicted), not in
    // extension storage; pages are read through activeTab and scripting; the page menu saves;
    // alarms wake the worker for a follow-up date the user set. Notifications are asked for only
    // when the user sets their first follow-up reminder.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: FEED_HOSTS.map((h) => `${h}/*`),
    // A private window's job search stays private: SkillFit does not run there.
    incognito: 'not_allowed' as const,
    // The dev server serves scripts from localhost: WXT sets its own policy in dev mode.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
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
      : { minimum_chrome_version: '120' }),
  }),
});
