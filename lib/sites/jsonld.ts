/**
 * schema.org JobPosting from JSON-LD: single objects, arrays, `@graph`, `@type` arrays,
 * several script blocks (some of them invalid JSON), HTML or HTML-escaped descriptions.
 * Page JSON is untrusted: only own, known keys are read and nothing is merged into our objects.
 */
import type { Posting } from './schema';
import { pageUrl } from './dom';
import { cleanLine, htmlToText } from './text';

/** A parsed JSON object from the page (read only through `field`). */
export type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An own property of page JSON; never reaches the prototype chain. */
export function field(obj: unknown, key: string): unknown {
  return isObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Escapes raw control characters inside JSON strings (raw newlines in descriptions are common). */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      else if (ch < ' ') {
        out += ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '' : ' ';
        continue;
      }
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}

/** JSON.parse, retried once with raw control characters in strings escaped; undefined if invalid. */
export function parseJsonLenient(text: string): unknown {
  const body = text
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '');
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(escapeControlsInStrings(body));
    } catch {
      return undefined;
    }
  }
}

/**
 * A JSON-LD text field as one clean line. Sites HTML-escape these ("R&amp;D") and some put
 * markup in them, so they go through the HTML reader (tags and script bodies dropped).
 */
const line = (v: unknown): string => {
  const s = str(v);
  return s ? cleanLine(/[<&]/.test(s) ? htmlToText(s) : s) : '';
};
const lineOrNull = (v: unknown): string | null => line(v) || null;

/** Every JSON-LD block of the page that parses. */
export function jsonLdBlocks(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(
    doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]'),
  )) {
    const data = parseJsonLenient(script.textContent ?? '');
    if (data !== undefined) out.push(data);
  }
  return out;
}

/** True when a node's @type (string or array, any schema.org prefix) names `type`. */
export function hasType(node: unknown, type: string): boolean {
  const t = field(node, '@type');
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '') === type);
}

/** Nodes of a given @type anywhere in the blocks (bounded walk: depth 12, 20,000 nodes). */
export function findNodes(blocks: readonly unknown[], type: string): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: { v: unknown; depth: number }[] = blocks.map((v) => ({ v, depth: 0 }));
  let budget = 20_000;
  while (stack.length && budget-- > 0) {
    const { v, depth } = stack.pop()!;
    if (depth > 12) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
    } else if (isObject(v)) {
      if (hasType(v, type)) {
        found.push(v);
        continue;
      }
      for (const key of Object.keys(v).reverse()) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        stack.push({ v: v[key], depth: depth + 1 });
      }
    }
  }
  return found;
}

/** A JSON-LD value as one string: strings, numbers, {@value}, {name}, first of arrays. */
export function str(v: unknown, depth = 0): string | null {
  if (depth > 4) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (isObject(v)) return str(field(v, '@value') ?? field(v, 'value') ?? field(v, 'name'), depth + 1);
  return null;
}

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** "City, Region, Country" for one schema.org Place / PostalAddress / string. */
function placeText(place: unknown): string | null {
  if (typeof place === 'string') return lineOrNull(place);
  const address = field(place, 'address') ?? place;
  if (typeof address === 'string') return lineOrNull(address);
  const parts: string[] = [];
  for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const p = line(field(address, key));
    if (p && !parts.includes(p)) parts.push(p);
  }
  return parts.length ? parts.join(', ') : lineOrNull(field(place, 'name'));
}

/** All job locations, '; '-joined; "Remote" for telecommute postings. */
export function locationText(node: unknown): string | null {
  const places: string[] = [];
  for (const p of asArray(field(node, 'jobLocation')).slice(0, 50)) {
    const t = placeText(p);
    if (t && !places.includes(t)) places.push(t);
  }
  const remote = asArray(field(node, 'jobLocationType')).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  if (remote) places.push('Remote');
  return places.length ? places.join('; ') : null;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

/** schema.org employmentType (string or array, enum or free text) → readable text. */
export function employmentTypeText(v: unknown): string | null {
  const out: string[] = [];
  for (const t of asArray(v).slice(0, 10)) {
    const s = line(t);
    if (!s) continue;
    const key = s.toUpperCase().replace(/[\s-]+/g, '_');
    const label = Object.hasOwn(EMPLOYMENT_TYPES, key) ? EMPLOYMENT_TYPES[key]! : s;
    if (!out.includes(label)) out.push(label);
  }
  return out.length ? out.join(', ') : null;
}

/** Maps one JobPosting node to a Posting; null without a title. */
export function postingFromNode(node: JsonObject, url: URL, site: string): Posting | null {
  const title = line(field(node, 'title')) || line(field(node, 'name'));
  if (!title) return null;
  const org = field(node, 'hiringOrganization');
  const description = str(field(node, 'description'));
  return {
    site,
    jobId: lineOrNull(field(node, 'identifier')),
    url: pageUrl(url),
    title,
    company: lineOrNull(typeof org === 'string' ? org : field(Array.isArray(org) ? org[0] : org, 'name')),
    location: locationText(node),
    description: description ? htmlToText(description) : '',
    datePosted: lineOrNull(field(node, 'datePosted')),
    employmentType: employmentTypeText(field(node, 'employmentType')),
  };
}

/** The first JobPosting of the page's JSON-LD, or null. */
export function jsonLdPosting(doc: Document, url: URL, site: string): Posting | null {
  for (const node of findNodes(jsonLdBlocks(doc), 'JobPosting')) {
    const p = postingFromNode(node, url, site);
    if (p) return p;
  }
  return null;
}

/** Cheap check for detect(): a JobPosting node exists in the page's JSON-LD. */
export function hasJsonLdPosting(doc: Document): boolean {
  return findNodes(jsonLdBlocks(doc), 'JobPosting').length > 0;
}

/** The name of the page's schema.org Organization, if it declares one. */
export function jsonLdOrganizationName(doc: Document): string | null {
  for (const node of findNodes(jsonLdBlocks(doc), 'Organization')) {
    const n = lineOrNull(field(node, 'name'));
    if (n) return n;
  }
  return null;
}
