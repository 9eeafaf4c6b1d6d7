import type { Course } from '../../../lib/courses/index';

/** A catalog entry for tests: a paid one-hour certificate teaching skill `a`, unless `extra` says otherwise. */
export function courseEntry(id: string, extra: Partial<Course> = {}): Course {
  return {
    id,
    title: id,
    provider: 'Test',
    url: `https://example.org/${id}`,
    skills: ['a'],
    minutes: 60,
    level: null,
    cost: 'paid',
    credential: 'certificate',
    source: 'curated',
    ...extra,
  };
}
