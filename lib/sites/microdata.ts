/**
 * schema.org JobPosting from microdata (`itemscope itemtype=".../JobPosting"` with `itemprop`s),
 * as SmartRecruiters and many career-site builders emit it.
 */
import type { Posting } from './schema';
import { pageUrl } from './dom';
import { employmentTypeText } from './jsonld';
import { cleanLine, cleanOrNull, elementText, htmlToText } from './text';

const SCOPE = '[itemscope][itemtype*="schema.org/JobPosting" i]';

/** The first JobPosting microdata scope of the page. */
export function microdataScope(doc: ParentNode): Element | null {
  return doc.querySelector(SCOPE);
}

/** Properties of `scope` named `name`, not those of nested item scopes. */
function props(scope: Element, name: string): Element[] {
  return Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`)).filter((el) => {
    const owner = el.parentElement?.closest('[itemscope]');
    return owner === scope;
  });
}

/** A property's value per the microdata rules (content, datetime, href/src, else text). */
function value(el: Element, multiline = false): string {
  const content = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
  if (content !== null) return multiline ? htmlToText(content) : cleanLine(content);
  if (el.localName === 'meta') return '';
  if (el.getAttribute('itemscope') !== null) {
    const name = props(el, 'name')[0];
    if (name) return value(name);
    const address = props(el, 'address')[0];
    if (address) return addressText(address);
  }
  return multiline ? elementText(el) : cleanLine(elementText(el));
}

function addressText(el: Element): string {
  const parts: string[] = [];
  for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const p = props(el, key)[0];
    const t = p ? value(p) : '';
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.length ? parts.join(', ') : cleanLine(elementText(el));
}

function first(scope: Element, name: string, multiline = false): string | null {
  for (const el of props(scope, name)) {
    const v = value(el, multiline);
    if (v) return v;
  }
  return null;
}

/** The page's microdata JobPosting as a Posting; null when there is none or it has no title. */
export function microdataPosting(doc: Document, url: URL, site: string): Posting | null {
  const scope = microdataScope(doc);
  if (!scope) return null;
  const title = cleanLine(first(scope, 'title') ?? first(scope, 'name'));
  if (!title) return null;
  const locations: string[] = [];
  for (const el of props(scope, 'jobLocation')) {
    const t =
      el.getAttribute('itemscope') !== null
        ? props(el, 'address')[0]
          ? addressText(props(el, 'address')[0]!)
          : value(el)
        : value(el);
    if (t && !locations.includes(t)) locations.push(t);
  }
  const employment = props(scope, 'employmentType')
    .map((el) => value(el))
    .filter(Boolean);
  return {
    site,
    jobId: cleanOrNull(first(scope, 'identifier')),
    url: pageUrl(url),
    title,
    company: cleanOrNull(first(scope, 'hiringOrganization')),
    location: locations.length ? locations.join('; ') : null,
    description: first(scope, 'description', true) ?? '',
    datePosted: cleanOrNull(first(scope, 'datePosted')),
    employmentType: employmentTypeText(employment),
  };
}
