/** Said when the browser refuses to store more: what happened and what the user can do. */
export const STORAGE_FULL_MESSAGE =
  "Your browser's storage for SkillFit is full. Export a backup, then delete saved jobs you no longer need (or free space on this computer), and try again.";

/** True for the browser's "quota exceeded" error, however Dexie wraps it. */
export function isStorageFull(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return false;
}
