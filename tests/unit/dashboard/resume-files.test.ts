import { describe, expect, it } from 'vitest';
import { docxText, DocxError, documentXmlText, inflateRaw } from '../../../lib/dashboard/docx';
import { limitText, MAX_TEXT_CHARS, pdfItemsText, resumeFileKind } from '../../../lib/dashboard/resume-text';
import { makeDocx, makePdf, makeZip } from '../../support/resume-files';

describe('résumé files', () => {
  it('reads the paragraphs of a generated .docx, tabs kept, markup never', async () => {
    const file = makeDocx(['Maria Lopez', 'Skills:\tSQL (basic), Excel & Word', '<b>not markup</b>']);
    expect(resumeFileKind('cv.docx', file.subarray(0, 8))).toBe('docx');
    expect(await docxText(new Uint8Array(file), inflateRaw)).toBe(
      'Maria Lopez\nSkills:\tSQL (basic), Excel & Word\n<b>not markup</b>',
    );
  });

  it('reads stored (uncompressed) entries too, and refuses a zip that is not a Word file', async () => {
    const stored = makeZip([
      { name: 'word/document.xml', data: '<w:p><w:r><w:t>Forklift</w:t></w:r></w:p>', stored: true },
    ]);
    expect(await docxText(new Uint8Array(stored), inflateRaw)).toBe('Forklift');
    const other = makeZip([{ name: 'content.xml', data: '<x/>' }]);
    await expect(docxText(new Uint8Array(other), inflateRaw)).rejects.toThrow(DocxError);
    await expect(docxText(new Uint8Array([1, 2, 3, 4]), inflateRaw)).rejects.toThrow(/not a zip/);
  });

  it('leaves out deleted text and fallback copies', () => {
    const xml =
      '<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p><mc:Fallback><w:p><w:r><w:t>copy</w:t></w:r></w:p></mc:Fallback>';
    expect(documentXmlText(xml)).toBe('Kept');
  });

  it('tells files apart by their first bytes, and names old Word files', () => {
    expect(resumeFileKind('cv.bin', makePdf(['x']).subarray(0, 8))).toBe('pdf');
    expect(resumeFileKind('cv.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe('doc');
    expect(resumeFileKind('cv.txt', new TextEncoder().encode('Ran the till'))).toBe('text');
    expect(resumeFileKind('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('joins pdf.js text items into lines and pages', () => {
    expect(
      pdfItemsText([
        [{ str: 'Skills:', hasEOL: false }, { str: ' SQL', hasEOL: true }, { str: 'Excel' }],
        [{ str: 'Page two', hasEOL: true }],
      ]),
    ).toBe('Skills: SQL\nExcel\n\nPage two');
  });

  it('says when a text is cut at the limit, and only then', () => {
    expect(limitText('short')).toEqual({ text: 'short', note: null });
    const long = limitText('a'.repeat(MAX_TEXT_CHARS + 5));
    expect(long.text).toHaveLength(MAX_TEXT_CHARS);
    expect(long.note).toMatch(/reads the first 200,000/);
  });
});
