// zod/mini: the protocol ships in the content script, where every kilobyte is paid on each job page.
import * as z from 'zod/mini';
import { PostingSchema } from '../sites/schema';
import { PostingSkillSchema } from '../skills/schema';
import { FitSchema } from '../fit/schema';
import { CourseSchema } from '../courses/schema';
import {
  CourseSnapshotSchema,
  CredentialRecordSchema,
  LearningRecordSchema,
  PostingDetailSchema,
  PostingRecordSchema,
  PostingStatusSchema,
  ProfileRecordSchema,
  SkillSourceSchema,
  LevelSchema,
} from '../db/records';

// Extension pages and service workers forbid eval (MV3 CSP): never let Zod probe for it.
z.config({ jitless: true });

/** A course suggested for a gap, with the fit the posting would reach once it is done. */
export const RecommendationSchema = z.object({
  course: CourseSchema,
  closes: z.array(z.string()),
  projectedScore: z.number(),
});
export type RecommendationView = z.infer<typeof RecommendationSchema>;

/** A posting as the popup and the on-page panel show it. */
export const PostingViewSchema = z.object({
  id: z.string(),
  site: z.string(),
  url: z.string(),
  title: z.string(),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  skills: z.array(PostingSkillSchema),
  /** null while the profile is empty or the posting names no skills: never a misleading 0. */
  fit: z.nullable(FitSchema),
  saved: z.boolean(),
  status: PostingStatusSchema,
  recommendations: z.array(RecommendationSchema),
  profileEmpty: z.boolean(),
});
export type PostingView = z.infer<typeof PostingViewSchema>;

export const ListQuerySchema = z.object({
  sort: z._default(z.enum(['fit', 'savedAt', 'title']), 'savedAt'),
  dir: z._default(z.enum(['asc', 'desc']), 'desc'),
  status: z.optional(PostingStatusSchema),
  site: z.optional(z.string()),
  minFit: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  search: z.optional(z.string().check(z.maxLength(200))),
  offset: z._default(z.int().check(z.minimum(0)), 0),
  limit: z._default(z.int().check(z.minimum(1), z.maximum(500)), 50),
});

const CardInputSchema = z.object({
  /** Caller's key for the card, echoed back. */
  key: z.string(),
  /** Stable posting id (`site:jobId` or `url:…`), when the card has one. */
  id: z.nullable(z.string()),
  /** The card's own text (title, company, snippet) for an estimate. */
  text: z.string().check(z.maxLength(5000)),
});

export const CardScoreSchema = z.object({
  key: z.string(),
  score: z.nullable(z.number()),
  /** true when scored from the full description (seen before or read from a board feed). */
  exact: z.boolean(),
  saved: z.boolean(),
});
export type CardScore = z.infer<typeof CardScoreSchema>;

const Empty = z.strictObject({});

export const SettingsSchema = z.object({ showBadges: z.boolean(), panelCollapsed: z.boolean() });
export type Settings = z.infer<typeof SettingsSchema>;
const Ok = z.object({ ok: z.literal(true) });

/**
 * The one protocol table: message name → request and response schemas. Every sender and receiver
 * goes through it, and both sides parse what crosses the boundary.
 */
export const protocol = {
  ping: { req: Empty, res: z.object({ version: z.string(), taxonomySize: z.number() }) },

  'page.analyze': { req: z.object({ posting: PostingSchema }), res: PostingViewSchema },
  /** One request per batch of new cards: the background reads the board's feed itself, when it has one. */
  'cards.score': {
    req: z.object({
      /** The list page's address (whether its board has a public feed is the background's call). */
      page: z.url(),
      cards: z.array(CardInputSchema).check(z.maxLength(500)),
      /** Wait for the board's feed however long it takes: the follow-up to a `feedPending` reply. */
      waitForFeed: z.optional(z.boolean()),
    }),
    res: z.object({
      scores: z.array(CardScoreSchema),
      profileEmpty: z.boolean(),
      /** The board's feed was still loading: cards it would score exactly were estimated. */
      feedPending: z.boolean(),
    }),
  },

  'posting.save': {
    req: z.object({
      posting: PostingSchema,
      /** From an edited preview: keep only these of the skills found in the posting. */
      keepSkills: z.optional(z.array(z.string())),
    }),
    res: PostingViewSchema,
  },
  'posting.get': {
    req: z.object({ id: z.string() }),
    res: z.object({ view: PostingViewSchema, record: PostingRecordSchema, detail: z.nullable(PostingDetailSchema) }),
  },
  'posting.setStatus': { req: z.object({ id: z.string(), status: PostingStatusSchema }), res: PostingRecordSchema },
  'posting.setNotes': {
    req: z.object({ id: z.string(), notes: z.string().check(z.maxLength(20000)) }),
    res: PostingRecordSchema,
  },
  'posting.delete': {
    req: z.object({ id: z.string() }),
    res: z.object({ record: PostingRecordSchema, detail: z.nullable(PostingDetailSchema) }),
  },
  'posting.restore': {
    req: z.object({ record: PostingRecordSchema, detail: z.nullable(PostingDetailSchema) }),
    res: Ok,
  },
  'postings.list': {
    req: ListQuerySchema,
    res: z.object({ total: z.number(), items: z.array(PostingRecordSchema), sites: z.array(z.string()) }),
  },

  'profile.get': { req: Empty, res: z.object({ skills: z.array(ProfileRecordSchema) }) },
  'profile.set': {
    req: z.object({
      skillId: z.string(),
      level: LevelSchema,
      source: z._default(SkillSourceSchema, 'self'),
      evidence: z.optional(z.string().check(z.maxLength(2000))),
    }),
    res: z.object({ skill: ProfileRecordSchema, rescored: z.number() }),
  },
  /** Several skills at once (confirmed from a résumé): one re-score for the whole batch. */
  'profile.setMany': {
    req: z.object({
      skills: z
        .array(
          z.object({
            skillId: z.string(),
            level: LevelSchema,
            source: z._default(SkillSourceSchema, 'self'),
            evidence: z.optional(z.string().check(z.maxLength(2000))),
          }),
        )
        .check(z.maxLength(200)),
    }),
    res: z.object({ skills: z.array(ProfileRecordSchema), rescored: z.number() }),
  },
  'profile.remove': {
    req: z.object({ skillId: z.string() }),
    res: z.object({ removed: z.boolean(), rescored: z.number() }),
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
  'skills.fromText': {
    req: z.object({ text: z.string().check(z.maxLength(200_000)) }),
    res: z.object({ found: z.array(z.object({ id: z.string(), name: z.string(), sentence: z.string() })) }),
  },

  'learning.start': { req: z.object({ course: CourseSnapshotSchema }), res: LearningRecordSchema },
  'learning.list': { req: Empty, res: z.object({ items: z.array(LearningRecordSchema) }) },
  'learning.complete': {
    req: z.object({ courseId: z.string() }),
    res: z.object({
      credential: CredentialRecordSchema,
      raised: z.array(z.object({ id: z.string(), name: z.string(), from: z.nullable(z.number()), to: z.number() })),
      rescored: z.array(
        z.object({ id: z.string(), title: z.string(), before: z.nullable(z.number()), after: z.nullable(z.number()) }),
      ),
    }),
  },
  'credentials.list': { req: Empty, res: z.object({ items: z.array(CredentialRecordSchema) }) },

  /** The learning plan over all saved postings: weighted gaps, the course set, projected average fit. */
  'plan.get': {
    req: Empty,
    res: z.object({
      postings: z.number(),
      gaps: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number(), postings: z.number() })),
      recommendations: z.array(RecommendationSchema),
      currentAverage: z.number(),
      projectedAverage: z.number(),
    }),
  },

  /** An employer's or school's own course list (JSON or CSV export); bad rows are reported, not fatal. */
  'catalog.import': {
    req: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      format: z.enum(['json', 'csv']),
      text: z.string().check(z.maxLength(5_000_000)),
    }),
    res: z.object({ id: z.string(), added: z.number(), errors: z.array(z.string()) }),
  },
  'catalog.list': {
    req: Empty,
    res: z.object({
      catalogs: z.array(z.object({ id: z.string(), name: z.string(), courses: z.number(), importedAt: z.number() })),
    }),
  },
  'catalog.remove': { req: z.object({ id: z.string() }), res: Ok },

  /** All user data as one JSON document, and back (merge; a broken file changes nothing). */
  'backup.export': { req: Empty, res: z.object({ json: z.string() }) },
  'backup.import': {
    req: z.object({ text: z.string().check(z.maxLength(200_000_000)) }),
    res: z.object({ counts: z.record(z.string(), z.number()), rescored: z.number() }),
  },

  /** What the user chose for job pages: badges on list pages, the panel collapsed or open. */
  'settings.get': { req: Empty, res: SettingsSchema },
  'settings.set': { req: z.partial(SettingsSchema), res: SettingsSchema },

  /** Opens the dashboard at a section (pages cannot link to extension pages themselves). */
  'dashboard.open': {
    req: z.object({ section: z._default(z.enum(['profile', 'tracker', 'plan', 'credentials', 'data']), 'profile') }),
    res: Ok,
  },

  /** Answered by the content script of a tab (popup → tab): what the page holds. */
  'tab.reading': {
    req: Empty,
    res: z.object({ kind: z.enum(['posting', 'list', 'none']), posting: z.nullable(PostingSchema), cards: z.number() }),
  },
} as const;

/** Messages the content script answers; every other one is the background's. */
export type TabMessage = 'tab.reading';
export type BackgroundMessage = Exclude<MessageName, TabMessage>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Req<K extends MessageName> = z.input<Protocol[K]['req']>;
export type ParsedReq<K extends MessageName> = z.output<Protocol[K]['req']>;
export type Res<K extends MessageName> = z.output<Protocol[K]['res']>;

/** What goes over `runtime.sendMessage`. */
export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export const ErrorCodeSchema = z.enum(['unknown_message', 'bad_request', 'not_found', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(protocol, name);
}
