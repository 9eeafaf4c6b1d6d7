import { browser } from 'wxt/browser';
import { contentScriptMatches } from '@/lib/sites';
import { createRouter } from '@/lib/messaging/router';
import { tabProtocol } from '@/lib/messaging/tab-protocol';
import { nextTask } from '@/lib/content/next-task';
import { ParseReads } from '@/lib/content/parse-reads';
import { workEnd, workStart } from '@/lib/bench-marks';
import { PageController } from './controller';

/** How long DOM changes are gathered before the page is read again… */
const REFRESH_DELAY_MS = 30;
/** …and the least time between two reads, so that a page that never stops changing costs little;
 * longer on pages with nothing to read (a LinkedIn feed), which still change all the time. */
const REFRESH_INTERVAL_MS = 250;
const IDLE_INTERVAL_MS = 1000;
/** How long after a load or in-app navigation a page counts as still rendering. */
const SETTLE_MS = 5000;

/** Errors already logged: a page re-read every 250 ms must not log the same failure each time. */
const logged = new Set<string>();
function logOnce(err: unknown): void {
  const text = err instanceof Error ? err.message : String(err);
  if (logged.has(text)) return;
  logged.add(text);
  console.warn('[skillfit] could not read or score this page', err);
}

/** Whether the parser added an element (not only text, such as a long script's). */
function addsElements(records: MutationRecord[]): boolean {
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) return true;
  return false;
}

export default defineContentScript({
  matches: contentScriptMatches,
  // Started with the page, so that the script is compiled and the user's settings are here before
  // the cards are: the first read runs as soon as the document is parsed, with nothing left to wait for.
  runAt: 'document_start',
  main(ctx) {
    const page = new PageController();
    void page.prefetchSettings();
    // Until the document is parsed there is nothing to read: the first read runs when it is.
    const parsed = () => document.readyState !== 'loading';
    let timer: number | null = null;
    let lastRun = 0;
    let lastNavigation = performance.now();
    const run = () => {
      lastRun = performance.now();
      page.refresh().catch(logOnce);
    };
    const refresh = () => {
      if (timer !== null || ctx.isInvalid || !parsed()) return;
      // Coalesce bursts of DOM changes (infinite scroll appends cards one by one) into one re-read.
      // Apps render their lists after load: the slower pace is only for pages idle for a while.
      const idle = page.reading.kind === 'none' && performance.now() - lastNavigation > SETTLE_MS;
      const interval = idle ? IDLE_INTERVAL_MS : REFRESH_INTERVAL_MS;
      const wait = Math.max(REFRESH_DELAY_MS, interval - (performance.now() - lastRun));
      timer = ctx.setTimeout(() => {
        timer = null;
        run();
      }, wait);
    };

    // Single-page apps (LinkedIn, Indeed) change the URL without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // A new address in a single-page app: read it soon, whatever the last page held.
      if (timer !== null) clearTimeout(timer);
      timer = null;
      lastRun = 0;
      lastNavigation = performance.now();
      refresh();
    });
    const observer = new MutationObserver((records) => {
      // Our own badge and panel hosts are not page changes.
      if (records.every((r) => [...r.addedNodes].every((n) => n.nodeName.startsWith('SKILLFIT-')))) return;
      refresh();
    });
    // While the page is parsed, the cards already parsed are read and asked for, one read at a
    // time (lib/content/parse-reads.ts says when). The parser's task ends with this observer's
    // callback: the cards it added are read right there, before the page is laid out, and the
    // background scores them meanwhile.
    const reads = new ParseReads({
      read: (overBudget) =>
        page.refreshWhileParsing(overBudget).then(
          (asked) => void asked?.scored.catch(logOnce),
          (err: unknown) => logOnce(err),
        ),
      hasBudget: () => page.readsWhileParsing,
      parsed,
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    const parsing = new MutationObserver((records) => {
      if (!ctx.isInvalid && addsElements(records)) reads.added();
    });
    const start = () => {
      parsing.disconnect();
      reads.stop();
      if (ctx.isInvalid) return;
      const started = workStart();
      observer.observe(document.body ?? document, { childList: true, subtree: true });
      // Not in the page's DOMContentLoaded task, which also holds the end of its parsing and its
      // first layout: together with reading a 100-card list that made one long task.
      void nextTask().then(() => {
        if (!ctx.isInvalid) run();
      });
      workEnd('start', started);
    };
    if (parsed()) start();
    else {
      parsing.observe(document, { childList: true, subtree: true });
      ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
    }

    // The popup's questions: the router and its schemas are built when the first one comes, not on
    // every page of the job sites this script starts on.
    const router = () =>
      createRouter(tabProtocol(), {
        async 'tab.reading'() {
          const r = page.reading;
          return {
            kind: r.kind,
            posting: page.currentPosting(),
            cards: r.kind === 'list' ? r.cards.length : 0,
            ...(r.kind === 'none' && r.failed ? { failed: r.failed } : {}),
          };
        },
      });
    let route: ReturnType<typeof router> | undefined;
    // This script runs on the browser's own messaging, not webextension-polyfill (see
    // scripts/build/content-browser.ts): Chrome does not take a returned promise as the answer, so
    // the answer goes through sendResponse, and `true` keeps the channel open until it does.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      void (route ??= router())(message, null).then(sendResponse);
      return true as const;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      observer.disconnect();
      parsing.disconnect();
      reads.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      page.dispose();
    });
  },
});
