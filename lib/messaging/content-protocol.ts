// zod/mini, as everywhere in the messaging layer. The job sites' content script takes this table as a
// type only (content-runtime.ts): the background validates what it sends and what it is answered.
import * as z from 'zod/mini';
import { PostingSchema } from '../sites/schema';
import { CourseSnapshotSchema, LearningRecordSchema, SettingsSchema } from '../db/records';
import { MAX_CARDS_PER_REQUEST } from './limits';
import { CardInputSchema, CardScoreSchema, DashboardSectionSchema, PostingViewSchema } from './views';

const Empty = z.strictObject({});
const Ok = z.object({ ok: z.literal(true) });
const PostingId = z.object({ id: z.string(), undo: z.optional(z.boolean()) });

/**
 * What a content script (a job site's page, so never fully trusted) may ask the background.
 * Extension pages may send these too; everything else is in `page-protocol.ts`, refused when a
 * content script sends it.
 */
export const contentProtocol = {
  /** Reads a posting's skills and fit, records it as seen, and answers with what the panel shows. */
  'page.analyze': { req: z.object({ posting: PostingSchema }), res: PostingViewSchema },
  'cards.score': {
    req: z.object({
      /** The list page's address (whether its board has a public feed is the background's call). */
      page: z.url(),
      cards: z.array(CardInputSchema).check(z.maxLength(MAX_CARDS_PER_REQUEST)),
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
  /**
   * Saves a posting into the tracker: a posting read from a page (analysed on the way), or one
   * already analysed, by id, with the corrections of an edited preview.
   */
  'posting.save': {
    req: z.union([
      z.strictObject({ posting: PostingSchema }),
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        title: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
        company: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
        /** From an edited preview: keep only these of the skills found in the posting. */
        keepSkills: z.optional(z.array(z.string()).check(z.maxLength(500))),
      }),
    ]),
    res: PostingViewSchema,
  },
  /** Takes a saved posting out of the tracker (as the tracker's Delete does); with `undo`, puts it back. */
  'posting.unsave': { req: PostingId, res: PostingViewSchema },
  /**
   * The user's word on one skill a posting asks for: `have` adds it to the profile at the level
   * asked; `here` stops it counting for this posting, `everywhere` for every posting. `undo` takes
   * the word back. Answers with the posting's new view.
   */
  'gap.act': {
    req: z.extend(PostingId, { skillId: z.string(), action: z.enum(['have', 'here', 'everywhere']) }),
    res: PostingViewSchema,
  },
  'learning.start': { req: z.object({ course: CourseSnapshotSchema }), res: LearningRecordSchema },
  /** What the user chose for job pages: badges on list pages, the panel collapsed or open. */
  'settings.get': { req: Empty, res: SettingsSchema },
  'settings.set': { req: z.partial(SettingsSchema), res: SettingsSchema },
  /** Opens the dashboard at a section (pages cannot link to extension pages themselves). */
  'dashboard.open': { req: z.object({ section: z._default(DashboardSectionSchema, 'profile') }), res: Ok },
} as const;

export type ContentProtocol = typeof contentProtocol;
export type ContentMessage = keyof ContentProtocol;
