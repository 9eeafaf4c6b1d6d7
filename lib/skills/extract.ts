/**
 * extractSkills: posting text -> one entry per distinct skill, in order of first mention, with
 * UTF-16 mention offsets, requirement strength and stated years of experience.
 */
import { applyContext } from './context';
import { findCandidates, indexFor, tokenizeText } from './matcher';
import { clauseBounds, clauseCue, findYears, lastAtOrBefore, sectionMap, strongest } from './requirements';
import type { PostingSkill } from './schema';
import { loadTaxonomy, type Taxonomy } from './taxonomy';

/** One pass over the text. Returns one entry per distinct skill, in order of first mention. */
export function extractSkills(text: string, taxonomy: Taxonomy = loadTaxonomy()): PostingSkill[] {
  const idx = indexFor(taxonomy);
  const tokens = tokenizeText(text);
  const candidates = applyContext(text, tokens, findCandidates(idx, tokens), idx.skills);
  if (candidates.length === 0) return [];

  const clauses = clauseBounds(text);
  const clauseStarts = clauses.map((c) => c.start);
  const sections = sectionMap(text);
  const bySkill = new Map<number, PostingSkill>();
  const out: PostingSkill[] = [];
  for (const c of candidates) {
    const start = tokens.start[c.first] ?? 0;
    const end = tokens.end[c.last - 1] ?? start;
    const clause = clauses[lastAtOrBefore(clauseStarts, start)] ?? { start: 0, end: text.length };
    const section = sections.section[lastAtOrBefore(sections.lineStart, start)] ?? 'unspecified';
    const requirement = clauseCue(text, clause, start) ?? section;
    let entry = bySkill.get(c.skill);
    if (!entry) {
      const skill = idx.skills[c.skill];
      if (!skill) continue;
      entry = { id: skill.id, name: skill.name, requirement, years: null, mentions: [] };
      bySkill.set(c.skill, entry);
      out.push(entry);
    } else entry.requirement = strongest(entry.requirement, requirement);
    entry.mentions.push({ start, end, text: text.slice(start, end) });
  }
  assignYears(text, out, clauses, clauseStarts);
  return out;
}

/**
 * "3+ years of Python and Django" gives 3 to the skills after the phrase in its clause;
 * "Python (5 years)" gives 5 to the nearest skill before it when none follows.
 */
function assignYears(text: string, skills: PostingSkill[], clauses: { start: number; end: number }[], clauseStarts: number[]): void {
  const phrases = findYears(text);
  if (phrases.length === 0) return;
  const mentions = skills
    .flatMap((s) => s.mentions.map((m) => ({ s, start: m.start })))
    .sort((a, b) => a.start - b.start);
  const give = (s: PostingSkill, y: number) => {
    s.years = Math.max(s.years ?? 0, y);
  };
  phrases.forEach((p, i) => {
    const clause = clauses[lastAtOrBefore(clauseStarts, p.at)];
    if (!clause) return;
    const nextPhrase = phrases[i + 1];
    const stop = Math.min(clause.end, nextPhrase && nextPhrase.at < clause.end ? nextPhrase.at : clause.end);
    const after = mentions.filter((m) => m.start >= p.end && m.start < stop);
    if (after.length) {
      for (const m of after) give(m.s, p.years);
      return;
    }
    const before = mentions.filter((m) => m.start >= clause.start && m.start < p.at);
    const last = before[before.length - 1];
    if (last && p.at - last.start < 60) give(last.s, p.years);
  });
}
