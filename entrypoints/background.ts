import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { Engine } from '@/lib/background/engine';
import { handlers } from '@/lib/background/handlers';
import type { BackgroundContext } from '@/lib/background/context';
import { createRouter } from '@/lib/messaging/router';
import { browserToolbar, clearToolbar } from '@/lib/background/toolbar';
import { registerContextMenu } from '@/lib/background/context-menu';

export default defineBackground(() => {
  const ctx: BackgroundContext = {
    db: getDb(),
    engine: new Engine(),
    version: browser.runtime.getManifest().version,
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
    },
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    toolbar: browserToolbar,
  };
  const route = createRouter(handlers);

  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    const reply = await route(message, ctx);
    // Posting pages show their fit on the toolbar icon of their own tab.
    const tabId = sender.tab?.id;
    if (tabId !== undefined && reply.ok && (message as { type?: string }).type === 'page.analyze') {
      const score = (reply.data as { fit?: { score: number } | null }).fit?.score ?? null;
      await browserToolbar.showFit(tabId, score);
    }
    return reply;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearToolbar(tabId);
  });

  registerContextMenu(ctx, route);
});
