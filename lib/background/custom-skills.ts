import type { BackgroundContext } from './context';
import { customSkillId, isCustomSkillId } from '../skills';
import { PostingDetailSchema, type ProfileRecord } from '../db/records';
import { StoredPostingSchema, type StoredPosting } from '../db/stored';
import { postingTables, putStoredPostings } from '../db/fits';

/**
 * Custom skills in the background: a profile record whose id is `custom:<slug>` names, with its
 * `name`, a skill the taxonomy lacks (the user's own text). The engine matches them in every
 * posting (Engine.useCustomSkills); saved postings, read before a custom skill was added or
 * removed, are read again from their saved descriptions so that their requirements follow.
 */

/** Where the custom skill set the stored postings were last read with is kept (never exported). */
const READ_WITH = 'internal.customSkillsRead';
const BATCH = 200;

/** The labels of the custom skills among the profile's records. */
export function customLabels(records: readonly Pick<ProfileRecord, 'skillId' | 'name'>[]): string[] {
  return records.filter((r) => isCustomSkillId(r.skillId)).map((r) => r.name);
}

/**
 * A posting's skills after the custom skill set changed: what it had from the taxonomy stays as
 * it was (the user may have dropped some from a preview), its custom skills are the ones `read`
 * finds now.
 */
export function withCustomFrom<S extends { id: string }>(before: readonly S[], read: readonly S[]): S[] {
  return [...before.filter((s) => !isCustomSkillId(s.id)), ...read.filter((s) => isCustomSkillId(s.id))];
}

/** The ids of a custom skill set's key (`Engine.customSkillsKey`: labels, one a line). */
function customIdsOf(key: string): Set<string> {
  return new Set(key ? key.split('\n').map(customSkillId).filter(Boolean) : []);
}

/**
 * Reads the stored postings again for custom skills when the engine's set differs from the one
 * they were read with: every saved posting, and any other posting that carries a custom skill
 * added to or removed from the set. A posting with a saved description is read again; one without
 * keeps its skills but those of removed custom skills. A `custom:` id the set never held (a phrase
 * the extractor read where the ad names a skill, lib/skills/slots.ts) stays as it was read. Call
 * after `currentProfile` (which sets the engine's set) and before scoring. Returns how many
 * postings were looked at.
 */
export async function rereadForCustomSkills(ctx: BackgroundContext): Promise<number> {
  const key = ctx.engine.customSkillsKey;
  const row = await ctx.db.settings.get(READ_WITH);
  const readWith = typeof row?.value === 'string' ? row.value : '';
  if (readWith === key) return 0;
  const before = customIdsOf(readWith);
  const now = customIdsOf(key);
  const removed = new Set([...before].filter((id) => !now.has(id)));
  const changed = new Set([...removed, ...[...now].filter((id) => !before.has(id))]);
  let reread = 0;
  let lastKey: string | null = null;
  for (;;) {
    const { count, last } = await ctx.db.transaction('rw', [...postingTables(ctx.db), ctx.db.details], async () => {
      const coll = lastKey === null ? ctx.db.postings.orderBy('id') : ctx.db.postings.where('id').above(lastKey);
      const rows: unknown[] = await coll.limit(BATCH).toArray();
      // Parsed to decide, written back from the row itself (fields this code does not know stay).
      const records = rows.flatMap((r) => {
        const p = StoredPostingSchema.safeParse(r);
        return p.success && (p.data.saved === 1 || p.data.skills.some((s) => changed.has(s.id)))
          ? [r as StoredPosting]
          : [];
      });
      const details = await ctx.db.details.bulkGet(records.map((r) => r.id));
      const postings: StoredPosting[] = [];
      const newDetails = [];
      for (const [i, record] of records.entries()) {
        const detail = PostingDetailSchema.safeParse(details[i]);
        if (!detail.success) {
          // Nothing to read again: what the posting had stays, but the custom skills taken out.
          postings.push({ ...record, skills: record.skills.filter((s) => !removed.has(s.id)) });
          continue;
        }
        const found = ctx.engine.read({ title: record.title, description: detail.data.description }).skills;
        const stored = found.map(({ id, requirement, years, anyOf }) => ({
          id,
          requirement,
          years,
          anyOf: anyOf ?? null,
        }));
        postings.push({ ...record, skills: withCustomFrom(record.skills, stored) });
        newDetails.push({ ...detail.data, skills: withCustomFrom(detail.data.skills, found) });
      }
      await putStoredPostings(ctx.db, postings);
      if (newDetails.length) await ctx.db.details.bulkPut(newDetails);
      reread += postings.length;
      return { count: rows.length, last: (rows[rows.length - 1] as { id?: string } | undefined)?.id ?? null };
    });
    if (count < BATCH || last === null) break;
    lastKey = last;
  }
  await ctx.db.settings.put({ key: READ_WITH, value: key });
  return reread;
}
