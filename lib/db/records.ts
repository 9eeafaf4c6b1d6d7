// zod/mini: record schemas are part of the protocol, which the content script bundles.
import { PostingSignalsSchema } from '../posting/signals-schema';
import * as z from 'zod/mini';
import { PostingSkillSchema } from '../skills/schema';
import { CourseSchema, HttpsUrlSchema } from '../courses/schema';
import { PostingSchema } from '../sites/schema';
import { CutSchema } from '../posting/cut';

/** A web address a posting may have: http or https, never `javascript:`, `data:`, `file:` or `chrome:`. */
export const WebUrlSchema = z.url({ protocol: /^https?$/ });

/** Levels 1–5, in words a person understands (shown in the profile). */
export { LEVEL_WORDS } from '../fit/policy';
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

/** A posting's skill as stored for scoring: small, so thousands of postings re-score quickly. */
export const StoredSkillSchema = z.pick(PostingSkillSchema, { id: true, requirement: true, years: true, anyOf: true });
export type StoredSkill = z.infer<typeof StoredSkillSchema>;

/** The heavy part of a posting, read only when one posting is shown. */
export const PostingDetailSchema = z.object({
  id: z.string().check(z.minLength(1)),
  description: z.string(),
  skills: z.array(PostingSkillSchema),
});
export type PostingDetail = z.infer<typeof PostingDetailSchema>;

/** What a page (or a feed) tells us about a posting, with its stable id, the skills read from it and its fit. */
export const PostingInputSchema = z.extend(
  z.pick(PostingSchema, {
    site: true,
    jobId: true,
    url: true,
    title: true,
    company: true,
    location: true,
    description: true,
  }),
  {
    id: z.string().check(z.minLength(1)),
    skills: z.array(PostingSkillSchema),
    fit: z.nullable(z.number()),
    signals: z.optional(PostingSignalsSchema),
    /** Read from part of the posting (lib/posting/cut.ts); absent when whole. */
    cut: z.optional(CutSchema),
  },
);
export type PostingInput = z.infer<typeof PostingInputSchema>;

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
  url: WebUrlSchema,
  title: z.string(),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  /** What scoring needs of each skill; mentions and the description live in `details`. */
  skills: z.array(StoredSkillSchema),
  /** Degree, years, work types, licences, training, remote (absent on rows read before them). */
  signals: z.optional(PostingSignalsSchema),
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
  // The job search around a saved posting. Optional, not defaulted: rows written before them read
  // as "not set" (no schema version needed), and code that writes whole rows need not know them.
  /** When the user applied (set with the "Applied" status, or by hand). */
  appliedAt: z.optional(z.nullable(z.number())),
  /** When to follow up (9:00 local time on the chosen day); its reminder fires then. */
  followUpAt: z.optional(z.nullable(z.number())),
  /** When the reminder for `followUpAt` was shown (null: not yet); a new follow-up date clears it. */
  remindedAt: z.optional(z.nullable(z.number())),
  salary: z.optional(z.string()),
  contact: z.optional(z.string()),
  nextStep: z.optional(z.string()),
  /** Its skills were read from part of the posting (lib/posting/cut.ts); absent when whole. */
  cut: z.optional(CutSchema),
  /** Skills read from it that the user said are not skills here ("Not a skill here"): never counted for it. */
  ignored: z.optional(z.array(z.string()).check(z.maxLength(500))),
});
export type PostingRecord = z.infer<typeof PostingRecordSchema>;

/** What the user may write on a saved posting besides its status and notes. */
export const PostingPlanSchema = z.object({
  appliedAt: z.optional(z.nullable(z.number())),
  followUpAt: z.optional(z.nullable(z.number())),
  salary: z.optional(z.string().check(z.maxLength(200))),
  contact: z.optional(z.string().check(z.maxLength(500))),
  nextStep: z.optional(z.string().check(z.maxLength(500))),
});
export type PostingPlan = z.infer<typeof PostingPlanSchema>;

/** A deleted posting, whole, so that Undo can put it back. */
export const DeletedPostingSchema = z.object({ record: PostingRecordSchema, detail: z.nullable(PostingDetailSchema) });
export type DeletedPosting = z.infer<typeof DeletedPostingSchema>;

/** One page of the tracker: sort, filters and paging (defaults give the newest 50 saved postings). */
export const ListQuerySchema = z.object({
  sort: z._default(z.enum(['fit', 'savedAt', 'title']), 'savedAt'),
  dir: z._default(z.enum(['asc', 'desc']), 'desc'),
  status: z.optional(PostingStatusSchema),
  site: z.optional(z.string()),
  minFit: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  search: z.optional(z.string().check(z.maxLength(200))),
  /** Only postings with this hiring signal ("no-degree", "part-time", "apprenticeship", "training"). */
  signal: z.optional(z.enum(['no-degree', 'part-time', 'apprenticeship', 'training'])),
  offset: z._default(z.int().check(z.minimum(0)), 0),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(500)), 50),
});
/** A query with its defaults filled in. */
export type ListQuery = z.output<typeof ListQuerySchema>;

/** What the learning plan keeps of a course: enough to show it and open it, with the catalog's rules (https only). */
export const CourseSnapshotSchema = z.pick(CourseSchema, {
  id: true,
  title: true,
  provider: true,
  url: true,
  skills: true,
  minutes: true,
  /** In person or blended: the plan lists it as a programme to enrol in (absent on rows written before it). */
  format: true,
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

/**
 * Where a credential came from: a course finished here, one the user entered by hand, an Open
 * Badges / Verifiable Credential file, or a licence ticked in a résumé.
 */
export const CredentialSourceSchema = z.enum(['course', 'manual', 'badge', 'resume']);
export type CredentialSource = z.infer<typeof CredentialSourceSchema>;

export const CredentialRecordSchema = z.object({
  id: z.string(),
  /** The course it was earned with (source 'course' only). */
  courseId: z.optional(z.string()),
  title: z.string(),
  /** The course's provider ('' for a credential not earned with a course here). */
  provider: z.string(),
  /** Where to see it; courses always have one, a credential entered by hand may not. */
  url: z.optional(HttpsUrlSchema),
  skills: z.array(z.string()),
  earnedAt: z.number(),
  // Optional fields (rows written before them are courses finished here).
  /** Who issued it (a school, an employer, a licensing board), when the user or the badge says. */
  issuer: z.optional(z.string()),
  /** When it stops being valid (licences, first-aid certificates), or null. */
  expiresAt: z.optional(z.nullable(z.number())),
  source: z.optional(CredentialSourceSchema),
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

/**
 * What the user chose for job pages: badges on list pages, the panel open or collapsed. A panel
 * state not chosen yet (null) opens the panel only where it has room beside the posting's text.
 */
export const SettingsSchema = z.object({ showBadges: z.boolean(), panelCollapsed: z.nullable(z.boolean()) });
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Readonly<Settings> = { showBadges: true, panelCollapsed: null };
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

/** The kinds of user data a backup carries and a deletion is remembered for. */
export const DeletableKindSchema = z.enum(['profile', 'postings', 'catalogs']);
export type DeletableKind = z.infer<typeof DeletableKindSchema>;

/** Something the user deleted: `kind:id` and when. A backup made before then does not bring it back. */
export const DeletionRecordSchema = z.object({
  key: z.string(),
  kind: DeletableKindSchema,
  id: z.string(),
  deletedAt: z.number(),
});
export type DeletionRecord = z.infer<typeof DeletionRecordSchema>;

/** A copy of all user data taken before an import, restorable in one click. `json` is a backup file's text. */
export const SnapshotRecordSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  reason: z.string(),
  json: z.string(),
});
export type SnapshotRecord = z.infer<typeof SnapshotRecordSchema>;
