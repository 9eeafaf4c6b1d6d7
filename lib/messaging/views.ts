// zod/mini: these views cross into the content script, where every kilobyte is paid on each job page.
import { PostingSignalsSchema } from '../posting/signals-schema';
import * as z from 'zod/mini';
import { PostingSkillSchema } from '../skills/schema';
import { FitSchema } from '../fit/schema';
import { RecommendationSchema } from '../courses/schema';
import { PostingStatusSchema } from '../db/records';
import { CutSchema } from '../posting/cut';

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
  /** Degree, years, work types, licences, training, remote: null for a posting read before them. */
  signals: z.optional(z.nullable(PostingSignalsSchema)),
  /** Read from part of the posting: the panel and the popup say so (lib/posting/cut.ts). */
  cut: z.optional(CutSchema),
  /** Those signals as chips, ready-made in the background (the content script ships no wording for them). */
  chips: z.optional(z.array(z.object({ key: z.string(), label: z.string(), tone: z.string() }))),
});
export type PostingView = z.infer<typeof PostingViewSchema>;

/** A card of a list page to score: the caller's key, the posting's stable id if known, its own text. */
export const CardInputSchema = z.object({
  /** Caller's key for the card, echoed back. */
  key: z.string(),
  /** Stable posting id (`site:jobId` or `url:…`), when the card has one. */
  id: z.nullable(z.string()),
  /** The card's own text (title, company, snippet) for an estimate. */
  text: z.string().check(z.maxLength(5000)),
});
export type CardInput = z.infer<typeof CardInputSchema>;

export const CardScoreSchema = z.object({
  key: z.string(),
  score: z.nullable(z.number()),
  /** true when scored from the full description (seen before or read from a board feed). */
  exact: z.boolean(),
  saved: z.boolean(),
  /** The skills behind the score, by name (a few of each), for the badge's hover and focus text. */
  have: z.optional(z.array(z.string()).check(z.maxLength(12))),
  lack: z.optional(z.array(z.string()).check(z.maxLength(12))),
  /** How many skills (groups of alternatives count once) were scored, and how many of them the user has. */
  of: z.optional(z.number()),
  got: z.optional(z.number()),
});
export type CardScore = z.infer<typeof CardScoreSchema>;

/** A saved posting whose fit changed after the profile did. */
export const RescoredSchema = z.object({
  id: z.string(),
  title: z.string(),
  before: z.nullable(z.number()),
  after: z.nullable(z.number()),
});
export type Rescored = z.infer<typeof RescoredSchema>;

/**
 * A skill found in a text, with the sentence of its first mention (the evidence a person confirms),
 * what kind of skill it is (a licence takes no level), the words that named it, how often it was
 * named, and the years of experience the text gives it.
 */
export const FoundSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  sentence: z.string(),
  kind: z._default(z.string(), 'other'),
  mention: z._default(z.string(), ''),
  mentions: z._default(z.number(), 1),
  years: z._default(z.nullable(z.number()), null),
});
export type FoundSkill = z.infer<typeof FoundSkillSchema>;

/** A skill raised by a finished course. */
export const RaisedSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  from: z.nullable(z.number()),
  to: z.number(),
});
export type RaisedSkill = z.infer<typeof RaisedSkillSchema>;

/** The dashboard's sections, addressed as `dashboard.html#tracker`. */
export const DashboardSectionSchema = z.enum(['welcome', 'profile', 'tracker', 'plan', 'credentials', 'data']);
export type DashboardSection = z.infer<typeof DashboardSectionSchema>;
