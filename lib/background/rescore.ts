import type { BackgroundContext } from './context';
import { currentProfile } from './profile';
import { rereadForCustomSkills } from './custom-skills';
import { BUCKETS, packBucket, readBucket, type Bucket, type ScoringEntry } from '../db/stored';
import { REQUIREMENT_WEIGHT } from '../fit';
import { clearRescore, pendingRescore } from '../db/rescore-flag';
import type { Rescored } from '../messaging/views';
import { countedSkills } from '../fit/ignore';
import { neverCounted } from './ignored';

/** Buckets read and written per transaction: an eighth of the tracker each. */
const BUCKETS_AT_ONCE = 8;

/**
 * Re-scores every stored posting against the current profile, from two small tables: `scoring`
 * (what a score reads of each posting) and `fits`, both kept in BUCKETS rows (lib/db/fits.ts), so
 * the whole tracker is a few dozen rows read and at most BUCKETS written, whatever its size.
 * Buckets are read, scored and written a few at a time, each group in one transaction (a posting
 * saved or deleted meanwhile is never overwritten). Clears the "re-score needed" mark the profile
 * change left (lib/db/rescore-flag.ts) once every bucket is in. Returns the saved postings whose
 * score changed.
 *
 * The hot loop does only what a score needs: the profile is indexed once (`Engine.scorer`), and
 * entries are checked for the fields it reads instead of parsed whole (each was parsed when written).
 */
export async function rescoreAll(ctx: BackgroundContext): Promise<Rescored[]> {
  const revision = await pendingRescore(ctx.db);
  const profile = await currentProfile(ctx);
  await rereadForCustomSkills(ctx);
  const score = ctx.engine.scorer(profile);
  const never = new Set(await neverCounted(ctx));
  const changed: Rescored[] = [];
  for (let first = 0; first < BUCKETS; first += BUCKETS_AT_ONCE) {
    await ctx.db.transaction('rw', ctx.db.fits, ctx.db.scoring, async () => {
      const range = (t: typeof ctx.db.fits) =>
        t
          .where('bucket')
          .between(first, first + BUCKETS_AT_ONCE)
          .toArray();
      const [inputs, fitRows] = await Promise.all([range(ctx.db.scoring), range(ctx.db.fits)]);
      const fitsOf = new Map(fitRows.map((row) => [row.bucket, row]));
      const updates: Bucket[] = [];
      for (const row of inputs) {
        const fits = readBucket<number | null>(fitsOf.get(row.bucket));
        let touched = false;
        for (const [id, entry] of Object.entries(readBucket<unknown>(row))) {
          if (!scorable(entry)) continue;
          const before = fits[id] ?? null;
          const after = score(countedSkills(entry.skills, { never, here: entry.ignored }));
          if (after === before && id in fits) continue;
          if (entry.saved && after !== before) changed.push({ id, title: entry.title, before, after });
          fits[id] = after;
          touched = true;
        }
        if (touched) updates.push(packBucket(row.bucket, fits));
      }
      if (updates.length) await ctx.db.fits.bulkPut(updates);
    });
  }
  if (revision !== null) await clearRescore(ctx.db, revision);
  return changed;
}

/** Whether a stored entry has what a re-score reads, well formed. */
function scorable(entry: unknown): entry is ScoringEntry {
  const e = entry as Partial<ScoringEntry> | null;
  return (
    typeof e?.title === 'string' &&
    Array.isArray(e.skills) &&
    (e.ignored === undefined || Array.isArray(e.ignored)) &&
    e.skills.every((s) => typeof s?.id === 'string' && Object.hasOwn(REQUIREMENT_WEIGHT, s.requirement))
  );
}

/** At start: finishes a re-score a stopped service worker left undone. */
export async function resumeRescore(ctx: BackgroundContext): Promise<number> {
  if ((await pendingRescore(ctx.db)) === null) return 0;
  return (await rescoreAll(ctx)).length;
}
