import type { SkillFitDB } from './database';
import type { DeletableKind } from './records';

export const deletionKey = (kind: DeletableKind, id: string) => `${kind}:${id}`;

/** Remembers that the user deleted a record. Call inside the deleting transaction (`db.deletions` in scope). */
export async function rememberDeletion(db: SkillFitDB, kind: DeletableKind, id: string, now: number): Promise<void> {
  await db.deletions.put({ key: deletionKey(kind, id), kind, id, deletedAt: now });
}

/** Forgets a deletion (the record was restored by Undo, or imported on purpose). */
export async function forgetDeletion(db: SkillFitDB, kind: DeletableKind, id: string): Promise<void> {
  await db.deletions.delete(deletionKey(kind, id));
}
