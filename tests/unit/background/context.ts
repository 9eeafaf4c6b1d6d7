import Dexie from 'dexie';
import { SkillFitDB } from '@/lib/db/database';
import { Engine } from '@/lib/background/engine';
import type { RequestContext } from '@/lib/background/context';
import type { Posting } from '@/lib/sites/schema';
import { contentHandlers, handlers } from '@/lib/background/handlers';
import { createClient } from '@/lib/messaging/client';
import { createRouter } from '@/lib/messaging/router';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { contentProtocol } from '@/lib/messaging/content-protocol';

// One engine for every test file that asks: the taxonomy and bundled catalog are immutable.
let shared: Engine | undefined;
let n = 0;

/** What the fake toolbar was asked to show, per tab (null: cleared). */
export type ToolbarLog = { tabId: number; score: number | null }[];

/**
 * A background context for handler tests: a fresh fake-indexeddb database, the real engine (its
 * user courses reset), no network unless a test passes one, and recorders for pages and toolbar.
 */
export function testContext(overrides: Partial<RequestContext> = {}): RequestContext & {
  opened: string[];
  toolbarLog: ToolbarLog;
  dispose(): Promise<void>;
} {
  shared ??= new Engine();
  shared.setUserCourses([]);
  shared.userCoursesLoaded = false;
  const opened: string[] = [];
  const toolbarLog: ToolbarLog = [];
  const db = new SkillFitDB(`test-${process.pid}-${++n}`);
  return {
    db,
    engine: shared,
    version: '9.9.9',
    openPage: async (p) => {
      opened.push(p);
    },
    fetch: async () => {
      throw new Error('no network in unit tests');
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    toolbar: {
      showFit: async (tabId, score) => {
        toolbarLog.push({ tabId, score });
      },
    },
    sender: { tabId: null, pageUrl: null },
    ...overrides,
    opened,
    toolbarLog,
    async dispose() {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

/** A typed client wired to the background's routers as an extension page sends (every message). */
export function pageClient(ctx: RequestContext) {
  const route = createRouter(backgroundProtocol, handlers, () => undefined);
  return createClient(backgroundProtocol, (m) => route(m, ctx));
}

/** The same, as the content script of tab `tabId` sends: only the content protocol is answered. */
export function contentClient(ctx: RequestContext, tabId: number, pageUrl = 'https://jobs.lever.co/bistro') {
  const route = createRouter(contentProtocol, contentHandlers, () => undefined);
  return createClient(contentProtocol, (m) => route(m, { ...ctx, sender: { tabId, pageUrl } }));
}

/** Raw replies from the content router, for messages a content script may not send. */
export function contentRoute(ctx: RequestContext, tabId: number, pageUrl = 'https://jobs.lever.co/bistro') {
  const route = createRouter(contentProtocol, contentHandlers, () => undefined);
  return (message: unknown) => route(message, { ...ctx, sender: { tabId, pageUrl } });
}

/** What every `greenhouseJob` shares: Acme's board, in Leeds. */
const ACME = {
  site: 'greenhouse',
  company: 'Acme',
  location: 'Leeds',
  datePosted: null,
  employmentType: null,
} as const;

/** A Greenhouse posting of Acme's board, read in full. */
export function greenhouseJob(jobId: string, title: string, description: string): Posting {
  return { ...ACME, jobId, title, description, url: `https://boards.greenhouse.io/acme/jobs/${jobId}` };
}
