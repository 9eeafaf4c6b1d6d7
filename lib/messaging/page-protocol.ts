// zod/mini: shared schemas with the content script's table; classic Zod would be a second copy.
import * as z from 'zod/mini';
import { PlanSchema } from '../courses/schema';
import { StackStepSchema } from '../courses/stack-schema';
import {
  CatalogRecordSchema,
  CredentialRecordSchema,
  DeletedPostingSchema,
  LearningRecordSchema,
  LevelSchema,
  ListQuerySchema,
  PostingDetailSchema,
  PostingPlanSchema,
  PostingRecordSchema,
  PostingStatusSchema,
  ProfileRecordSchema,
  SkillSourceSchema,
} from '../db/records';
import { FoundSkillSchema, PostingViewSchema, RaisedSkillSchema, RescoredSchema } from './views';

const Empty = z.strictObject({});
const Ok = z.object({ ok: z.literal(true) });

/** What a credential changed: the skills it raised and the saved postings re-scored. */
const CreditedSchema = z.object({
  credential: CredentialRecordSchema,
  raised: z.array(RaisedSkillSchema),
  rescored: z.array(RescoredSchema),
});

/** The statuses a plan aims at by default: a job still in play (not rejected, not withdrawn). */
export const PLAN_DEFAULT_STATUSES = ['saved', 'applied', 'interviewing', 'offer'] as const;

/** One board column: a status, how many saved postings match, the first few. */
const BoardColumnSchema = z.object({
  status: PostingStatusSchema,
  total: z.number(),
  items: z.array(PostingRecordSchema),
});

/** A skill to add to the profile, or to change the level of. */
const SkillSetSchema = z.object({
  skillId: z.string(),
  level: LevelSchema,
  source: z._default(SkillSourceSchema, 'self'),
  evidence: z.optional(z.string().check(z.maxLength(2000))),
  /** A `custom:` skill's name (a phrase the taxonomy lacks, as a résumé or a posting wrote it). */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});

/** What only extension pages (popup, dashboard) may ask the background: the user's own data. */
export const pageProtocol = {
  ping: { req: Empty, res: z.object({ version: z.string(), taxonomySize: z.number() }) },

  'posting.get': {
    req: z.object({ id: z.string() }),
    res: z.object({ view: PostingViewSchema, record: PostingRecordSchema, detail: z.nullable(PostingDetailSchema) }),
  },
  'posting.setStatus': { req: z.object({ id: z.string(), status: PostingStatusSchema }), res: PostingRecordSchema },
  'posting.setNotes': {
    req: z.object({ id: z.string(), notes: z.string().check(z.maxLength(20000)) }),
    res: PostingRecordSchema,
  },
  /** The job-search fields of a saved posting (applied on, follow-up, salary, contact, next step); a follow-up arms its reminder. */
  'posting.update': { req: z.extend(PostingPlanSchema, { id: z.string() }), res: PostingRecordSchema },
  'posting.delete': { req: z.object({ id: z.string() }), res: DeletedPostingSchema },
  'posting.restore': { req: DeletedPostingSchema, res: Ok },
  'postings.list': {
    req: ListQuerySchema,
    res: z.object({ total: z.number(), items: z.array(PostingRecordSchema) }),
  },
  /**
   * The job sites of the saved postings, for the tracker's site filter: asked after the first page
   * is on screen (with 10,000 saved jobs finding them takes longer than reading that page).
   */
  'postings.sites': { req: Empty, res: z.object({ sites: z.array(z.string()) }) },
  /** The tracker as a board: per status, the matching count and the first `limit` postings (`more` for opened columns). */
  'postings.board': {
    req: z.object({
      sort: ListQuerySchema.shape.sort,
      dir: ListQuerySchema.shape.dir,
      site: z.optional(z.string()),
      minFit: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
      search: z.optional(z.string().check(z.maxLength(200))),
      signal: ListQuerySchema.shape.signal,
      limit: z._default(z.int().check(z.minimum(1), z.maximum(200)), 20),
      more: z.optional(z.partialRecord(PostingStatusSchema, z.int().check(z.minimum(1), z.maximum(2000)))),
    }),
    res: z.object({ columns: z.array(BoardColumnSchema) }),
  },

  /** The profile, with each skill's kind (a licence or certification is held, without a level). */
  'profile.get': {
    req: Empty,
    res: z.object({ skills: z.array(ProfileRecordSchema), kinds: z._default(z.record(z.string(), z.string()), {}) }),
  },
  'profile.set': { req: SkillSetSchema, res: z.object({ skill: ProfileRecordSchema, rescored: z.number() }) },
  /** Several skills at once (confirmed from a résumé): one write and one re-score for the whole batch. */
  'profile.setMany': {
    req: z.object({ skills: z.array(SkillSetSchema).check(z.maxLength(200)) }),
    res: z.object({ skills: z.array(ProfileRecordSchema), rescored: z.number() }),
  },
  /**
   * Adds a skill the taxonomy lacks, by the user's own name for it ("IV therapy" → `custom:iv-therapy`),
   * matched literally in every posting; a name the taxonomy has adds that skill instead.
   */
  'profile.addCustom': {
    req: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(100)),
      level: LevelSchema,
    }),
    res: z.object({ skill: ProfileRecordSchema, rescored: z.number() }),
  },
  /** Removes a skill; answers with it as it was, so that Undo (`profile.restore`) can put it back. */
  'profile.remove': {
    req: z.object({ skillId: z.string() }),
    res: z.object({ removed: z.nullable(ProfileRecordSchema), rescored: z.number() }),
  },
  'profile.restore': { req: z.object({ record: ProfileRecordSchema }), res: z.object({ rescored: z.number() }) },

  /** The skills the user told SkillFit not to count: never, or in one posting (shown with Undo on the profile). */
  'ignored.list': {
    req: Empty,
    res: z.object({
      never: z.array(z.object({ id: z.string(), name: z.string() })),
      here: z.array(
        z.object({
          postingId: z.string(),
          title: z.string(),
          company: z.nullable(z.string()),
          id: z.string(),
          name: z.string(),
        }),
      ),
    }),
  },
  /** Counts a skill again: everywhere (`postingId` null) or in that posting. */
  'ignored.restore': {
    req: z.object({ skillId: z.string().check(z.minLength(1)), postingId: z.nullable(z.string()) }),
    res: z.object({ rescored: z.number() }),
  },

  'skills.suggest': {
    req: z.object({
      query: z.string().check(z.maxLength(100)),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(50)), 8),
    }),
    res: z.object({ skills: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) }),
  },
  /** How many saved postings ask for each skill, and how many require it (credentials stack toward them). */
  'skills.demand': {
    req: z.object({ skillIds: z.array(z.string()).check(z.maxLength(200)) }),
    res: z.object({
      saved: z.number(),
      demand: z.array(z.object({ id: z.string(), asked: z.number(), required: z.number() })),
    }),
  },
  /** Skill names (a badge's alignments, a certificate's title) → taxonomy skills, by name or alias; null when unknown. */
  'skills.resolve': {
    req: z.object({ names: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)) }),
    res: z.object({
      skills: z.array(
        z.object({
          name: z.string(),
          skill: z.nullable(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
        }),
      ),
    }),
  },
  'skills.fromText': {
    req: z.object({ text: z.string().check(z.maxLength(200_000)) }),
    res: z.object({ found: z.array(FoundSkillSchema) }),
  },

  'learning.list': { req: Empty, res: z.object({ items: z.array(LearningRecordSchema) }) },
  'learning.complete': { req: z.object({ courseId: z.string() }), res: CreditedSchema },
  'credentials.list': { req: Empty, res: z.object({ items: z.array(CredentialRecordSchema) }) },
  /**
   * A credential the user already holds (by hand, from an Open Badges / Verifiable Credential file,
   * or a licence from a résumé): recorded, its skills raised, saved postings re-scored. `key` makes
   * a badge imported twice one credential.
   */
  'credentials.add': {
    req: z.object({
      title: z.string().check(z.minLength(1), z.maxLength(300)),
      issuer: z.optional(z.string().check(z.maxLength(300))),
      earnedAt: z.number(),
      expiresAt: z.optional(z.nullable(z.number())),
      skills: z.array(z.string()).check(z.maxLength(50)),
      url: z.optional(z.string().check(z.maxLength(2000))),
      source: z.enum(['manual', 'badge', 'resume']),
      key: z.optional(z.string().check(z.maxLength(500))),
    }),
    res: z.extend(CreditedSchema, { added: z.boolean() }),
  },
  /** Removes a credential (the skills it raised stay); answers with it for Undo (`credentials.restore`). */
  'credentials.remove': {
    req: z.object({ id: z.string() }),
    res: z.object({ removed: z.nullable(CredentialRecordSchema) }),
  },
  'credentials.restore': { req: z.object({ credential: CredentialRecordSchema }), res: Ok },

  /**
   * The learning plan over the jobs the user aims at: saved postings in `statuses` (default: still
   * in play), less `exclude`. Weighted gaps, the course set, projected average fit, the jobs it
   * covers and, for each course, which of those jobs ask for the gaps it closes.
   */
  'plan.get': {
    req: z.object({
      statuses: z.optional(z.array(PostingStatusSchema).check(z.maxLength(7))),
      exclude: z.optional(z.array(z.string()).check(z.maxLength(5000))),
    }),
    res: z.extend(PlanSchema, {
      postings: z.number(),
      statuses: z.array(PostingStatusSchema),
      /** The saved postings with skills in the chosen statuses (excluded ones too, marked), best fit first. */
      jobs: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          company: z.nullable(z.string()),
          status: PostingStatusSchema,
          fit: z.nullable(z.number()),
          excluded: z.boolean(),
        }),
      ),
      /** Per recommended course: the gaps it closes and the chosen jobs that ask for them. */
      why: z.array(
        z.object({
          courseId: z.string(),
          gaps: z.array(z.object({ id: z.string(), name: z.string() })),
          jobs: z.array(z.string()),
        }),
      ),
    }),
  },

  /**
   * Where the user's credentials and finished courses lead (the catalog's stacks), each next step
   * with the saved jobs still in play it unlocks.
   */
  'stacks.get': { req: Empty, res: z.object({ steps: z.array(StackStepSchema) }) },

  /** The first-run steps the background can see: skills in the profile, a job analysed, the pin step skipped. */
  'welcome.status': {
    req: Empty,
    res: z.object({ skills: z.number(), analysed: z.boolean(), pinSkipped: z.boolean() }),
  },
  'welcome.skipPin': { req: z.object({ skipped: z.boolean() }), res: Ok },
  /** Re-arms follow-up reminders (after the user allowed notifications). */
  'reminders.arm': { req: Empty, res: z.object({ next: z.nullable(z.number()) }) },

  /**
   * An employer's or school's own course list (JSON or CSV export); bad rows are reported, not
   * fatal. A catalog of the same name is replaced only when asked (`ifExists: 'replace'`); by
   * default nothing is imported and `exists` says why, so the page can ask the user.
   */
  'catalog.import': {
    req: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      format: z.enum(['json', 'csv']),
      text: z.string().check(z.maxLength(5_000_000)),
      ifExists: z._default(z.enum(['ask', 'replace']), 'ask'),
    }),
    res: z.object({
      id: z.string(),
      added: z.number(),
      errors: z.array(z.string()),
      exists: z.boolean(),
      replaced: z.boolean(),
    }),
  },
  'catalog.list': {
    req: Empty,
    res: z.object({
      catalogs: z.array(z.object({ id: z.string(), name: z.string(), courses: z.number(), importedAt: z.number() })),
    }),
  },
  /** Removes a catalog; answers with it, so that Undo (`catalog.restore`) can put it back. */
  'catalog.remove': { req: z.object({ id: z.string() }), res: z.object({ removed: z.nullable(CatalogRecordSchema) }) },
  'catalog.restore': { req: z.object({ catalog: CatalogRecordSchema }), res: Ok },

  /**
   * The dashboard changed the database itself (a backup imported or restored, everything deleted):
   * the background reloads imported catalogs and brings every stored fit up to date.
   */
  'data.changed': { req: Empty, res: z.object({ rescored: z.number() }) },
  /** Which of these skill ids the taxonomy does not know (a backup is checked before it is imported). */
  'skills.unknown': {
    req: z.object({ ids: z.array(z.string()).check(z.maxLength(50_000)) }),
    res: z.object({ unknown: z.array(z.string()) }),
  },
} as const;

export type PageProtocol = typeof pageProtocol;
