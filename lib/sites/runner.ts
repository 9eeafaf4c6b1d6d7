/**
 * The runner: URL match patterns pick candidate adapters, the highest priority first; the first
 * whose detect() says 'posting' or 'list' reads the page. An exception or output that fails
 * validation is logged once with the adapter id and the next candidate runs, ending at the
 * generic adapter. Nothing thrown by an adapter reaches the page.
 */
import { capDescription, siteSchemas, type Card, type PageReading, type Posting, type SiteAdapter } from './schema';
import { matchesAny } from './match';

/** Receives an adapter's failure: its id and what went wrong. */
export type FailureLog = (adapterId: string, err: unknown) => void;

const reported = new Set<string>();
/** Default log: one console warning per adapter per page session, not one per re-detection. */
const warnOnce: FailureLog = (id, err) => {
  if (reported.has(id)) return;
  reported.add(id);
  console.warn(`[skillfit] site adapter "${id}" failed; using the next reader`, err);
};

/** Candidates for a URL, highest priority first (stable for equal priorities). */
export function candidates(adapters: readonly SiteAdapter[], url: URL): SiteAdapter[] {
  return adapters.filter((a) => matchesAny(a.matches, url)).sort((a, b) => b.priority - a.priority);
}

function validPosting(p: Posting | null | undefined, adapterId: string): Posting {
  if (!p) throw new Error(`${adapterId}: extract() found no posting`);
  return siteSchemas().posting.parse(capDescription(p));
}

function validCards(cards: Card[]): Card[] {
  const schema = siteSchemas().cardData;
  return cards.map((c) => {
    const data = schema.parse({
      jobId: c.jobId,
      title: c.title,
      company: c.company,
      location: c.location,
      url: c.url,
    });
    if (!c.element || !c.badgeAnchor) throw new Error('card without element or badge anchor');
    return { ...data, element: c.element, badgeAnchor: c.badgeAnchor };
  });
}

/**
 * readPage over an explicit adapter list (the registry's readPage passes the registry). With
 * `cardsOnly`, only a list's cards are read: a posting is not extracted, a list's detail pane not
 * read (for a page still being parsed, whose texts may be cut mid-way).
 */
export function runAdapters(
  adapters: readonly SiteAdapter[],
  doc: Document,
  href: string,
  log: FailureLog = warnOnce,
  cardsOnly = false,
): PageReading {
  let url: URL;
  try {
    url = new URL(href);
  } catch (err) {
    log('runner', err);
    return { kind: 'none' };
  }
  const logged = new Set<string>();
  const fail = (id: string, err: unknown) => {
    if (logged.has(id)) return;
    logged.add(id);
    try {
      log(id, err);
    } catch {
      /* a throwing logger must not break the page either */
    }
  };
  // The site whose own reader threw, when no other reader then made sense of the page.
  let failed: string | undefined;
  for (const adapter of candidates(adapters, url)) {
    try {
      const kind = adapter.detect(doc, url);
      if (kind === 'posting') {
        if (cardsOnly) return { kind: 'none' };
        if (!adapter.extract) throw new Error('detect() said posting but there is no extract()');
        return { kind: 'posting', adapter: adapter.id, posting: validPosting(adapter.extract(doc, url), adapter.id) };
      }
      if (kind === 'list') {
        if (!adapter.cards) throw new Error('detect() said list but there is no cards()');
        const reading: PageReading = { kind: 'list', adapter: adapter.id, cards: validCards(adapter.cards(doc, url)) };
        if (adapter.detail && !cardsOnly) {
          // The detail pane is a bonus: its failure is logged but keeps the cards.
          try {
            const d = adapter.detail(doc, url);
            if (d) reading.detail = siteSchemas().posting.parse(capDescription(d));
          } catch (err) {
            fail(`${adapter.id}:detail`, err);
          }
        }
        return reading;
      }
    } catch (err) {
      fail(adapter.id, err);
      if (adapter.id !== 'generic') failed ??= adapter.label;
    }
  }
  return failed ? { kind: 'none', failed } : { kind: 'none' };
}
