import { formatCount } from './format';

/**
 * Résumé text as the profile reads it: what kind of file was dropped, the text of a PDF from
 * pdf.js's text items, and the length limit, said out loud. Pure.
 */

/** The most text one search reads (the `skills.fromText` limit): about 60 pages of résumé. */
export const MAX_TEXT_CHARS = 200_000;
/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ResumeFileKind = 'pdf' | 'docx' | 'text' | 'doc' | null;

/**
 * The kind of a chosen file, from its first bytes where they tell (`%PDF-`, a zip, an old Word
 * file) and its name otherwise. `null`: not something SkillFit can read.
 */
export function resumeFileKind(name: string, head: Uint8Array): ResumeFileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return ext === 'docx' || ext === '' ? 'docx' : null;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'doc';
  if (['txt', 'text', 'md', 'rtf'].includes(ext)) return ext === 'rtf' ? null : 'text';
  return null;
}

/** What to tell the user when a file cannot be read, by kind. */
export function unreadableFileMessage(name: string, kind: ResumeFileKind): string {
  if (kind === 'doc')
    return `“${name}” is an old Word file (.doc). Save it as .docx or PDF in your word processor, then drop it here again.`;
  return `SkillFit cannot read “${name}”. Drop a PDF, a Word file (.docx) or a plain text file, or paste the text.`;
}

/** A text item of pdf.js's `getTextContent()`: its string, and whether a line ends after it. */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
}

/** The text of a PDF from its pages' text items: lines as pdf.js ends them, a blank line between pages. */
export function pdfItemsText(pages: readonly (readonly PdfTextItem[])[]): string {
  return pages
    .map((items) => items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''))
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a search reads, and a sentence when it had to be cut (never cut silently):
 * `null` when the whole text fits.
 */
export function limitText(text: string): { text: string; note: string | null } {
  if (text.length <= MAX_TEXT_CHARS) return { text, note: null };
  return {
    text: text.slice(0, MAX_TEXT_CHARS),
    note: `This text is ${formatCount(text.length)} characters long; SkillFit reads the first ${formatCount(MAX_TEXT_CHARS)} (about 60 pages). Skills named after that were not searched: paste the rest separately.`,
  };
}
