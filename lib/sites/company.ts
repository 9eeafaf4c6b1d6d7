/**
 * The employer's name when a page does not say it plainly. Adapters try the sources in this order
 * (issue 12), and the first that names someone other than a job site wins:
 *   1. JSON-LD `hiringOrganization` (the adapter's structured-data reading),
 *   2. `og:site_name`,
 *   3. the site's own markup ("Careers at NVIDIA" in a Workday header),
 *   4. the `<title>` around the job title ("Data Engineer – Vercel"),
 *   5. the tenant of a hosted career site (`nvidia` of nvidia.wd5.myworkdayjobs.com).
 */
import { metaContent } from './dom';
import { cleanLine, cleanOrNull } from './text';

/**
 * Names that are a job site's or a page's, never an employer's: a `<title>` ends "| LinkedIn",
 * `og:site_name` says "Indeed", a career page's title says "Careers".
 */
const NOT_A_COMPANY =
  /^(?:linkedin|indeed(?:\.com)?|glassdoor|greenhouse|lever|workday|myworkdayjobs|smartrecruiters|ashby|usajobs|monster|ziprecruiter|stepstone|careerbuilder|jobs?|careers?|home|open positions|job (?:board|openings|details|application))$/i;

/** "Careers at NVIDIA", "Jobs at Acme", "Acme Careers", "Acme Jobs" → the name alone (headings and title parts). */
export function companyFromHeading(s: string | null | undefined): string | null {
  const t = cleanLine(s);
  const m =
    /^(?:careers|jobs|job openings|open positions|positions available) (?:at|with) (.+)$/i.exec(t) ??
    /^(.+?) (?:careers|jobs)$/i.exec(t);
  return cleanOrNull(m ? m[1] : t);
}

/** The first candidate that names an employer rather than a job site, cleaned; null when none does. */
export function pickCompany(candidates: readonly (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const name = cleanOrNull(c);
    if (name && !NOT_A_COMPANY.test(name)) return name;
  }
  return null;
}

/** The page's `og:site_name` (a career site's brand; a job board's own name is filtered by pickCompany). */
export const siteName = (doc: Document): string | null => metaContent(doc, 'og:site_name');

/** What separates the parts of a `<title>`: " | ", " – ", " — ", " - ", " · ". */
const SEPARATOR = /\s+[|–—·-]\s+|\s*\|\s*/;
/** Right after the job title, " at " separates too ("Data Engineer at Vercel"). */
const FIRST_SEPARATOR = new RegExp(`^(?:${SEPARATOR.source}|\\s+at\\s+)`, 'i');

/**
 * The employer named beside the job title in the page's `<title>`: "Data Engineer – Vercel",
 * "Graduate Data Engineer | Flow Traders | LinkedIn", "Acme - Senior Engineer". Only a title that
 * starts or ends with the job title counts, and only what lies beyond it is split: job titles hold
 * dashes themselves ("Senior Test Engineer - Autonomous Driving").
 */
export function companyFromTitle(doc: Document, jobTitle: string): string | null {
  // A signed-in tab counts notifications first: "(3) Data Engineer | …".
  const title = cleanLine(doc.querySelector('title')?.textContent).replace(/^\(\d+\+?\)\s*/, '');
  const job = cleanLine(jobTitle);
  if (!title || !job || title.length <= job.length) return null;
  let parts: string[] = [];
  if (title.toLowerCase().startsWith(job.toLowerCase())) {
    const rest = title.slice(job.length);
    const sep = FIRST_SEPARATOR.exec(rest);
    if (sep) parts = rest.slice(sep[0].length).split(SEPARATOR);
  } else if (title.toLowerCase().endsWith(job.toLowerCase())) {
    const rest = title.slice(0, title.length - job.length);
    const sep = new RegExp(`(?:${SEPARATOR.source})$`).exec(rest);
    if (sep) parts = rest.slice(0, sep.index).split(SEPARATOR).reverse();
  }
  return pickCompany(parts.map(companyFromHeading));
}
