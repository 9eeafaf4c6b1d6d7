/**
 * The tokenizer shared by the taxonomy builder (to key aliases) and the extractor (to scan text).
 * Both sides must cut text the same way, so this is the only place that decides what a token is.
 *
 * A token is either a run of letters/digits, or one of the symbols that carry meaning in skill
 * names: `+` (C++), `#` (C#, F#), `.` (.NET, Node.js), `/` (CI/CD, TCP/IP), `&` (R&D).
 * Everything else (space, comma, hyphen, brackets, quotes) only separates tokens, so "front-end"
 * and "front end" are the same key.
 */

/** Character classes, indexed by UTF-16 code unit for the ASCII range. */
export const SEP = 0;
export const WORD = 1;
export const SYM = 2;

export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) ASCII_CLASS[c] = WORD;
  else if ('+#./&'.includes(ch)) ASCII_CLASS[c] = SYM;
  else ASCII_CLASS[c] = SEP;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Class of the character at `i` (SEP, WORD or SYM). */
export function charClass(code: number, text: string, i: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? SEP;
  // Surrogate halves and accented letters: treat letters/marks/digits as word characters.
  if (code >= 0xd800 && code <= 0xdfff) return WORD;
  return NON_ASCII_WORD.test(text[i] ?? '') ? WORD : SEP;
}

/**
 * Cuts `text` into tokens, calling `emit(start, end)` with UTF-16 offsets for each one.
 * A callback rather than an array keeps the hot path of the extractor allocation-free.
 */
export function forEachToken(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code, text, i);
    if (cls === SEP) {
      i++;
      continue;
    }
    if (cls === SYM) {
      emit(i, i + 1);
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CLASS[c] !== WORD) break;
      } else if (charClass(c, text, i) !== WORD) break;
      i++;
    }
    emit(start, i);
  }
}

/** Lowercased tokens of a short string (an alias, a query). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // toLowerCase can change length for a few characters (e.g. "İ"); cut the original then.
  const same = lower.length === text.length;
  forEachToken(text, (s, e) => out.push(same ? lower.slice(s, e) : text.slice(s, e).toLowerCase()));
  return out;
}

const SIMPLE_LOWER = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** The lookup key of a name or alias: its tokens joined by single spaces ("C++" -> "c + +"). */
export function normalizeKey(text: string): string {
  // Fast path: most labels ("customer service") already are their own key; loading the
  // taxonomy normalises tens of thousands of them.
  if (SIMPLE_LOWER.test(text)) return text;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return tokenize(text).join(' ');
  // One pass over the lowercased string, no closure: this runs ~30k times at load.
  let out = '';
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const code = lower.charCodeAt(i);
    const cls = code < 128 ? (ASCII_CLASS[code] as number) : charClass(code, lower, i);
    if (cls === SEP) {
      i++;
      continue;
    }
    const start = i++;
    if (cls === WORD) {
      while (i < n) {
        const c = lower.charCodeAt(i);
        if (c < 128 ? ASCII_CLASS[c] !== WORD : charClass(c, lower, i) !== WORD) break;
        i++;
      }
    }
    out = out ? `${out} ${lower.slice(start, i)}` : lower.slice(start, i);
  }
  return out;
}

/** 32-bit hash of a lowercased token; the extractor computes the same value while scanning. */
export function hashToken(tok: string): number {
  let h = tok.charCodeAt(0) | 0;
  for (let i = 1; i < tok.length; i++) h = (Math.imul(h, 31) + tok.charCodeAt(i)) | 0;
  return h;
}
