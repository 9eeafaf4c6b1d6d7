import type { SkillFitDB } from './database';
import { PostingRecordSchema, type PostingRecord } from './records';
import { parseRows } from './parse';
import { withFits } from './fits';

/** Saved postings with a follow-up date whose reminder has not been shown yet. */
async function pending(db: SkillFitDB): Promise<PostingRecord[]> {
  const rows = await db.postings
    .where('saved')
    .equals(1)
    .filter((p) => typeof p.followUpAt === 'number' && (p.remindedAt ?? null) === null)
    .toArray();
  return parseRows(PostingRecordSchema, await withFits(db, rows), 'postings');
}

/** When the next reminder is due (the earliest pending follow-up), or null when none is pending. */
export async function nextFollowUp(db: SkillFitDB): Promise<number | null> {
  let next: number | null = null;
  for (const p of await pending(db)) if (next === null || p.followUpAt! < next) next = p.followUpAt!;
  return next;
}

/** Pending follow-ups that are due at `now`, earliest first. */
export async function dueFollowUps(db: SkillFitDB, now: number): Promise<PostingRecord[]> {
  return (await pending(db)).filter((p) => p.followUpAt! <= now).sort((a, b) => a.followUpAt! - b.followUpAt!);
}

/** Records that these postings' reminders were shown, unless their follow-up date changed meanwhile. */
export async function markReminded(db: SkillFitDB, shown: readonly PostingRecord[], now: number): Promise<void> {
  await db.transaction('rw', db.postings, async () => {
    for (const p of shown) {
      const row = await db.postings.get(p.id);
      if (row && row.followUpAt === p.followUpAt) await db.postings.put({ ...row, remindedAt: now });
    }
  });
}
