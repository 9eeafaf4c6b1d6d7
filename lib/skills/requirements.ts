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

const PREFERRED_HEADING = /\b(nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|preferences|pluses|desirable|desired|good[\s-]to[\s-]haves?|extra credit|additional (?:qualifications|skills)|would be great|would be nice|ideally|it'?s a plus|even better|brownie points|assets?)\b/i;
const REQUIRED_HEADING = /\b(requirements?|required|qualifications?|what you(?:'|’)?ll need|what you will need|what you need|what we(?:'|’)?re looking for|what we are looking for|must[\s-]haves?|you have|you bring|you(?:'|’)?ll have|who you are|about you|your profile|your skills|skills(?: and| &) experience|essential|minimum|basic|key skills|experience|competencies|what you bring|we(?:'|’)?re looking for|we are looking for|the ideal candidate|you should have|your background)\b/i;

/** A heading: a short line, not a sentence, maybe ending with ":" (bullets and markdown stripped). */
function headingOf(line: string): string | null {
  // Cheap exits first: this runs on every line of the text.
  if (line.length > 90 || (line.length > 45 && !line.trimEnd().endsWith(':'))) return null;
  const t = line.replace(/^[\s#*•\-–—>]+/, '').replace(/[*_]+/g, '').trim();
  if (!t || t.length > 70) return null;
  const words = t.split(/\s+/).length;
  if (words > 8) return null;
  if (t.endsWith(':')) return t.slice(0, -1);
  if (/[.,;]$/.test(t)) return null;
  return words <= 5 && (REQUIRED_HEADING.test(t) || PREFERRED_HEADING.test(t)) ? t : null;
}

/** Section strength for a heading line, or null when the line is not a heading. */
function sectionOf(line: string): Requirement | null {
  const h = headingOf(line);
  if (h === null) return null;
  if (PREFERRED_HEADING.test(h)) return 'preferred';
  if (REQUIRED_HEADING.test(h)) return 'required';
  return 'unspecified';
}

/** For every line start offset, the section strength in force (from the last heading above). */
export function sectionMap(text: string): { lineStart: number[]; section: Requirement[] } {
  const lineStart: number[] = [];
  const section: Requirement[] = [];
  let current: Requirement = 'unspecified';
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    // Only short lines can be headings: no need to cut the others out of the text.
    const s = nl - pos <= 90 ? sectionOf(text.slice(pos, nl)) : null;
    if (s !== null) current = s;
    lineStart.push(pos);
    // A heading line's own words ("Python required:") count for that line too.
    section.push(current);
    pos = nl + 1;
  }
  return { lineStart, section };
}
