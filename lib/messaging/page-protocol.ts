// zod/mini: shared schemas with the content script's table; classic Zod would be a second copy.
import * as z from 'zod/mini';
import { PlanSchema } from '../courses/schema';
import {
  CatalogRecordSchema,
  CredentialRecordSchema,
  DeletedPostingSchema,
  LearningRecordSchema,
  LevelSchema,
  ListQuerySchema,
  PostingDetailSchema,
  PostingRecordSchema,
  PostingStatusSchema,
  ProfileRecordSchema,
  SkillSourceSchema,
} from '../db/records';
import { FoundSkillSchema, PostingViewSchema, RaisedSkillSchema, RescoredSchema } from './views';

const Empty = z.strictObject({});
const Ok = z.object({ ok: z.literal(true) });

/** A skill to add to the profile, or to change the level of. */
const SkillSetSchema = z.object({
  skillId: z.string(),
  level: LevelSchema,
  source: z._default(SkillSourceSchema, 'self'),
  evidence: z.optional(z.string().check(z.maxLength(2000))),
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
  'posting.delete': { req: z.object({ id: z.string() }), res: DeletedPostingSchema },
  'posting.restore': { req: DeletedPostingSchema, res: Ok },
  'postings.list': {
    req: ListQuerySchema,
    res: z.object({ total: z.number(), items: z.array(PostingRecordSchema), sites: z.array(z.string()) }),
  },

  'profile.get': { req: Empty, res: z.object({ skills: z.array(ProfileRecordSchema) }) },
  'profile.set': { req: SkillSetSchema, res: z.object({ skill: ProfileRecordSchema, rescored: z.number() }) },
  /** Several skills at once (confirmed from a résumé): one write and one re-score for the whole batch. */
  'profile.setMany': {
    req: z.object({ skills: z.array(SkillSetSchema).check(z.maxLength(200)) }),
    res: z.object({ skills: z.array(ProfileRecordSchema), rescored: z.number() }),
  },
  /** Removes a skill; answers with it as it was, so that Undo (`profile.restore`) can put it back. */
  'profile.remove': {
    req: z.object({ skillId: z.string() }),
    res: z.object({ removed: z.nullable(ProfileRecordSchema), rescored: z.number() }),
  },
  'profile.restore': { req: z.object({ record: ProfileRecordSchema }), res: z.object({ rescored: z.number() }) },

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
  'skills.fromText': {
    req: z.object({ text: z.string().check(z.maxLength(200_000)) }),
    res: z.object({ found: z.array(FoundSkillSchema) }),
  },

  'learning.list': { req: Empty, res: z.object({ items: z.array(LearningRecordSchema) }) },
  'learning.complete': {
    req: z.object({ courseId: z.string() }),
    res: z.object({
      credential: CredentialRecordSchema,
      raised: z.array(RaisedSkillSchema),
      rescored: z.array(RescoredSchema),
    }),
  },
  'credentials.list': { req: Empty, res: z.object({ items: z.array(CredentialRecordSchema) }) },

  /** The learning plan over all saved postings: weighted gaps, the course set, projected average fit. */
  'plan.get': { req: Empty, res: z.extend(PlanSchema, { postings: z.number() }) },

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
