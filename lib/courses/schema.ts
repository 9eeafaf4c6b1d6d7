import * as z from 'zod/mini';

/** An https address; course links are opened by the user, so plain http is refused. */
export const HttpsUrlSchema = z.url({ protocol: /^https$/ });

/** How a course is taken: online is click-and-done; in person and blended need a place and a time. */
export const CourseFormatSchema = z.enum(['online', 'in-person', 'blended']);
export type CourseFormat = z.infer<typeof CourseFormatSchema>;

/**
 * Where a catalog entry's URL and facts come from. `page`: the provider's own page for this
 * course or credential, the provider's catalog root (no deep link was known to be stable), or
 * the URL as a source list gives it. `checked`: a stored copy of the page was found, only other
 * pages of its site were, or it could not be checked offline.
 */
export const ProvenanceSchema = z.object({
  source: z.string().check(z.minLength(1)),
  page: z.enum(['course', 'catalog-root', 'listed']),
  checked: z.enum(['stored-copy', 'domain-seen', 'unchecked']),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A typical price range in US dollars, as the provider or its approved sellers state it. */
export const PriceSchema = z.object({
  min: z.number().check(z.nonnegative()),
  max: z.number().check(z.nonnegative()),
  currency: z.literal('USD'),
});

/**
 * One learning action: a concrete course (bundled, curated or imported) or a provider search
 * for a skill (`source: 'search'`). `minutes` is the total learning time when the source
 * states it, else null; `skills` are taxonomy ids the course teaches (or the licence it proves).
 * The optional fields (catalog v2) describe credentials: an older catalog or an imported user
 * catalog without them still validates.
 */
export const CourseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  provider: z.string().check(z.minLength(1)),
  url: HttpsUrlSchema,
  skills: z.array(z.string().check(z.minLength(1))),
  minutes: z.nullable(z.int().check(z.positive())),
  level: z.nullable(z.enum(['beginner', 'intermediate', 'advanced'])),
  cost: z.enum(['free', 'free-audit', 'paid', 'unknown']),
  credential: z.enum(['certificate', 'badge', 'none', 'unknown']),
  source: z.enum(['free-programming-books', 'ossu', 'curated', 'user', 'search']),
  format: z.optional(CourseFormatSchema),
  /** A credential employers or a regulator recognise by name (a licence, a certification, a card). */
  recognised: z.optional(z.boolean()),
  price: z.optional(PriceSchema),
  /** Ids of catalog entries this one leads to (food handler → ServSafe Manager). */
  stacksInto: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** College credit, only as the provider states it (ACE, NCCRS recommendations). */
  collegeCredit: z.optional(z.string()),
  sectors: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** A short note in the project's own words: prerequisites, what the credential is. */
  note: z.optional(z.string()),
  provenance: z.optional(ProvenanceSchema),
});
export type Course = z.infer<typeof CourseSchema>;

/** A course to take, the gap skills it improves, and the fit after taking it (and all before it). */
export const RecommendationSchema = z.object({
  course: CourseSchema,
  /** Skill ids among the gaps this course raises (fully or partly). */
  closes: z.array(z.string()),
  /**
   * Fit score (0–100) of the posting after this course and every earlier recommendation, each
   * taught skill counted at level 3; for several postings, the projected average.
   */
  projectedScore: z.number(),
  /**
   * True when the course needs a place and a time (in person or blended: a skills check, a
   * clinical, an exam centre); such a course is never presented as click-and-done.
   */
  inPerson: z.optional(z.boolean()),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** One skill gap across the saved postings, weighted by how much fit it costs. */
export const PlanGapSchema = z.object({ id: z.string(), name: z.string(), weight: z.number(), postings: z.number() });

/** The learning plan over several postings: the course set, the gaps, and the average fit before and after. */
export const PlanSchema = z.object({
  recommendations: z.array(RecommendationSchema),
  gaps: z.array(PlanGapSchema),
  projectedAverage: z.number(),
  currentAverage: z.number(),
});
export type Plan = z.infer<typeof PlanSchema>;

/** The bundled catalog file: a version so readers can migrate, and the courses. */
export const CatalogFileSchema = z.object({
  version: z.literal(1),
  courses: z.array(CourseSchema),
});
export type CatalogFile = z.infer<typeof CatalogFileSchema>;
