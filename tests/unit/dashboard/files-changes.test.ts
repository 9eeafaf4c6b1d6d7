import { describe, expect, it } from 'vitest';
import { backupFileName, catalogFormat, catalogName, rowsWithProblems } from '../../../lib/dashboard/files';
import { gain, summarizeCompletion } from '../../../lib/dashboard/changes';
import { formatCount, formatDay, formatMoment } from '../../../lib/dashboard/format';

describe('data files', () => {
  it('dates the backup file in UTC', () => {
    expect(backupFileName(new Date('2026-11-28T23:30:00Z'))).toBe('skillfit-backup-2026-11-28.json');
  });
  it('tells a catalog format by extension, else by content', () => {
    expect(catalogFormat('a.JSON', 'title,url')).toBe('json');
    expect(catalogFormat('a.csv', '[1]')).toBe('csv');
    expect(catalogFormat('export.txt', '\uFEFF  [{"title":"x"}]')).toBe('json');
    expect(catalogFormat('export', 'title,url\nx,y')).toBe('csv');
  });
  it('counts the rows named in import messages, not the messages', () => {
    expect(rowsWithProblems(['Line 3: bad url', 'Line 4: unknown skill "x" ignored', 'Line 4: no known skills'])).toBe(
      2,
    );
    expect(rowsWithProblems(['Row 1: missing url', 'Row 10: missing title', 'Row 1: bad cost'])).toBe(2);
    expect(
      rowsWithProblems(['Line 9: unterminated quoted field', 'CSV header must name at least a title and a url column']),
    ).toBe(2);
    expect(rowsWithProblems([])).toBe(0);
  });
  it('names a catalog after its file', () => {
    expect(catalogName('C:\\Users\\me\\acme-courses.csv')).toBe('acme-courses');
    expect(catalogName('.csv')).toBe('Imported catalog');
  });
});

describe('completion summary', () => {
  it('orders re-scored postings by gain and averages before and after', () => {
    const s = summarizeCompletion({
      credential: {
        id: 'cred:x',
        courseId: 'x',
        title: 'X',
        provider: 'P',
        url: 'https://e.org',
        skills: ['sql'],
        earnedAt: 1,
      },
      raised: [{ id: 'sql', name: 'SQL', from: null, to: 2 }],
      rescored: [
        { id: 'a', title: 'Analyst', before: 50, after: 60 },
        { id: 'b', title: 'Barista', before: null, after: 25 },
        { id: 'c', title: 'Clerk', before: 40, after: 70 },
      ],
    });
    expect(s.rescored.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(s.average).toEqual({ before: 30, after: 52 });
    expect(gain({ before: null, after: null })).toBe(0);
  });
});

describe('formatting', () => {
  it('formats counts, days and moments', () => {
    expect(formatCount(10000)).toBe('10,000');
    const t = Date.UTC(2026, 10, 28, 12, 0);
    expect(formatDay(t, 'en-US')).toMatch(/^Nov 2[789], 2026$/);
    expect(formatMoment(t, 'en-US')).toMatch(/^Nov 2[789], 2026, \d\d:\d\d [AP]M$/);
  });
  it('formats dates with kept formatters exactly as toLocaleDateString and toLocaleString do', () => {
    const day = { year: 'numeric', month: 'short', day: 'numeric' } as const;
    const moment = { ...day, hour: '2-digit', minute: '2-digit' } as const;
    for (const locale of [undefined, 'en-US', 'de-DE', 'ja-JP']) {
      for (let i = 0; i < 20; i++) {
        const t = Date.UTC(2020, 0, 1) + i * 37_000_000_000;
        expect(formatDay(t, locale)).toBe(new Date(t).toLocaleDateString(locale, day));
        expect(formatMoment(t, locale)).toBe(new Date(t).toLocaleString(locale, moment));
      }
    }
  });
});
