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

/**
 * Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, newlines inside
 * quotes. Returns rows of raw strings with the 1-based line each row starts on; never throws
 * (an unterminated quote ends the last field at end of input and is reported).
 */
export function parseCsv(
  text: string,
  delimiter = ',',
): { rows: { line: number; cells: string[] }[]; error: string | null } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Spreadsheet exports often start with a BOM.
  const endRow = () => {
    cells.push(field);
    // Skip blank lines (a single empty cell).
    if (!(cells.length === 1 && cells[0]!.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
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
    } else field += ch;
  }
  const error = inQuotes ? `Line ${rowLine}: unterminated quoted field` : null;
  if (field !== '' || cells.length > 0) endRow();
  return { rows, error };
}
