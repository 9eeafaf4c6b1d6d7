import { describe, expect, it } from 'vitest';
import { CourseSchema, SEARCH_PROVIDERS, searchActions } from '../../../lib/courses/index';

describe('searchActions', () => {
  it('gives one valid https search per provider, query encoded', () => {
    const actions = searchActions({ id: 'c-sharp', name: 'C# & .NET' });
    expect(actions).toHaveLength(SEARCH_PROVIDERS.length);
    for (const a of actions) {
      expect(CourseSchema.parse(a)).toEqual(a);
      expect(a.source).toBe('search');
      expect(a.skills).toEqual(['c-sharp']);
      expect(a.url).toContain('C%23%20%26%20.NET');
      expect(new URL(a.url).protocol).toBe('https:');
    }
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
  });

  it('uses the short-course filters where the provider has them', () => {
    const byProvider = new Map(
      searchActions({ id: 'forklift', name: 'Forklift' }).map((a) => [a.provider, new URL(a.url)]),
    );
    expect(byProvider.get('Coursera')!.searchParams.getAll('productDurationEnum')).toEqual([
      'Less Than 2 Hours',
      '1-4 Weeks',
    ]);
    expect(byProvider.get('Udemy')!.searchParams.getAll('duration')).toEqual(['extraShort', 'short']);
    expect(byProvider.get('Coursera')!.searchParams.get('query')).toBe('Forklift');
  });

  it('falls back to the id for a blank name', () => {
    expect(searchActions({ id: 'cpr', name: '  ' })[0]!.url).toContain('query=cpr');
  });
});
