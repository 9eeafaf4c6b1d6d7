/**
 * Build only (a Vite plugin, added by wxt.config.ts): the job sites' content script uses the
 * browser's own `browser` / `chrome` object instead of webextension-polyfill, which the rest of the
 * extension keeps. The polyfill is about 10 KB of every job page's script (issue 12: the content
 * script stays under 40 KB gzip), and what that script does needs none of it: Chrome MV3 and
 * Firefox both return promises from `runtime.sendMessage`, and its one listener answers through
 * `sendResponse` (entrypoints/jobs.content/index.ts), which both browsers support natively.
 *
 * WXT builds each content script on its own; the `ENTRYPOINT` it defines for that build tells this
 * plugin where it is. The polyfill module maps `wxt/browser` to its own file, which is redirected
 * here to WXT's plain one (`globalThis.browser` on Firefox, `globalThis.chrome` on Chrome).
 */
import { createRequire } from 'node:module';

const POLYFILLED = '@wxt-dev/webextension-polyfill/browser';

export function contentScriptsWithoutPolyfill(contentScripts: readonly string[]) {
  let active = false;
  return {
    name: 'skillfit:content-scripts-without-polyfill',
    enforce: 'pre' as const,
    configResolved(config: { define?: Record<string, unknown> }) {
      const entrypoint = config.define?.['import.meta.env.ENTRYPOINT'];
      active = contentScripts.some((name) => entrypoint === JSON.stringify(name));
    },
    resolveId(id: string) {
      if (!active || id !== POLYFILLED) return null;
      // WXT's own `wxt/browser` re-exports this package: resolved from there, as WXT depends on it.
      const wxtBrowser = createRequire(import.meta.url).resolve('wxt/browser');
      return createRequire(wxtBrowser).resolve('@wxt-dev/browser');
    },
  };
}
