import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  filterFromParams,
  filterToParams,
  isFiltered,
  pageCount,
  toListQuery,
  TrackerFilterSchema,
} from '../../../lib/dashboard/tracker';
import { backgroundProtocol as protocol } from '../../../lib/messaging/protocol';

describe('tracker query', () => {
  it('maps the default filter to a valid postings.list request, newest saved first', () => {
    const q = toListQuery(DEFAULT_FILTER, 0, 50);
    expect(q).toEqual({ sort: 'savedAt', dir: 'desc', offset: 0, limit: 50 });
    expect(protocol['postings.list'].req.safeParse(q).success).toBe(true);
  });

  it('carries every filter, trims the search and pages by offset', () => {
    const f = TrackerFilterSchema.parse({
      sort: 'fit-desc',
      status: 'applied',
      site: 'lever',
      minFit: 60,
      search: '  nurse ',
    });
    const q = toListQuery(f, 3, 50);
    expect(q).toEqual({
      sort: 'fit',
      dir: 'desc',
      status: 'applied',
      site: 'lever',
      minFit: 60,
      search: 'nurse',
      offset: 150,
      limit: 50,
    });
    expect(protocol['postings.list'].req.safeParse(q).success).toBe(true);
  });

  it('says when a filter narrows the list', () => {
    expect(isFiltered(DEFAULT_FILTER)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTER, search: '   ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTER, minFit: 40 })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTER, status: 'offer' })).toBe(true);
  });

  it('counts pages, never fewer than one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(10_000, 50)).toBe(200);
  });

  it('round-trips through the address and keeps only the fields that differ', () => {
    const f = TrackerFilterSchema.parse({
      sort: 'title-asc',
      status: 'offer',
      site: 'greenhouse',
      minFit: 80,
      search: 'c++ dev',
      signal: 'no-degree',
    });
    const params = filterToParams(f);
    expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual(f);
    expect(filterToParams(DEFAULT_FILTER).toString()).toBe('');
  });

  it('drops bad values from the address instead of failing', () => {
    const f = filterFromParams(new URLSearchParams('sort=bogus&status=applied&minFit=abc&site=lever'));
    expect(f).toEqual({ ...DEFAULT_FILTER, status: 'applied', site: 'lever' });
    expect(filterFromParams(new URLSearchParams('status=hired')).status).toBe('');
  });
});
