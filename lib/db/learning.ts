import type { SkillFitDB } from './database';
import {
  CredentialRecordSchema,
  LearningRecordSchema,
  type CourseSnapshot,
  type CredentialRecord,
  type LearningRecord,
} from './records';
import { parseRows } from './parse';
import { NotFoundError } from './postings';

/** Puts a course on the learning plan as started (idempotent: starting again keeps the first date). */
export async function startCourse(db: SkillFitDB, course: CourseSnapshot, now = Date.now()): Promise<LearningRecord> {
  return db.transaction('rw', db.learning, async () => {
    const prev = await db.learning.get(course.id);
    if (prev) return LearningRecordSchema.parse(prev);
    const record = LearningRecordSchema.parse({
      courseId: course.id,
      course,
      status: 'started',
      startedAt: now,
      completedAt: null,
    });
    await db.learning.put(record);
    return record;
  });
}

export async function listLearning(db: SkillFitDB): Promise<LearningRecord[]> {
  return parseRows(LearningRecordSchema, await db.learning.orderBy('startedAt').reverse().toArray(), 'learning');
}

/**
 * Marks a course completed and records its credential, in one transaction.
 * Completing twice returns the credential earned the first time.
 */
export async function completeCourse(
  db: SkillFitDB,
  courseId: string,
  now = Date.now(),
): Promise<{ learning: LearningRecord; credential: CredentialRecord; first: boolean }> {
  return db.transaction('rw', db.learning, db.credentials, async () => {
    const row = await db.learning.get(courseId);
    if (!row) throw new NotFoundError(`Course ${courseId} is not on the learning plan`);
    const prev = LearningRecordSchema.parse(row);
    const credId = `cred:${courseId}`;
    const existing = await db.credentials.get(credId);
    if (prev.status === 'completed' && existing) {
      return { learning: prev, credential: CredentialRecordSchema.parse(existing), first: false };
    }
    const learning: LearningRecord = { ...prev, status: 'completed', completedAt: now };
    const credential = CredentialRecordSchema.parse({
      id: credId,
      courseId,
      title: prev.course.title,
      provider: prev.course.provider,
      url: prev.course.url,
      skills: prev.course.skills,
      earnedAt: now,
      source: 'course',
    });
    await db.learning.put(learning);
    await db.credentials.put(credential);
    return { learning, credential, first: true };
  });
}

export async function listCredentials(db: SkillFitDB): Promise<CredentialRecord[]> {
  return parseRows(CredentialRecordSchema, await db.credentials.orderBy('earnedAt').reverse().toArray(), 'credentials');
}

/**
 * Records a credential the user already holds (entered by hand, read from a badge file or a
 * résumé). Adding the same id again (the same badge file twice) keeps the first: `first` says which.
 */
export async function addCredential(
  db: SkillFitDB,
  credential: CredentialRecord,
): Promise<{ credential: CredentialRecord; first: boolean }> {
  return db.transaction('rw', db.credentials, async () => {
    const existing = await db.credentials.get(credential.id);
    if (existing) return { credential: CredentialRecordSchema.parse(existing), first: false };
    const record = CredentialRecordSchema.parse(credential);
    await db.credentials.put(record);
    return { credential: record, first: true };
  });
}

/** Removes a credential and returns it, for Undo (`restoreCredential`); the skills it raised stay. */
export async function removeCredential(db: SkillFitDB, id: string): Promise<CredentialRecord | undefined> {
  return db.transaction('rw', db.credentials, async () => {
    const row = await db.credentials.get(id);
    if (!row) return undefined;
    await db.credentials.delete(id);
    return parseRows(CredentialRecordSchema, [row], 'credentials')[0];
  });
}

export async function restoreCredential(db: SkillFitDB, credential: CredentialRecord): Promise<void> {
  await db.credentials.put(CredentialRecordSchema.parse(credential));
}
