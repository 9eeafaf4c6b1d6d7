/**
 * Requirement strength and years of experience, from the structure of the posting: the section
 * heading a mention stands under ("Requirements", "Nice to have") and the cue phrases of its
 * clause ("… a plus", "must have …", "3+ years of …").
 */
import type { Requirement } from './schema';

const RANK: Record<Requirement, number> = { unspecified: 0, preferred: 1, required: 2 };

/** The stronger of two requirement strengths (required > preferred > unspecified). */
export function strongest(a: Requirement, b: Requirement): Requirement {
  return RANK[a] >= RANK[b] ? a : b;
}

const PREFERRED_HEADING =
  /\b(nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|preferences|pluses|desirable|desired|good[\s-]to[\s-]haves?|extra credit|additional (?:qualifications|skills)|would be great|would be nice|ideally|it'?s a plus|even better|brownie points|assets?)\b/i;
const REQUIRED_HEADING =
  /\b(requirements?|required|qualifications?|what you(?:'|’)?ll need|what you will need|what you need|what we(?:'|’)?re looking for|what we are looking for|must[\s-]haves?|you have|you bring|you(?:'|’)?ll have|who you are|about you|your profile|your skills|skills(?: and| &) experience|essential|minimum|basic|key skills|experience|competencies|what you bring|we(?:'|’)?re looking for|we are looking for|the ideal candidate|you should have|your background)\b/i;

/** Duties ("Responsibilities", "What you'll do"): not a requirement strength, but the lines name skills the job uses. */
const DUTIES_HEADING =
  /\b(responsibilities|what you(?:'|’)?ll do|what you will do|duties|your role|the role|day[\s-]to[\s-]day|key tasks|your tasks|your impact)\b/i;

/** A heading: a short line, not a sentence, maybe ending with ":" (bullets and markdown stripped). */
function headingOf(line: string): string | null {
  // Cheap exits first: this runs on every line of the text.
  if (line.length > 90 || (line.length > 45 && !line.trimEnd().endsWith(':'))) return null;
  const t = line
    .replace(/^[\s#*•\-–—>]+/, '')
    .replace(/[*_]+/g, '')
    .trim();
  if (!t || t.length > 70) return null;
  const words = t.split(/\s+/);
  if (words.length > 8) return null;
  if (t.endsWith(':')) return t.slice(0, -1);
  // Without a colon: a list item ("- Bartending experience") is never a heading, and a line is
  // one only when all its words are heading words ("Preferred Qualifications", "About you").
  if (/^\s*[-*•–]/.test(line) || /[.,;]$/.test(t)) return null;
  const plain = words.every((w) => HEADING_WORDS.has(w.toLowerCase().replace(/[^a-z'’&+-]/g, '')));
  return plain && (REQUIRED_HEADING.test(t) || PREFERRED_HEADING.test(t) || DUTIES_HEADING.test(t)) ? t : null;
}

const HEADING_WORDS = new Set(
  (
    "requirements requirement required qualifications qualification what you you'll you’ll will need we're we’re are looking for " +
    'must have haves must-have must-haves who about your profile skills skill and & experience essential minimum basic key ' +
    'competencies bring the ideal candidate should background nice to nice-to-have nice-to-haves bonus points preferred ' +
    "preferences pluses plus desirable desired good additional extra credit would be great it's a ideally even better " +
    'brownie assets asset technical our responsibilities do duties role day-to-day day to tasks impact'
  )
    .split(' ')
    .filter(Boolean),
);

/** Section strength for a heading line (`duties` for a responsibilities heading), or null when the line is not a heading. */
function sectionOf(line: string): Requirement | 'duties' | null {
  let h = headingOf(line);
  // An inline heading starts a section too: "Benefits: free meals", "Requirements: 3+ years…".
  // (Checked only when a colon comes early: most lines have none.)
  const colon = line.indexOf(':');
  if (h === null && colon > 0 && colon <= 48) {
    const inline = /^[\s#*]*([A-Za-z][^:.!?]{0,40}):\s*\S/.exec(line)?.[1];
    if (inline && inline.trim().split(/\s+/).length <= 4) h = inline;
  }
  if (h === null) return null;
  if (PREFERRED_HEADING.test(h)) return 'preferred';
  if (REQUIRED_HEADING.test(h)) return 'required';
  if (DUTIES_HEADING.test(h)) return 'duties';
  return 'unspecified';
}

/**
 * For every line start offset, the section strength in force (from the last heading above), and
 * whether the line stands in a section about the job's asks or duties (where even generic skill
 * words like "scheduling" or "communication" are about the work).
 */
export function sectionMap(text: string): { lineStart: number[]; section: Requirement[]; asks: boolean[] } {
  const lineStart: number[] = [];
  const section: Requirement[] = [];
  const asks: boolean[] = [];
  let current: Requirement | 'duties' = 'unspecified';
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    // Only short lines can be headings: no need to cut the others out of the text.
    const s = nl - pos <= 90 ? sectionOf(text.slice(pos, nl)) : null;
    if (s !== null) current = s;
    lineStart.push(pos);
    // A heading line's own words ("Python required:") count for that line too.
    section.push(current === 'duties' ? 'unspecified' : current);
    asks.push(current !== 'unspecified');
    pos = nl + 1;
  }
  return { lineStart, section, asks };
}
