/**
 * The field separator of a spreadsheet export, guessed from its first line: comma, or the
 * semicolon that spreadsheets write in locales with a decimal comma, or tab.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const first = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (ch: string) => first.split(ch).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** After this many unclosed quotes the rest of the file is given up on (each one costs a re-read). */
const MAX_RECOVERIES = 50;

/**
 * Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, newlines inside
 * quotes. Returns rows of raw strings with the 1-based line each row starts on; never throws.
 * A quote never closed would swallow the rest of the file: that row is reported and skipped, and
 * reading starts again at the line after it, so the rows that follow are kept.
 */
export function parseCsv(
  text: string,
  delimiter = ',',
): { rows: { line: number; cells: string[] }[]; error: string | null; errors: string[] } {
  const rows: { line: number; cells: string[] }[] = [];
  const errors: string[] = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Spreadsheet exports often start with a BOM.
  let line = 1;
  for (let recoveries = 0; ; recoveries++) {
    const part = readRows(text, at, line, delimiter);
    for (const row of part.rows) rows.push(row); // not push(...): a big file would overflow the stack
    if (part.unclosed === null) break;
    errors.push(`Line ${part.unclosed.line}: a quoted field is never closed; this row was skipped`);
    if (part.unclosed.resumeAt >= text.length || recoveries >= MAX_RECOVERIES) break;
    at = part.unclosed.resumeAt;
    line = part.unclosed.line + 1;
  }
  return { rows, error: errors[0] ?? null, errors };
}

/** The row that began at `rowStart` is bad: go on at the line after its first line. */
function unclosedAt(text: string, line: number, rowStart: number) {
  const newline = text.indexOf('\n', rowStart);
  return { line, resumeAt: newline === -1 ? text.length : newline + 1 };
}

/**
 * Reads rows from `start` to the end; when the end comes inside quotes, leaves the open row out
 * and says where it began and where the line after its first line starts.
 */
function readRows(text: string, start: number, firstLine: number, delimiter: string) {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = firstLine;
  let rowLine = firstLine;
  let rowStart = start;
  const endRow = () => {
    cells.push(field);
    // Skip blank lines (a single empty cell).
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        const next = text[i + 1];
        if (next === '"') {
          field += '"';
          i++;
        } else if (next === undefined || next === delimiter || next === '\n' || next === '\r') inQuotes = false;
        // A quote that does not end its field opens the next row: the quote before it was never
        // closed (two such rows would otherwise pair up and swallow everything between them).
        else return { rows, unclosed: unclosedAt(text, rowLine, rowStart) };
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      rowStart = i + 1;
    } else field += ch;
  }
  if (inQuotes) return { rows, unclosed: unclosedAt(text, rowLine, rowStart) };
  if (field !== '' || cells.length > 0) endRow();
  return { rows, unclosed: null };
}
