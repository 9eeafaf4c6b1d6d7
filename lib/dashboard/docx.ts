/**
 * The text of a Word document (.docx), for finding skills in a résumé. A .docx is a zip archive;
 * its body is `word/document.xml`, where text runs are `<w:t>`, paragraphs end with `</w:p>`,
 * tabs and line breaks are `<w:tab/>` and `<w:br/>`. Only the text is read — never markup, never
 * HTML — so nothing in the file can run or render. Pure apart from the inflate step, which the
 * caller passes (the browser's DecompressionStream, or Node's in tests).
 */

/** Raw DEFLATE (zip method 8) → bytes. */
export type Inflate = (data: Uint8Array) => Promise<Uint8Array>;

export class DocxError extends Error {
  override name = 'DocxError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip archive: name → where its data is and how it is stored. */
function zipEntries(bytes: Uint8Array): Map<string, { method: number; offset: number; size: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const out = new Map<string, { method: number; offset: number; size: number }>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new DocxError('damaged zip directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new DocxError('damaged zip entry');
    const offset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, { method, offset, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** One file of a zip archive, stored or deflated. */
export async function readZipEntry(bytes: Uint8Array, name: string, inflate: Inflate): Promise<Uint8Array | null> {
  const entry = zipEntries(bytes).get(name);
  if (!entry) return null;
  const data = bytes.subarray(entry.offset, entry.offset + entry.size);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflate(data);
  throw new DocxError(`unsupported zip compression (method ${entry.method})`);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e] ?? whole;
  });
}

/**
 * The text of `word/document.xml`: one line per paragraph, tabs between table cells. Deleted
 * text (tracked changes), field codes and the fallback copies of text boxes are left out.
 */
export function documentXmlText(xml: string): string {
  const body = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  const parts: string[] = [];
  let inText = false;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>|([^<]+)/g)) {
    const [, close, tag, selfClose, text] = m;
    if (text !== undefined) {
      if (inText) parts.push(decodeEntities(text));
      continue;
    }
    if (tag === 'w:t') inText = !close && !selfClose;
    else if (tag === 'w:tab' && !close) parts.push('\t');
    else if ((tag === 'w:br' || tag === 'w:cr') && !close) parts.push('\n');
    else if (tag === 'w:p' && (close || selfClose)) parts.push('\n');
    else if (tag === 'w:tc' && close) parts.push('\t');
  }
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a .docx file. Throws DocxError when the file is not one. */
export async function docxText(bytes: Uint8Array, inflate: Inflate): Promise<string> {
  const xml = await readZipEntry(bytes, 'word/document.xml', inflate);
  if (!xml) throw new DocxError('no word/document.xml: not a Word document');
  return documentXmlText(new TextDecoder().decode(xml));
}

/** Raw DEFLATE with the platform's DecompressionStream (browsers; Node 18+). */
export const inflateRaw: Inflate = async (data) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};
