/** File helpers of the "Your data" view: names and formats, no browser APIs. */

/** `skillfit-backup-2026-11-28.json`, dated in UTC so the name does not depend on the time zone. */
export function backupFileName(now: Date): string {
  return `skillfit-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The format of a course-catalog file: by its extension when it has a telling one, else by its
 * first non-blank character (a JSON export starts with `[` or `{`; a CSV starts with a header).
 */
export function catalogFormat(fileName: string, text: string): 'json' | 'csv' {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** A catalog's display name from its file name: "acme-courses.csv" → "acme-courses". */
export function catalogName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim();
  return (base || 'Imported catalog').slice(0, 200);
}

/**
 * Number of distinct rows named in catalog-import messages ("Line 4: …", "Row 2: …"); a row can
 * have several messages. Messages about the whole file count as one.
 */
export function rowsWithProblems(errors: readonly string[]): number {
  return new Set(errors.map((e) => /^(?:Row|Line) \d+/.exec(e)?.[0] ?? 'file')).size;
}
