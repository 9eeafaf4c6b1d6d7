// zod/mini: record schemas are part of the protocol, which the content script bundles.
import * as z from 'zod/mini';
import { PostingSkillSchema } from '../skills/schema';

/** Levels 1–5, in words a person understands (shown in the profile). */
export const LEVEL_WORDS = ['', 'Beginner', 'Some practice', 'Comfortable', 'Strong', 'Expert'] as const;
export const LevelSchema = z.int().check(z.minimum(1), z.maximum(5));

export const SkillSourceSchema = z.enum(['self', 'text', 'credential']);
export type SkillSource = z.infer<typeof SkillSourceSchema>;

export const EvidenceSchema = z.object({
  source: SkillSourceSchema,
  /** What supports the skill: the sentence it was found in, a credential title, or "Self-rated". */
  text: z.string().check(z.maxLength(2000)),
  at: z.number(),
  credentialId: z.optional(z.string()),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ProfileRecordSchema = z.object({
  skillId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  level: LevelSchema,
  source: SkillSourceSchema,
  evidence: z.array(EvidenceSchema),
  updatedAt: z.number(),
});
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;

/** A posting's skill as kept for scoring: small, so thousands of postings re-score quickly. */
export const ScoredSkillSchema = z.pick(PostingSkillSchema, { id: true, requirement: true, years: true });
export type ScoredSkill = z.infer<typeof ScoredSkillSchema>;

/** The heavy part of a posting, read only when one posting is shown. */
export const PostingDetailSchema = z.object({
  id: z.string().check(z.minLength(1)),
  description: z.string(),
  skills: z.array(PostingSkillSchema),
});
export type PostingDetail = z.infer<typeof PostingDetailSchema>;

export const PostingStatusSchema = z.enum([
  'seen',
  'saved',
  'applied',
  'interviewing',
  'offer',
  'rejected',
  'withdrawn',
]);
export type PostingStatus = z.infer<typeof PostingStatusSchema>;

export const PostingRecordSchema = z.object({
  /** Stable id: `site:jobId`, else `url:` + canonical URL. */
  id: z.string().check(z.minLength(1)),
  site: z.string(),
  jobId: z.nullable(z.string()),
  url: z.string(),
  title: z.string(),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  /** What scoring needs of each skill; mentions and the description live in `details`. */
  skills: z.array(ScoredSkillSchema),
  /** Current fit 0–100, or null while the profile is empty or the posting has no skills. */
  fit: z.nullable(z.number()),
  /** 1 when saved into the tracker; 0 for postings only seen while browsing (IndexedDB cannot index booleans). */
  saved: z.union([z.literal(0), z.literal(1)]),
  status: PostingStatusSchema,
  history: z.array(z.object({ status: PostingStatusSchema, at: z.number() })),
  notes: z.string(),
  seenAt: z.number(),
  savedAt: z.nullable(z.number()),
  updatedAt: z.number(),
});
export type PostingRecord = z.infer<typeof PostingRecordSchema>;

export const CourseSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  url: z.string(),
  skills: z.array(z.string()),
  minutes: z.nullable(z.number()),
});
export type CourseSnapshot = z.infer<typeof CourseSnapshotSchema>;

export const LearningRecordSchema = z.object({
  courseId: z.string(),
  course: CourseSnapshotSchema,
  status: z.enum(['started', 'completed']),
  startedAt: z.number(),
  completedAt: z.nullable(z.number()),
});
export type LearningRecord = z.infer<typeof LearningRecordSchema>;

export const CredentialRecordSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  title: z.string(),
  provider: z.string(),
  url: z.string(),
  skills: z.array(z.string()),
  earnedAt: z.number(),
});
export type CredentialRecord = z.infer<typeof CredentialRecordSchema>;

export const CatalogRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  importedAt: z.number(),
  /** Validated on import with the course schema; kept loose here so a catalog never blocks the database. */
  courses: z.array(z.unknown()),
});
export type CatalogRecord = z.infer<typeof CatalogRecordSchema>;

export const SettingRecordSchema = z.object({ key: z.string(), value: z.unknown() });
export type SettingRecord = z.infer<typeof SettingRecordSchema>;

export const FeedCacheRecordSchema = z.object({
  /** `site:board`, e.g. `greenhouse:acme`. */
  key: z.string(),
  /** When the feed was last read successfully (0: never). */
  fetchedAt: z.number(),
  /** When it was last asked for, successful or not (rate limit). */
  attemptedAt: z.optional(z.number()),
  postings: z.array(z.unknown()),
});
export type FeedCacheRecord = z.infer<typeof FeedCacheRecordSchema>;
