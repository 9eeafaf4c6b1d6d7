import type { PostingRecord } from '../db/records';
import { signalChips } from '../posting/chips';

/**
 * Saved jobs as a spreadsheet: one row per job, with its status history, dates, notes, fit and
 * hiring signals (the chips the panel shows: "No degree required; Part-time; CDL required").
 * Safe to open in a spreadsheet: a cell that would start a formula (`=`, `+`, `-`, `@`, or a tab
 * or carriage return before one) is prefixed with `'`, so page text can never run as a formula.
 */
export const TRACKER_CSV_HEADER = [
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
] as const;

const day = (t: number | null | undefined) => (t ? new Date(t).toISOString().slice(0, 10) : '');

/** One cell, neutralised against formula injection and quoted as RFC 4180 asks. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function trackerCsv(postings: readonly PostingRecord[]): string {
  const rows = postings.map((p) => {
    const applied = p.history.find((h) => h.status === 'applied')?.at ?? null;
    const history = p.history.map((h) => `${day(h.at)} ${h.status}`).join('; ');
    return [
      p.title,
      p.company,
      p.location,
      p.site,
      p.url,
      p.status,
      p.fit,
      p.signals
        ? signalChips(p.signals)
            .map((c) => c.label)
            .join('; ')
        : '',
      day(p.savedAt),
      day(applied),
      history,
      p.notes,
    ];
  });
  // A BOM so that spreadsheet programs read the file as UTF-8 (accents, non-Latin names).
  return `\uFEFF${[TRACKER_CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
