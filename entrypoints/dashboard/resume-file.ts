import { docxText, DocxError, inflateRaw } from '@/lib/dashboard/docx';
import {
  MAX_FILE_BYTES,
  pdfItemsText,
  resumeFileKind,
  unreadableFileMessage,
  type PdfTextItem,
} from '@/lib/dashboard/resume-text';
import { formatCount } from '@/lib/dashboard/format';

/** A résumé file the dashboard could not read, with the sentence to show. */
export class ResumeFileError extends Error {
  override name = 'ResumeFileError';
}

/** The pages a PDF résumé is read up to (a résumé has a few; a book is not one). */
const MAX_PDF_PAGES = 60;

/**
 * The text of a PDF, with pdf.js (loaded only when a PDF is dropped, and only in the dashboard).
 * Only text items are read: nothing in the file is rendered, run or fetched.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  }).promise;
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i));
    }
    return pdfItemsText(pages);
  } finally {
    await doc.destroy();
  }
}

/** Reads a dropped or chosen résumé file to text: PDF, Word (.docx) or plain text. Throws ResumeFileError. */
export async function readResumeFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES)
    throw new ResumeFileError(
      `“${file.name}” is ${formatCount(Math.round(file.size / 1024 / 1024))} MB; SkillFit reads résumé files up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = resumeFileKind(file.name, bytes.subarray(0, 8));
  try {
    if (kind === 'pdf') return await pdfText(bytes);
    if (kind === 'docx') return await docxText(bytes, inflateRaw);
    if (kind === 'text') return new TextDecoder().decode(bytes);
  } catch (e) {
    const why = e instanceof DocxError ? e.message : e instanceof Error ? e.message : String(e);
    throw new ResumeFileError(`SkillFit could not read “${file.name}” (${why}). Paste its text instead.`);
  }
  throw new ResumeFileError(unreadableFileMessage(file.name, kind));
}
