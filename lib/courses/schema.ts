import * as z from 'zod/mini';

/** An https address; course links are opened by the user, so plain http is refused. */
export const HttpsUrlSchema = z.url({ protocol: /^https$/ });

/**
 * One learning action: a concrete course (bundled, curated or imported) or a provider search
 * for a skill (`source: 'search'`). `minutes` is the total learning time when the source
 * states it, else null; `skills` are taxonomy ids the course teaches.
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
