import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { Engine } from '@/lib/background/engine';
import { contentHandlers, handlers } from '@/lib/background/handlers';
import type { BackgroundContext } from '@/lib/background/context';
import { createRouter } from '@/lib/messaging/router';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { contentProtocol } from '@/lib/messaging/content-protocol';
import { browserToolbar, clearToolbar } from '@/lib/background/toolbar';
import { displayLanguage } from '@/lib/background/skill-names';
import { registerContextMenu } from '@/lib/background/context-menu';
import { resumeRescore } from '@/lib/background/rescore';
import { isExtensionPage } from '@/lib/background/sender';
import { housekeeping } from '@/lib/background/housekeeping';
import { openWelcomeOnInstall } from '@/lib/background/welcome';
import { armReminders, FOLLOW_UP_ALARM, FOLLOW_UP_PREFIX, remindDue } from '@/lib/background/reminders';
import { provideTaxonomyData } from '@/lib/skills/taxonomy';
import { provideTaggerData } from '@/lib/skills/tagger';
import { workEnd, workStart } from '@/lib/bench-marks';
import { storedPostingIds, userState } from '@/lib/background/user-state';

/**
 * The skill taxonomy and the phrase tagger's weights ship as gzipped data files beside the scripts
 * (megabytes: parsed as JSON, never as code); they are fetched and inflated once per worker start,
 * and every message waits for them.
 */
const dataFile = (name: string) =>
  fetch(browser.runtime.getURL(`/${name}.json.gz` as '/dashboard.html')).then((r) =>
    new Response(r.body!.pipeThrough(new DecompressionStream('gzip'))).json(),
  );
const taxonomyReady = Promise.all([
  dataFile('taxonomy').then(provideTaxonomyData),
  dataFile('tagger').then(provideTaggerData),
]).then(() => undefined);

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
    newId: () => crypto.randomUUID(),
    toolbar: browserToolbar,
    language: displayLanguage(browser.i18n.getUILanguage()),
  };
  // Extension pages may send every message; a job page's content script only its own table.
  const routePage = createRouter(backgroundProtocol, handlers);
  const routeContent = createRouter(contentProtocol, contentHandlers);
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own scripts reach this listener; anything else is not ours to answer.
    if (sender.id !== browser.runtime.id) return undefined;
    const fromPage = isExtensionPage(sender, extensionOrigin, browser.runtime.id);
    const route = fromPage ? routePage : routeContent;
    const request = {
      ...ctx,
      sender: { tabId: sender.tab?.id ?? null, pageUrl: fromPage ? null : (sender.url ?? '') },
    };
    if (!fromPage) warmForJobPages();
    const answer = workStart();
    return taxonomyReady
      .then(() => route(message, request))
      .finally(() => workEnd(`worker:${(message as { type?: unknown } | null)?.type}`, answer));
  });
  // A job page is open (its script asks for the user's settings as it starts): its cards will be
  // scored soon. The engine builds its indexes now, once this question is answered, and what the
  // user holds is read into memory, instead of while the page's first badges wait. A worker woken by
  // the dashboard alone never pays for it.
  let warmed = false;
  const warmForJobPages = () => {
    if (warmed) return;
    warmed = true;
    void Promise.all([userState(ctx.db), storedPostingIds(ctx.db)]).catch((err: unknown) =>
      console.warn('[skillfit] reading the profile ahead failed', err),
    );
    void taxonomyReady
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => ctx.engine.warm())
      .catch((err: unknown) => console.warn('[skillfit] engine warm-up failed', err));
  };

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void clearToolbar(tabId);
  });

  // A fresh install opens the welcome tab: three first steps, ticked as they happen.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void openWelcomeOnInstall(reason, ctx.openPage).catch((err: unknown) => console.warn('[skillfit] welcome', err));
  });

  // Follow-up reminders: one alarm for the earliest date, re-armed at every start (alarms may not
  // survive a browser restart); a click on a reminder opens that job in the tracker.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM)
      void remindDue(ctx.db, ctx.now()).catch((err: unknown) => console.warn('[skillfit] reminders', err));
  });
  const onReminderClick = (id: string) => {
    if (id.startsWith(FOLLOW_UP_PREFIX))
      void ctx.openPage(`/dashboard.html#tracker?open=${encodeURIComponent(id.slice(FOLLOW_UP_PREFIX.length))}`);
  };
  // `notifications` is optional: its events exist only once the user allowed it.
  const listenToNotifications = () => {
    if (browser.notifications && !browser.notifications.onClicked.hasListener(onReminderClick))
      browser.notifications.onClicked.addListener(onReminderClick);
  };
  listenToNotifications();
  browser.permissions.onAdded.addListener(listenToNotifications);
  void armReminders(ctx.db, ctx.now()).catch((err: unknown) => console.warn('[skillfit] reminders', err));

  registerContextMenu(ctx, (m, c) => taxonomyReady.then(() => routePage(m, c)));
  // A profile change whose re-score a stopped worker left undone is finished now.
  void taxonomyReady
    .then(() => resumeRescore(ctx))
    .catch((err: unknown) => console.warn('[skillfit] re-score on start failed', err));
  // Viewed postings and feed caches are kept for a bounded time (README, "Privacy").
  void housekeeping(ctx).catch((err: unknown) => console.warn('[skillfit] housekeeping failed', err));
});
