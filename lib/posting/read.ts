/**
 * A posting read as a recruiter reads it: the extractor's skills placed in the posting's sections
 * (a skill named only in the title, the company blurb, the benefits, legal text or how to apply is
 * `mentioned`), alternatives grouped (`anyOf`), each skill's evidence (the sentence it was read
 * from), and the skills-based hiring signals (degree, years, work types, licences, training,
 * tuition, remote). Pure; linear in the text and the mentions.
 */
import type { PostingSkill, SkillKind } from '../skills/schema';
import { alternativeGroups } from './alternatives';
import { asks, postingSections, sectionAt, type SectionLine } from './sections';
import { readSignals, type HiringSignals } from './signals';

/** A licence or certification the posting demands. */
export interface Licence {
  id: string;
  name: string;
}

export type PostingSignals = HiringSignals & { licences: Licence[] };

export interface PostingReading {
  skills: PostingSkill[];
  signals: PostingSignals;
}

/** Taxonomy kinds a posting demands as papers rather than skills: held or not, never at a level. */
const LICENCE_KINDS: ReadonlySet<string> = new Set(['certification', 'licence']);
export const isLicenceKind = (kind: string | undefined): boolean => LICENCE_KINDS.has(kind ?? '');

/** The longest evidence kept: a sentence, or this much of it around the mention. */
export const EVIDENCE_MAX = 240;

/**
 * Reads `skills` (from extractSkills over `text`) in the posting's structure. `titleFirst`: the
 * first line of `text` is the posting's title (the extension reads `title + "\n" + description`).
 * `kindOf` tells licences and certifications apart (the taxonomy's kind of a skill id).
 */
export function readPosting(
  text: string,
  skills: readonly PostingSkill[],
  opts: { titleFirst: boolean; kindOf?: (id: string) => SkillKind | undefined },
): PostingReading {
  const lines = postingSections(text, opts);
  const counted = new Map<string, PostingSkill['mentions']>();
  for (const s of skills)
    counted.set(
      s.id,
      s.mentions.filter((m) => asks(sectionAt(lines, m.start))),
    );
  const groups = alternativeGroups(
    text,
    skills.flatMap((s) => counted.get(s.id)!.map((m) => ({ id: s.id, start: m.start, end: m.end }))),
  );
  const out = skills.map((s): PostingSkill => {
    const asked = counted.get(s.id)!;
    const first = asked[0] ?? s.mentions[0];
    const requirement = asked.length === 0 ? 'mentioned' : askedRequirement(s.requirement, asked, lines);
    return {
      ...s,
      requirement,
      anyOf: requirement === 'mentioned' ? null : (groups.get(s.id) ?? null),
      ...(first ? { evidence: sentenceAround(text, first.start, first.end) } : {}),
    };
  });
  const signals = readSignals(text);
  // A degree the posting waives ("no degree required", "or equivalent experience") is not a gap.
  const waived = signals.degree.need === 'not-required' || signals.degree.need === 'or-equivalent';
  for (const s of out) {
    if (!isDegree(s)) continue;
    if (waived) s.requirement = 'mentioned';
    else if (signals.degree.need === 'preferred' && s.requirement !== 'mentioned') s.requirement = 'preferred';
    if (s.requirement === 'mentioned') s.anyOf = null;
  }
  const licences = out
    .filter((s) => s.requirement !== 'mentioned' && isLicenceKind(opts.kindOf?.(s.id)))
    .map(({ id, name }) => ({ id, name }));
  return { skills: out, signals: { ...signals, licences } };
}

/** A degree named as a skill ("Bachelor's degree"): the degree signal decides how it counts. */
function isDegree(s: PostingSkill): boolean {
  return /(?:^|-)(?:degree|bachelors?|masters?|doctorate|phd)(?:-|$)/.test(s.id);
}

/**
 * The extractor's strength, unless the posting's sections say more: a skill with no cue named only
 * under a preferred heading is preferred; one named under the requirements is required.
 */
function askedRequirement(
  found: PostingSkill['requirement'],
  asked: PostingSkill['mentions'],
  lines: readonly SectionLine[],
): PostingSkill['requirement'] {
  if (found !== 'unspecified') return found;
  const kinds = new Set(asked.map((m) => sectionAt(lines, m.start)));
  if (kinds.has('requirements')) return 'required';
  if (kinds.size === 1 && kinds.has('preferred')) return 'preferred';
  return found;
}

/** How far from a mention a sentence's ends are looked for: the work per skill stays bounded. */
const LOOK = 2 * EVIDENCE_MAX;

/** The sentence (or list item) holding `start..end`, trimmed of bullets, at most EVIDENCE_MAX characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - LOOK);
  const before = text.slice(lo, start);
  let from = lo;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === '\n' || (/[.!?]/.test(c) && /\s/.test(before[i + 1] ?? ' '))) {
      from = lo + i + 1;
      break;
    }
  }
  const after = text.slice(end, Math.min(text.length, end + LOOK));
  const stop = /[.!?](?=\s|$)|\n/.exec(after);
  const to = stop ? end + stop.index + (stop[0] === '\n' ? 0 : 1) : end + after.length;
  const sentence = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*•·▪◦–—]\s*/, '');
  if (sentence.length <= EVIDENCE_MAX) return sentence;
  // A run-on sentence: the part around the mention.
  const at = Math.max(from, start - EVIDENCE_MAX / 2);
  return `…${text
    .slice(at, at + EVIDENCE_MAX)
    .replace(/\s+/g, ' ')
    .trim()}…`;
}
