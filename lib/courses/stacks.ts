import type { Course } from './schema';

/**
 * Stacking: where held credentials and courses lead. An entry's `stacksInto` lists the ids of
 * the entries that build on it (food handler → ServSafe Manager; Google IT Support → CompTIA A+).
 * Pure, over any catalog (bundled, imported, or both).
 */

/** One next step: the entry to take, and the held ids that lead to it. */
export interface NextStep {
  course: Course;
  from: string[];
}

/** True when a course needs a place and a time (a skills session, a clinical, a test centre). */
export function isInPerson(course: Pick<Course, 'format'>): boolean {
  return course.format === 'in-person' || course.format === 'blended';
}

/** How a course is taken, in words, when it needs a place and a time; null for online ones. */
export function formatWords(course: Pick<Course, 'format'>): string | null {
  if (course.format === 'in-person') return 'In person';
  if (course.format === 'blended') return 'In person and online';
  return null;
}

/**
 * The entries the held ids stack into, not held already, each with the held ids leading to it:
 * most routes in first, then fewer hours (unknown last), then id. Held ids not in the catalog and
 * stack targets missing from it are skipped.
 */
export function nextSteps(held: Iterable<string>, catalog: readonly Course[]): NextStep[] {
  const have = new Set(held);
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const from = new Map<string, string[]>();
  for (const id of have) {
    for (const to of byId.get(id)?.stacksInto ?? []) {
      if (have.has(to) || !byId.has(to)) continue;
      const list = from.get(to) ?? [];
      if (!list.includes(id)) list.push(id);
      from.set(to, list);
    }
  }
  const minutes = (c: Course) => c.minutes ?? Number.POSITIVE_INFINITY;
  return [...from.entries()]
    .map(([id, ids]) => ({ course: byId.get(id)!, from: ids.sort() }))
    .sort(
      (a, b) =>
        b.from.length - a.from.length || minutes(a.course) - minutes(b.course) || (a.course.id < b.course.id ? -1 : 1),
    );
}

/** The entries that lead to a given one (its prerequisites in the stacking sense). */
export function stacksFrom(id: string, catalog: readonly Course[]): Course[] {
  return catalog.filter((c) => c.stacksInto?.includes(id));
}
