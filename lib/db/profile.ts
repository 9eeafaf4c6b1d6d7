import type { SkillFitDB } from './database';
import { ProfileRecordSchema, type Evidence, type ProfileRecord, type SkillSource } from './records';
import { parseRows } from './parse';
import { forgetDeletion, rememberDeletion } from './deletions';

export async function listProfile(db: SkillFitDB): Promise<ProfileRecord[]> {
  return parseRows(ProfileRecordSchema, await db.profile.orderBy('updatedAt').reverse().toArray(), 'profile');
}

/** A skill to add or update: its record's own fields, and what supports it. */
export type SkillInput = Pick<ProfileRecord, 'skillId' | 'name' | 'level' | 'source'> & {
  evidence?: string;
  credentialId?: string;
};

/** Adds a skill or updates its level; evidence accumulates (newest first, at most 10). */
export async function upsertSkill(db: SkillFitDB, input: SkillInput, now = Date.now()): Promise<ProfileRecord> {
  return db.transaction('rw', db.profile, async () => {
    const prev = await db.profile.get(input.skillId);
    const ev: Evidence = {
      source: input.source,
      text: input.evidence ?? (input.source === 'self' ? 'Self-rated' : ''),
      at: now,
      ...(input.credentialId ? { credentialId: input.credentialId } : {}),
    };
    const record = ProfileRecordSchema.parse({
      skillId: input.skillId,
      name: input.name,
      level: input.level,
      // The strongest kind of evidence names the source: a credential beats text beats self-rating.
      source: strongerSource(prev?.source, input.source),
      evidence: [ev, ...(prev?.evidence ?? [])].slice(0, 10),
      updatedAt: now,
    });
    await db.profile.put(record);
    return record;
  });
}

const SOURCE_RANK: Record<SkillSource, number> = { self: 0, text: 1, credential: 2 };
function strongerSource(a: SkillSource | undefined, b: SkillSource): SkillSource {
  return a && SOURCE_RANK[a] > SOURCE_RANK[b] ? a : b;
}

/** Removes a skill and returns it as it was (with its evidence), for Undo; undefined when it was not there. */
export async function removeSkill(
  db: SkillFitDB,
  skillId: string,
  now = Date.now(),
): Promise<ProfileRecord | undefined> {
  return db.transaction('rw', db.profile, db.deletions, async () => {
    const row = await db.profile.get(skillId);
    if (!row) return undefined;
    await db.profile.delete(skillId);
    await rememberDeletion(db, 'profile', skillId, now);
    return parseRows(ProfileRecordSchema, [row], 'profile')[0];
  });
}

/** Undo of a removal: the skill back as it was, evidence included. */
export async function restoreSkill(db: SkillFitDB, record: ProfileRecord): Promise<void> {
  await db.transaction('rw', db.profile, db.deletions, async () => {
    await db.profile.put(ProfileRecordSchema.parse(record));
    await forgetDeletion(db, 'profile', record.skillId);
  });
}

/** The level a finished course brings a skill to: new skills start at 2, held ones go up one step, up to 4. */
export function levelAfterCourse(current: number | undefined): number {
  if (current === undefined) return 2;
  return Math.max(current, Math.min(4, current + 1));
}

/**
 * A licence or certification is held or not: it carries no level of its own. It is stored at the
 * top level so that any posting asking for it (even "3+ years holding a CDL") counts it in full.
 */
export const HELD_CERTIFICATION_LEVEL = 5;

/** The level a credential brings a skill to: a licence or certification is simply held; anything else as a course. */
export function levelFromCredential(kind: string, current: number | undefined): number {
  return kind === 'certification' ? HELD_CERTIFICATION_LEVEL : levelAfterCourse(current);
}
