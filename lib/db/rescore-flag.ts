import type { SkillFitDB } from './database';

/**
 * Stored fits are a cache of (posting skills × profile). A change to the profile is written in one
 * transaction together with this mark; the re-score that follows clears it. A service worker
 * stopped in between leaves the mark, and the next start finishes the re-score: no stale fit
 * survives a crash. The value is a revision, so a re-score clears only the change it covered.
 */
const KEY = 'internal.rescoreRevision';

/** Marks the stored fits stale. Call inside the transaction that changes the profile (with `db.settings` in scope). */
export async function markRescoreNeeded(db: SkillFitDB): Promise<void> {
  const row = await db.settings.get(KEY);
  const revision = typeof row?.value === 'number' ? row.value : 0;
  await db.settings.put({ key: KEY, value: revision + 1 });
}

/** The pending revision, or null when the stored fits are current. */
export async function pendingRescore(db: SkillFitDB): Promise<number | null> {
  const row = await db.settings.get(KEY);
  return typeof row?.value === 'number' ? row.value : null;
}

/** Clears the mark if no profile change came after `revision` (else the newer change's re-score clears it). */
export async function clearRescore(db: SkillFitDB, revision: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if ((await pendingRescore(db)) === revision) await db.settings.delete(KEY);
  });
}
