/** Reads an HTML string in Node with the extension's own adapters (used by `scan --html`). */
import { parseHTML } from 'linkedom';
import { readPage, type PageReading } from '../lib/sites/index';

/** Parses `html` with linkedom and runs the page readers as if it were loaded from `url`. */
export function readHtml(html: string, url: string, log?: (adapterId: string, err: unknown) => void): PageReading {
  const { document } = parseHTML(html);
  return readPage(document as unknown as Document, url, log ?? (() => {}));
}
