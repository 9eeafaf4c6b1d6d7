/**
 * Any site: schema.org JobPosting from JSON-LD, then microdata, then a career page's text when
 * it carries strong job signals. Matches every URL and runs last.
 */
import type { SiteAdapter } from './schema';
import { hasJsonLdPosting, jsonLdOrganizationName, jsonLdPosting } from './jsonld';
import { microdataPosting, microdataScope } from './microdata';
import { detectPageText, pageTextPosting } from './pagetext';
import { companyFromTitle, pickCompany, siteName } from './company';

const selectors = {
  /** Structured data only; the page-text reader's selectors live in pagetext.ts. */
  jsonLd: 'script[type="application/ld+json"]',
  /** A microdata JobPosting scope. */
  microdata: '[itemscope][itemtype*="schema.org/JobPosting" i]',
  /** A hiring organisation named in microdata outside the JobPosting scope. */
  hiringOrganization: '[itemprop="hiringOrganization"]',
} as const;

export default {
  id: 'generic',
  label: 'Any site (structured data or page text)',
  matches: ['<all_urls>'],
  examples: {
    posting: ['https://careers.example.org/jobs/line-cook-1234', 'https://www.example.com/careers/warehouse-associate'],
    none: [
      'https://blog.example.com/2024/05/why-python',
      'https://www.bing.com/search?q=python+jobs',
      'https://www.example.com/',
    ],
  },
  priority: 0,
  // Any site's own numbering: `generic:careers.acme.com:42` is not `generic:jobs.example.org:42`.
  idScope: (url) => url.hostname.toLowerCase(),
  detect(doc, url) {
    if (doc.querySelector(selectors.jsonLd) && hasJsonLdPosting(doc)) return 'posting';
    if (doc.querySelector(selectors.microdata) && microdataScope(doc)) return 'posting';
    return detectPageText(doc, url) ? 'posting' : null;
  },
  extract(doc, url) {
    const posting =
      jsonLdPosting(doc, url, 'generic') ??
      microdataPosting(doc, url, 'generic') ??
      pageTextPosting(doc, url, 'generic');
    // The employer, when the posting's data leaves it out: see company.ts for the order.
    const company =
      posting.company ??
      pickCompany([
        siteName(doc),
        jsonLdOrganizationName(doc),
        doc.querySelector(selectors.hiringOrganization)?.textContent,
        companyFromTitle(doc, posting.title),
      ]);
    return { ...posting, company };
  },
} satisfies SiteAdapter;
