import type { Course } from './schema';

/**
 * Provider search pages, so every skill has at least one action even with no catalog course.
 * Only URL patterns in long-standing public use; the skill name goes in the query, URL-encoded.
 * `shortFilter` narrows to short courses where the provider has such a filter.
 */
interface SearchProvider {
  key: string;
  provider: string;
  url: (q: string) => string;
  cost: Course['cost'];
  credential: Course['credential'];
}

const enc = encodeURIComponent;

export const SEARCH_PROVIDERS: readonly SearchProvider[] = [
  {
    key: 'coursera',
    provider: 'Coursera',
    // Duration facet: "Less Than 2 Hours" and "1-4 Weeks".
    url: (q) =>
      `https://www.coursera.org/search?query=${enc(q)}&productDurationEnum=Less%20Than%202%20Hours&productDurationEnum=1-4%20Weeks`,
    cost: 'free-audit',
    credential: 'certificate',
  },
  {
    key: 'edx',
    provider: 'edX',
    url: (q) => `https://www.edx.org/search?q=${enc(q)}`,
    cost: 'free-audit',
    credential: 'certificate',
  },
  {
    key: 'linkedin-learning',
    provider: 'LinkedIn Learning',
    url: (q) => `https://www.linkedin.com/learning/search?keywords=${enc(q)}`,
    cost: 'paid',
    credential: 'certificate',
  },
  {
    key: 'alison',
    provider: 'Alison',
    url: (q) => `https://alison.com/courses?query=${enc(q)}`,
    cost: 'free',
    credential: 'certificate',
  },
  {
    key: 'udemy',
    provider: 'Udemy',
    // Duration facet: 0–1 hour ("extraShort") and 1–3 hours ("short").
    url: (q) => `https://www.udemy.com/courses/search/?q=${enc(q)}&duration=extraShort&duration=short`,
    cost: 'unknown',
    credential: 'certificate',
  },
  {
    key: 'khan-academy',
    provider: 'Khan Academy',
    url: (q) => `https://www.khanacademy.org/search?page_search_query=${enc(q)}`,
    cost: 'free',
    credential: 'none',
  },
  {
    key: 'youtube',
    provider: 'YouTube',
    url: (q) => `https://www.youtube.com/results?search_query=${enc(`${q} course`)}`,
    cost: 'free',
    credential: 'none',
  },
];

/**
 * Provider search actions for any skill (source 'search'): one per provider, in a fixed order,
 * with ids `search:<provider>:<skill id>`. Never empty.
 */
export function searchActions(skill: { id: string; name: string }): Course[] {
  const name = skill.name.trim() || skill.id;
  return SEARCH_PROVIDERS.map((p) => ({
    id: `search:${p.key}:${skill.id}`,
    title: `Search ${p.provider} for “${name}”`,
    provider: p.provider,
    url: p.url(name),
    skills: [skill.id],
    minutes: null,
    level: null,
    cost: p.cost,
    credential: p.credential,
    source: 'search' as const,
  }));
}
