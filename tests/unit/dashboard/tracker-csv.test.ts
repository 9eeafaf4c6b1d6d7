import { describe, expect, it } from 'vitest';
import { csvCell, trackerCsv } from '@/lib/dashboard/tracker-csv';
import { parseCsv } from '@/lib/courses/csv';
import type { PostingRecord } from '@/lib/db/records';

const posting = (over: Partial<PostingRecord>): PostingRecord => ({
  id: 'lever:1',
  site: 'lever',
  jobId: '1',
  url: 'https://jobs.lever.co/acme/1',
  title: 'Shift Supervisor',
  company: 'Acme, Inc.',
  location: 'Leeds',
  skills: [],
  fit: 64,
  saved: 1,
  status: 'applied',
  history: [
    { status: 'saved', at: Date.UTC(2026, 10, 1) },
    { status: 'applied', at: Date.UTC(2026, 10, 3) },
  ],
  notes: 'Ask about "rota"\nsecond line',
  seenAt: 0,
  savedAt: Date.UTC(2026, 10, 1),
  updatedAt: 0,
  ...over,
});

describe('tracker CSV', () => {
  it('writes one row per saved job that reads back cell for cell', () => {
    const signals = {
      degree: { level: null, need: 'not-required' as const },
      experienceYears: null,
      workTypes: ['part-time' as const],
      licences: [{ id: 'servsafe', name: 'ServSafe' }],
      training: true,
      tuition: false,
      remote: null,
    };
    const text = trackerCsv([
      posting({ signals }),
      posting({ id: 'lever:2', title: 'Cashier', company: null, fit: null }),
    ]);
    const { rows, errors } = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.cells)).toEqual([
      [
        'Title',
        'Company',
        'Location',
        'Site',
        'Address',
        'Status',
        'Fit',
        'About the job',
        'Saved on',
        'Applied on',
        'Status history',
        'Notes',
      ],
      [
        'Shift Supervisor',
        'Acme, Inc.',
        'Leeds',
        'lever',
        'https://jobs.lever.co/acme/1',
        'applied',
        '64',
        'No degree required; ServSafe required; Part-time; Training provided',
        '2026-11-01',
        '2026-11-03',
        '2026-11-01 saved; 2026-11-03 applied',
        'Ask about "rota"\nsecond line',
      ],
      [
        'Cashier',
        '',
        'Leeds',
        'lever',
        'https://jobs.lever.co/acme/1',
        'applied',
        '',
        '',
        '2026-11-01',
        '2026-11-03',
        '2026-11-01 saved; 2026-11-03 applied',
        'Ask about "rota"\nsecond line',
      ],
    ]);
  });

  it('never lets page text start a formula', () => {
    for (const hostile of ['=HYPERLINK("http://evil.example","x")', '+1+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(hostile);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted.startsWith("'"), hostile).toBe(true);
    }
    expect(csvCell('Line cook')).toBe('Line cook');
    expect(csvCell(-5)).toBe("'-5");
  });
});
