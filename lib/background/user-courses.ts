import type { BackgroundContext } from './context';
import { CourseSchema } from '../courses/schema';
import * as z from 'zod/mini';

/**
 * Imported catalogs join the bundled one. Read from the database once per service-worker life
 * (and again after an import or removal): every handler that recommends calls this first, so a
 * worker that just woke up never recommends without them.
 */
export async function ensureUserCourses(ctx: BackgroundContext, force = false): Promise<void> {
  if (ctx.engine.userCoursesLoaded && !force) return;
  const rows = await ctx.db.catalogs.toArray();
  const courses = rows
    .flatMap((r) => r.courses)
    .flatMap((c) => {
      const parsed = z.safeParse(CourseSchema, c);
      return parsed.success ? [parsed.data] : [];
    });
  ctx.engine.setUserCourses(courses);
}
