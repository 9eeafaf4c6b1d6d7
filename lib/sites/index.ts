/**
 * Page reading for the content script and `scan --html`: the registry, the runner and the ids.
 * Everything here is safe to bundle for the browser (no Node modules, no page globals). The board
 * feeds are not: they are the background's, in feeds.ts.
 */
import { adapters } from './registry';
import { runAdapters, type FailureLog } from './runner';
import type { PageReading } from './schema';

export { adapters } from './registry';
export { PostingSchema, CardDataSchema, postingOf } from './schema';
export type { Posting, Card, CardData, PageReading, SiteAdapter } from './schema';
export { canonicalUrl } from './url';
export { stableId } from './ids';
export { cardText } from './cards';
export { matchesAny } from './match';
export type { FailureLog } from './runner';

/**
 * Reads a page with the registered adapters. Never throws: an adapter failure is reported to
 * `log` (default: one console warning per adapter) and the next candidate runs.
 */
export function readPage(doc: Document, url: string, log?: FailureLog): PageReading {
  return runAdapters(adapters, doc, url, log);
}

/**
 * The cards of a list page that is still being parsed: no posting is extracted, no detail pane
 * read, and nothing logged (a half-parsed page is expected to fail its site's reader).
 */
export function readCardsWhileParsing(doc: Document, url: string): PageReading {
  return runAdapters(adapters, doc, url, () => {}, true);
}

/** Union of the site adapters' match patterns, for the manifest (the generic adapter excluded). */
export const contentScriptMatches: string[] = [
  ...new Set(adapters.filter((a) => a.id !== 'generic').flatMap((a) => a.matches)),
];
