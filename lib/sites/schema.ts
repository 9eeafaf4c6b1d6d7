// zod/mini: these schemas ship in the content script, where every kilobyte is paid on each job page.
import * as z from 'zod/mini';

/**
 * The longest description a posting carries (characters, about 200 KB of text). Real ones are under
 * 30,000; a page or feed with megabytes in one description would only stall the skill reader, so
 * what enters (adapters' output, feeds, messages) is cut here and says so (`truncated`).
 */
export const MAX_DESCRIPTION = 200_000;

/** Only web links leave an adapter: z.url() alone accepts `javascript:` URLs. */
const isWebUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function buildSiteSchemas() {
  const WebUrl = z.url().check(z.refine(isWebUrl, 'an http(s) URL'));
  const Text = z.nullable(z.string());
  const NonEmpty = z.string().check(z.minLength(1));
  return {
    /**
     * One job posting as read from a page (or a board's public feed).
     * Every string is plain text: adapters never hand page markup onward.
     */
    posting: z.object({
      site: z.string(),
      jobId: Text,
      url: WebUrl,
      title: NonEmpty,
      company: Text,
      location: Text,
      /** Plain text, paragraphs separated by \n; at most MAX_DESCRIPTION characters. */
      description: z.string().check(z.maxLength(MAX_DESCRIPTION)),
      datePosted: Text,
      employmentType: Text,
      /**
       * True when the description is not the posting's whole text: cut at MAX_DESCRIPTION, or the page
       * showed only the site's summary of it (a Lever application form). Absent otherwise.
       */
      truncated: z.optional(z.boolean()),
    }),
    /** The data part of a card, validated by the runner (the element is checked separately). */
    cardData: z.object({
      jobId: Text,
      title: NonEmpty,
      company: Text,
      location: Text,
      url: z.nullable(WebUrl),
    }),
  };
}

let built: ReturnType<typeof buildSiteSchemas> | undefined;
/**
 * The site schemas, built on first use. The job sites' content script starts on every page of
 * those sites (a LinkedIn feed too), and most of them it reads nothing from: it builds these only
 * when it has a posting or cards to check, and takes them from here, never from the constants below.
 */
export function siteSchemas(): ReturnType<typeof buildSiteSchemas> {
  return (built ??= buildSiteSchemas());
}

/** A posting as read from a page or a board's feed (`siteSchemas().posting`). */
export const PostingSchema = /* @__PURE__ */ (() => siteSchemas().posting)();
export type Posting = z.infer<typeof PostingSchema>;

/**
 * A posting whose description fits MAX_DESCRIPTION: longer ones are cut at the last line break (or
 * space) before the limit, never inside a character, and marked `truncated`.
 */
export function capDescription<P extends { description: string; truncated?: boolean }>(p: P): P {
  if (p.description.length <= MAX_DESCRIPTION) return p;
  let end = MAX_DESCRIPTION;
  const head = p.description.slice(0, end);
  const brk = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  if (brk > MAX_DESCRIPTION - 2000) end = brk;
  // A high surrogate left at the end would be half a character.
  else if (/[\ud800-\udbff]/.test(head[end - 1] ?? '')) end--;
  return { ...p, description: p.description.slice(0, end).trimEnd(), truncated: true };
}

/** A card's data (`siteSchemas().cardData`). */
export const CardDataSchema = /* @__PURE__ */ (() => siteSchemas().cardData)();
export type CardData = z.infer<typeof CardDataSchema>;

/** One job on a list page (search results, a board). */
export interface Card extends CardData {
  element: Element;
  /** The element a badge is inserted after/inside. */
  badgeAnchor: Element;
}

/**
 * What the runner found on a page. On list pages whose app also shows one job in a detail pane
 * (LinkedIn `currentJobId`, Indeed `vjk`), `detail` holds that job's posting.
 */
export type PageReading =
  | { kind: 'posting'; adapter: string; posting: Posting }
  | { kind: 'list'; adapter: string; cards: Card[]; detail?: Posting }
  /** Nothing read; `failed` names the site whose own reader broke on the page (so the user is told). */
  | { kind: 'none'; failed?: string };

/** The posting a reading shows: a posting page's, or the job open in a list page's detail pane. */
export function postingOf(reading: PageReading): Posting | null {
  if (reading.kind === 'posting') return reading.posting;
  return reading.kind === 'list' ? (reading.detail ?? null) : null;
}

/**
 * One site's reader (the Zotero-translator pattern): URL match patterns pick candidates,
 * `detect` decides cheaply (never throws), `extract` / `cards` read the page and throw when a
 * required element is missing so the runner can fall back to the next candidate.
 */
export interface SiteAdapter {
  id: string;
  label: string;
  /** WebExtension match patterns, also used for the manifest's content_scripts. */
  matches: readonly string[];
  /** Real example URLs of each page kind (checked by the URL matrix test). */
  examples: { posting?: readonly string[]; list?: readonly string[]; none?: readonly string[] };
  /** Higher runs first. Site adapters use 10, the generic reader 0. */
  priority: number;
  /**
   * For a site whose job ids are unique only within one employer's pages (Workday's requisition ids
   * per tenant, a career site's own numbering): the employer's part of a page URL, which the stable
   * id then includes (`workday:nvidia:R100`), so that two employers' R100 never meet.
   */
  idScope?(url: URL): string | null;
  detect(doc: Document, url: URL): 'posting' | 'list' | null;
  extract?(doc: Document, url: URL): Posting | null;
  cards?(doc: Document, url: URL): Card[];
  /** On list pages: the posting shown in the app's detail pane, if any. */
  detail?(doc: Document, url: URL): Posting | null;
}
