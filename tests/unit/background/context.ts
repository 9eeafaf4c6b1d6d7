import Dexie from 'dexie';
import { SkillFitDB } from '@/lib/db/database';
import { Engine } from '@/lib/background/engine';
import type { BackgroundContext } from '@/lib/background/context';

// One engine for every test file that asks: the taxonomy and bundled catalog are immutable.
let shared: Engine | undefined;
let n = 0;

/** What the fake toolbar was asked to show, per tab (null: cleared). */
export type ToolbarLog = { tabId: number; score: number | null }[];

/**
 * A background context for handler tests: a fresh fake-indexeddb database, the real engine (its
 * user courses reset), no network unless a test passes one, and recorders for pages and toolbar.
 */
export function testContext(overrides: Partial<BackgroundContext> = {}): BackgroundContext & {
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
    toolbar: {
      showFit: async (tabId, score) => {
        toolbarLog.push({ tabId, score });
      },
    },
    ...overrides,
    opened,
    toolbarLog,
    async dispose() {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}
