/**
 * extractSkills: posting text -> one entry per distinct skill, in order of first mention, with
 * UTF-16 mention offsets, requirement strength and stated years of experience.
 */
import { applyContext } from './context';
import { findCandidates, indexFor, tokenizeText } from './matcher';
import { ClauseIndex, lastAtOrBefore } from './clauses';
import { findYears, sectionMap, strongest } from './requirements';
import type { PostingSkill } from './schema';
import { loadTaxonomy, type Taxonomy } from './taxonomy';

/** One pass over the text. Returns one entry per distinct skill, in order of first mention. */
export function extractSkills(text: string, taxonomy: Taxonomy = loadTaxonomy()): PostingSkill[] {
  const idx = indexFor(taxonomy);
  const tokens = tokenizeText(text);
  const clauses = new ClauseIndex(text, tokens);
  const candidates = applyContext(text, tokens, findCandidates(idx, tokens), idx.skill, clauses);
  if (candidates.length === 0) return [];

  const sections = sectionMap(text);
  const bySkill = new Map<number, PostingSkill>();
  const out: PostingSkill[] = [];
  for (const c of candidates) {
    const start = tokens.start[c.first] ?? 0;
    const end = tokens.end[c.last - 1] ?? start;
    const section = sections.section[lastAtOrBefore(sections.lineStart, start)] ?? 'unspecified';
    // Explicit cue, else the section, else an implicit cue ("Strong JS").
    const requirement = clauses.cue(start, false) ?? (section !== 'unspecified' ? section : (clauses.cue(start, true) ?? 'unspecified'));
    let entry = bySkill.get(c.skill);
    if (!entry) {
      const skill = idx.skill(c.skill);
      entry = { id: skill.id, name: skill.name, requirement, years: null, mentions: [] };
      bySkill.set(c.skill, entry);
      out.push(entry);
    } else entry.requirement = strongest(entry.requirement, requirement);
    entry.mentions.push({ start, end, text: text.slice(start, end) });
  }
  assignYears(text, out, clauses);
  return out;
}

/**
 * "3+ years of Python and Django" gives 3 to the skills after the phrase in its clause;
 * "Python (5 years)" gives 5 to the nearest skill before it when none follows.
 */
function assignYears(text: string, skills: PostingSkill[], clauses: ClauseIndex): void {
  const phrases = findYears(text);
  if (phrases.length === 0) return;
  const mentions = skills
    .flatMap((s) => s.mentions.map((m) => ({ s, start: m.start })))
    .sort((a, b) => a.start - b.start);
  const starts = mentions.map((m) => m.start);
  const give = (s: PostingSkill, y: number) => {
    s.years = Math.max(s.years ?? 0, y);
  };
  phrases.forEach((p, i) => {
    const ci = clauses.clauseOf(p.at);
    const clause = { start: clauses.starts[ci] ?? 0, end: clauses.ends[ci] ?? text.length };
    const nextPhrase = phrases[i + 1];
    const stop = Math.min(clause.end, nextPhrase && nextPhrase.at < clause.end ? nextPhrase.at : clause.end);
    // First mention at or after the phrase end, by binary search on the sorted starts.
    let k = lastAtOrBefore(starts, p.end - 1) + 1;
    let gave = false;
    for (; k < mentions.length && (starts[k] ?? Infinity) < stop; k++) {
      give((mentions[k] as (typeof mentions)[number]).s, p.years);
      gave = true;
    }
    if (gave) return;
    const before = mentions[lastAtOrBefore(starts, p.at - 1)];
    if (before && before.start >= clause.start && p.at - before.start < 60) give(before.s, p.years);
  });
}
