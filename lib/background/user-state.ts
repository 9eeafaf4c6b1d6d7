import Dexie from 'dexie';
import type { SkillFitDB } from '../db/database';
import type { ProfileRecord } from '../db/records';
import { listProfile } from '../db/profile';
import { getNeverCount } from '../db/settings';

/**
 * What scoring a list page's cards needs of the database, kept in this worker's memory between
 * `cards.score` requests: a page's badges then wait for no read at all when none of its cards'
 * postings is stored, and for one read of those that are. (Reading 100 postings by key is 100
 * requests to the browser's database process, the slowest part of a request before this.)
 *
 * Each value is forgotten at every write to its tables that Dexie reports: the worker's own writes,
 * and the dashboard's (a backup import, Delete everything) through Dexie's BroadcastChannel;
 * `data.changed` forgets them too. A read begun before such a write is never kept after it: the
 * write replaces the whole cache.
 */
function keptUntilWrite<T>(tables: readonly string[], read: (db: SkillFitDB) => Promise<T>) {
  let kept = new WeakMap<SkillFitDB, Promise<T>>();
  const watched = new RegExp(`^idb://[^/]*/(?:${tables.join('|')})/`);
  const forget = () => {
    kept = new WeakMap();
  };
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => watched.test(part))) forget();
  });
  const get = (db: SkillFitDB): Promise<T> => {
    const map = kept;
    let value = map.get(db);
    if (!value) {
      value = read(db);
      // A failed read is not kept: the next request reads again.
      value.catch(() => map.delete(db));
      map.set(db, value);
    }
    return value;
  };
  return Object.assign(get, { forget });
}

/** The user's skills as stored, and the skills never to count. */
export const userState = keptUntilWrite(['profile', 'settings'], async (db) => {
  const [records, never] = await Promise.all([listProfile(db), getNeverCount(db)]);
  return { records: records as readonly ProfileRecord[], never: new Set(never) as ReadonlySet<string> };
});

/** The ids of every stored posting (seen or saved): only these are worth reading by key. */
export const storedPostingIds = keptUntilWrite(
  ['postings'],
  async (db) => new Set(await db.postings.toCollection().primaryKeys()) as ReadonlySet<string>,
);

/** Drops everything kept (for all databases): the next request reads again. */
export function forgetUserState(): void {
  userState.forget();
  storedPostingIds.forget();
}
