// No schema here: the panel in the job pages' content script imports this, and a module of schemas
// would build them on every job page.
import type { Course } from '../courses/schema';
import type { CourseSnapshot } from './records';

/** What the learning plan keeps of a catalog entry when it is started or added. */
export function courseSnapshot(course: Course): CourseSnapshot {
  const { id, title, provider, url, skills, minutes, format } = course;
  return { id, title, provider, url, skills, minutes, ...(format ? { format } : {}) };
}
