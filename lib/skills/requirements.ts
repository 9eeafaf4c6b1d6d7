/**
 * Requirement strength and years of experience, from the structure of the posting: the section
 * heading a mention stands under ("Requirements", "Nice to have") and the cue phrases of its
 * clause ("… a plus", "must have …", "3+ years of …").
 */
import {
  DUTIES_HEADING,
  HEADING_WORDS,
  OFFERS_HEADING,
  OFFER_ITEM_MAX_CHARS,
  PREFERRED_HEADING,
  REQUIRED_HEADING,
} from './lexicon';
import type { Requirement } from './schema';

const RANK: Record<Requirement, number> = { mentioned: -1, unspecified: 0, preferred: 1, required: 2 };

/** The stronger of two requirement strengths (required > preferred > unspecified). */
export function strongest(a: Requirement, b: Requirement): Requirement {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A heading line is short: at most this many characters, or HEADING_MAX_CHARS_NO_COLON without a colon. */
const HEADING_MAX_CHARS = 90;
const HEADING_MAX_CHARS_NO_COLON = 45;
/** … and once bullets and markdown are stripped, at most this many characters and words. */
const HEADING_MAX_TEXT = 70;
const HEADING_MAX_WORDS = 8;
/** An inline heading ("Benefits: free meals"): a colon within this many characters, after at most INLINE_HEADING_MAX_WORDS words. */
const INLINE_HEADING_MAX_COLON = 48;
const INLINE_HEADING_MAX_WORDS = 4;
const INLINE_HEADING = /^[\s#*]*([A-Za-z][^:.!?]{0,40}):\s*\S/;

/** A heading: a short line, not a sentence, maybe ending with ":" (bullets and markdown stripped). */
function headingOf(line: string): string | null {
  // Cheap exits first: this runs on every line of the text.
  if (line.length > HEADING_MAX_CHARS || (line.length > HEADING_MAX_CHARS_NO_COLON && !line.trimEnd().endsWith(':')))
    return null;
  const t = line
    .replace(/^[\s#*•\-–—>]+/, '')
    .replace(/[*_]+/g, '')
    .trim();
  if (!t || t.length > HEADING_MAX_TEXT) return null;
  const colon = t.endsWith(':');
  // Without a colon: a list item ("- Bartending experience") is never a heading, and a line is
  // one only when all its words are heading words ("Preferred Qualifications", "About you").
  // Tested before splitting into words: most short lines are sentences ending in "." or items.
  if (!colon && (/^\s*[-*•–]/.test(line) || /[.,;]$/.test(t))) return null;
  const words = t.split(/\s+/);
  if (words.length > HEADING_MAX_WORDS) return null;
  if (colon) return t.slice(0, -1);
  const plain = words.every((w) => HEADING_WORD_SET.has(w.toLowerCase().replace(/[^\p{L}'’&+-]/gu, '')));
  return plain &&
    (REQUIRED_HEADING.test(t) || PREFERRED_HEADING.test(t) || DUTIES_HEADING.test(t) || OFFERS_HEADING.test(t))
    ? t
    : null;
}

const HEADING_WORD_SET: ReadonlySet<string> = new Set(HEADING_WORDS);

/**
 * Section strength for a heading line (`duties` for a responsibilities heading, `offers` for what
 * the company gives: "Benefits", "What we offer"), or null when the line is not a heading.
 */
function sectionOf(line: string): Requirement | 'duties' | 'offers' | null {
  let h = headingOf(line);
  // An inline heading starts a section too: "Benefits: free meals", "Requirements: 3+ years…".
  // (Checked only when a colon comes early: most lines have none.)
  const colon = line.indexOf(':');
  if (h === null && colon > 0 && colon <= INLINE_HEADING_MAX_COLON) {
    const inline = INLINE_HEADING.exec(line)?.[1];
    if (inline && inline.trim().split(/\s+/).length <= INLINE_HEADING_MAX_WORDS) h = inline;
  }
  if (h === null) return null;
  if (PREFERRED_HEADING.test(h)) return 'preferred';
  if (REQUIRED_HEADING.test(h)) return 'required';
  if (DUTIES_HEADING.test(h)) return 'duties';
  if (OFFERS_HEADING.test(h)) return 'offers';
  return 'unspecified';
}

/**
 * False for a line [from, to) sectionOf is sure to turn down, read in place: no colon (so no
 * inline heading), and too long for a heading without one or ending like a sentence or an item
 * (".", ",", ";" before trailing "*", "_" and spaces, which headingOf strips). Most lines of an
 * ad are such, and cutting each out of the text and stripping its markup allocated strings.
 */
function mayBeHeading(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 58 /* : */) return true;
  if (to - from > HEADING_MAX_CHARS_NO_COLON) return false;
  let p = to - 1;
  while (p >= from && STRIPPED_AT_END.has(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  // 46 ".", 44 ",", 59 ";"
  return p < from || (c !== 46 && c !== 44 && c !== 59);
}
/** "*", "_", space, tab, carriage return: gone from a heading's end once its markup is stripped and it is trimmed. */
const STRIPPED_AT_END: ReadonlySet<number> = new Set([42, 95, 32, 9, 13]);

/** Sections by line: see sectionMap. */
export interface SectionMap {
  lineStart: number[];
  section: Requirement[];
  asks: boolean[];
  offers: boolean[];
}

/**
 * For every line start offset, the section strength in force (from the last heading above),
 * whether the line stands in a section about the job's asks or duties (where even generic skill
 * words like "scheduling" or "communication" are about the work), and whether it stands under a
 * heading of what the company offers ("Benefits": "Flex time", "mentoring program", "Lease car"
 * name perks, not skills asked; the heading's line and the short lines after it). A line like the one before it is left out (its section is the
 * last listed start's), so the lists stay short in a long text.
 */
export function sectionMap(text: string): SectionMap {
  const lineStart: number[] = [];
  const section: Requirement[] = [];
  const asks: boolean[] = [];
  const offers: boolean[] = [];
  let current: Requirement | 'duties' | 'offers' = 'unspecified';
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    // Only short lines can be headings: no need to cut the others out of the text.
    const s = nl - pos <= HEADING_MAX_CHARS && mayBeHeading(text, pos, nl) ? sectionOf(text.slice(pos, nl)) : null;
    if (s !== null) current = s;
    // A perks list is short lines; a line of prose after it is the ad again.
    else if (current === 'offers' && nl - pos > OFFER_ITEM_MAX_CHARS) current = 'unspecified';
    // A heading line's own words ("Python required:") count for that line too.
    const strength = current === 'duties' || current === 'offers' ? 'unspecified' : current;
    const ask = strength !== 'unspecified' || current === 'duties';
    const offer = current === 'offers';
    const last = lineStart.length - 1;
    if (last < 0 || section[last] !== strength || asks[last] !== ask || offers[last] !== offer) {
      lineStart.push(pos);
      section.push(strength);
      asks.push(ask);
      offers.push(offer);
    }
    pos = nl + 1;
  }
  return { lineStart, section, asks, offers };
}
