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

/** The bundled catalog file: a version so readers can migrate, and the courses. */
export const CatalogFileSchema = z.object({
  version: z.literal(1),
  courses: z.array(CourseSchema),
});
export type CatalogFile = z.infer<typeof CatalogFileSchema>;
