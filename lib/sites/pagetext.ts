/**
 * The last resort of the generic adapter: a career page with no structured data. It only
 * reads a page that shows several independent job signals, so an article about Python, a
 * search results page or a company home page is never taken for a posting.
 */
import type { Posting } from './schema';
import { metaContent, pageUrl, queryFirst } from './dom';
import { jsonLdBlocks, findNodes } from './jsonld';
import { cleanLine, elementText, inlineText } from './text';

const selectors = {
  /** The page's heading: the job title on a career page. */
  heading: 'h1',
  /** Main-content candidates, most specific first (landmarks, then common ids). */
  main: ['main', '[role="main"]', 'article', '#content', '#main', '#job', '.job', '.posting'],
  /** Page chrome left out of the description: landmark tags and roles (checked without selector matching, which is slow on huge pages). */
  chromeTags: ['nav', 'header', 'footer', 'aside', 'form', 'button', 'dialog'],
  chromeRoles: ['navigation', 'banner', 'contentinfo', 'dialog', 'search'],
  /** Apply controls: links, buttons and inputs. */
  applyControls: 'a, button, input[type="submit"], [role="button"]',
  /** Section headings that structure a job description. */
  sectionHeadings: 'h2, h3, h4, h5, strong, b, dt',
} as const;

/** Path words of career pages. Only the path counts: a search query "python jobs" is no signal. */
const JOB_PATH =
  /\/(?:jobs?|careers?|positions?|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|stellen(?:angebote)?|emplois?|empleos?|requisitions?|postings?)(?:[/_.-]|$)/i;
const APPLY_TEXT =
  /^\s*(?:apply(?: now| for (?:this|the) (?:job|position|role))?|apply online|submit (?:your )?application|jetzt bewerben|postuler|postuler maintenant|solicitar|bewerben)\s*$/i;
const SECTION_TEXT =
  /^(?:(?:key |your |main |core |the )?(?:responsibilities|duties|requirements|qualifications|skills|what you(?:'|’)ll do|what you will do|what we(?:'|’)re looking for|what we are looking for|who you are|about (?:the|this) (?:role|position|job)|the role|minimum qualifications|preferred qualifications|basic qualifications|nice to have|benefits|what we offer|job description|role description|your profile|your tasks|aufgaben|anforderungen|profil))\s*:?\s*$/i;
const EMPLOYMENT_TEXT =
  /\b(?:full[- ]time|part[- ]time|temporary|permanent|fixed[- ]term|contract(?:or)? (?:role|position)|internship|apprenticeship|seasonal|per diem|vollzeit|teilzeit)\b/i;
const EMPLOYMENT_LABELS: readonly [RegExp, string][] = [
  [/\bfull[- ]time\b|\bvollzeit\b/i, 'Full-time'],
  [/\bpart[- ]time\b|\bteilzeit\b/i, 'Part-time'],
  [/\binternship\b/i, 'Internship'],
  [/\bapprenticeship\b/i, 'Apprenticeship'],
  [/\btemporary\b|\bseasonal\b|\bfixed[- ]term\b/i, 'Temporary'],
  [/\bcontract(?:or)? (?:role|position)\b/i, 'Contract'],
];

/** The job signals found on a page (exported for tests and for the lead's diagnostics). */
export interface JobSignals {
  path: boolean;
  apply: boolean;
  sections: number;
  employment: boolean;
  article: boolean;
}

export function jobSignals(doc: Document, url: URL, text: string): JobSignals {
  let apply = false;
  for (const el of Array.from(doc.querySelectorAll(selectors.applyControls)).slice(0, 2000)) {
    const label = el.getAttribute('value') ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    if (label.length < 60 && APPLY_TEXT.test(label)) {
      apply = true;
      break;
    }
  }
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(selectors.sectionHeadings)).slice(0, 2000)) {
    const t = cleanLine(el.textContent);
    if (t.length < 60 && SECTION_TEXT.test(t)) seen.add(t.toLowerCase().replace(/:$/, ''));
  }
  const ogType = metaContent(doc, 'og:type');
  const blocks = jsonLdBlocks(doc);
  const article =
    ogType === 'article' || ['Article', 'BlogPosting', 'NewsArticle'].some((t) => findNodes(blocks, t).length > 0);
  return {
    path: JOB_PATH.test(url.pathname),
    apply,
    sections: seen.size,
    employment: EMPLOYMENT_TEXT.test(text.slice(0, 20_000)),
    article,
  };
}

/**
 * Several independent signals are required: at least two job-description sections
 * (Responsibilities, Requirements…) plus two of a job-like path, an apply control and
 * employment-type words; never on an article page. A careers landing page listing many jobs
 * has no such sections, and a blog post rarely has more than one of the others.
 */
export function looksLikePosting(s: JobSignals): boolean {
  if (s.article || s.sections < 2) return false;
  return Number(s.path) + Number(s.apply) + Number(s.employment) >= 2;
}

/** The main content element: the first landmark with substantial text, else the body. */
export function mainContent(doc: Document): Element | null {
  for (const sel of selectors.main) {
    const el = doc.querySelector(sel);
    if (el && (el.textContent ?? '').trim().length > 200) return el;
  }
  return doc.body ?? doc.documentElement;
}

const CHROME_TAGS = new Set<string>(selectors.chromeTags);
const CHROME_ROLES = new Set<string>(selectors.chromeRoles);
const isChrome = (el: Element): boolean =>
  CHROME_TAGS.has(el.localName.toLowerCase()) || CHROME_ROLES.has(el.getAttribute('role') ?? '');

/** The description text of the main content, without navigation and page chrome. */
export function mainText(doc: Document): string {
  const main = mainContent(doc);
  return main ? elementText(main, isChrome) : '';
}

/** True when the page has no structured data but reads as a single job posting. */
export function detectPageText(doc: Document, url: URL): boolean {
  const heading = queryFirst(doc, selectors.heading);
  if (!heading && !metaContent(doc, 'og:title')) return false;
  return looksLikePosting(jobSignals(doc, url, mainText(doc)));
}

/** Reads a career page from its text; throws when it has no title. */
export function pageTextPosting(doc: Document, url: URL, site: string): Posting {
  const title = inlineText(queryFirst(doc, selectors.heading)) || cleanLine(metaContent(doc, 'og:title'));
  if (!title) throw new Error('page text: no heading or og:title');
  let description = mainText(doc);
  // The title opens the main content; the description starts after it.
  if (description.startsWith(title + '\n')) description = description.slice(title.length + 1);
  // Apply links and buttons are controls, not description.
  description = description
    .split('\n')
    .filter((l) => !APPLY_TEXT.test(l))
    .join('\n');
  const label = EMPLOYMENT_LABELS.find(([re]) => re.test(description.slice(0, 20_000)));
  return {
    site,
    jobId: null,
    url: pageUrl(url),
    title,
    // The generic adapter fills the employer in (company.ts): the page text has no place for it.
    company: null,
    location: null,
    description,
    datePosted: null,
    employmentType: label ? label[1] : null,
  };
}
