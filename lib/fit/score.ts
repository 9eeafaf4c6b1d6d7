import { strongest, type Requirement } from '../skills/index';
import type { SkillGraph } from './graph';
import { HeldSkills, type Cover } from './held';
import { REQUIREMENT_WEIGHT, askedLevel, levelInWords } from './policy';
import type { Fit, FitItem, ProfileSkill, ScoredSkill } from './schema';

/** A posting skill after de-duplication, with its weight and asked level. */
export interface AskedSkill {
  id: string;
  name: string;
  requirement: Requirement;
  years: number | null;
  weight: number;
  asked: number;
  /** Alternatives share this key: the best-held one counts for the group. */
  anyOf: string | null;
}

/**
 * Merges repeated ids (strongest requirement, most years) and attaches weight and asked level.
 * Order of first appearance is kept so results read like the posting.
 */
export function askedSkills(skills: readonly ScoredSkill[]): AskedSkill[] {
  const byId = new Map<string, AskedSkill>();
  for (const s of skills) {
    // Named only where the posting talks about itself: shown with the posting, never scored.
    if (s.requirement === 'mentioned') continue;
    const prev = byId.get(s.id);
    const requirement = prev ? strongest(prev.requirement, s.requirement) : s.requirement;
    const years = prev && prev.years !== null && (s.years === null || prev.years > s.years) ? prev.years : s.years;
    byId.set(s.id, {
      id: s.id,
      name: prev?.name ?? s.name,
      requirement,
      years,
      weight: REQUIREMENT_WEIGHT[requirement],
      asked: askedLevel(years),
      anyOf: prev?.anyOf ?? s.anyOf ?? null,
    });
  }
  return [...byId.values()];
}

function yearsPhrase(years: number): string {
  return `${years}+ year${years === 1 ? '' : 's'}`;
}

/** The sentence shown next to a skill; `graph` names the implying skill. */
export function reasonFor(skill: AskedSkill, cover: Cover, graph: SkillGraph): string {
  if (cover.kind === 'none') return skill.requirement === 'unspecified' ? 'Missing' : `Missing; ${skill.requirement}`;
  if (cover.kind === 'implied') {
    return `Partly covered: you know ${graph.name(cover.via ?? '')}, which implies ${skill.name}`;
  }
  // One scale: the user's own rating, and what the posting asks translated into it.
  const yours = `You rated yourself ${levelInWords(cover.level ?? 0)}`;
  const asked =
    skill.years === null
      ? `asked ≈ ${levelInWords(skill.asked)}`
      : `asked: ${yearsPhrase(skill.years)} ≈ ${levelInWords(skill.asked)}`;
  if (cover.credit >= 1) return skill.years === null ? yours : `${yours}; ${asked}`;
  return `${yours}; ${asked}`;
}

/** Weighted mean credit as an integer 0–100; 0 when nothing is asked. */
export function scoreOf(asked: readonly AskedSkill[], credits: readonly number[]): number {
  let total = 0;
  let earned = 0;
  for (const unit of unitsOf(asked)) {
    // A group of alternatives weighs as its heaviest member and earns its best member's credit.
    const weight = Math.max(...unit.map((i) => asked[i]!.weight));
    total += weight;
    earned += weight * Math.max(...unit.map((i) => credits[i] ?? 0));
  }
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** The scored units of a posting: each skill alone, or a group of alternatives, as indexes into `asked`. */
export function unitsOf(asked: readonly AskedSkill[]): number[][] {
  const units: number[][] = [];
  const byGroup = new Map<string, number[]>();
  asked.forEach((s, i) => {
    if (!s.anyOf) return void units.push([i]);
    const unit = byGroup.get(s.anyOf);
    if (unit) unit.push(i);
    else {
      const fresh = [i];
      byGroup.set(s.anyOf, fresh);
      units.push(fresh);
    }
  });
  return units;
}

/** "Power BI or Tableau": the names of a group of alternatives. */
function either(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * Fit of a posting for a profile: 0–100 plus every posting skill in exactly one of
 * matched (credit 1), partial (0 < credit < 1) or missing (credit 0), each with its reason.
 * A group of alternatives ("Power BI or Tableau") counts once, by its best-held member; when one is
 * held the others are satisfied and listed nowhere. Skills only `mentioned` are not scored.
 * See ./policy.ts for weights and partial credit. A posting without skills returns
 * `{ score: 0, basis: 0 }` with empty lists: callers check `basis` before showing a score.
 */
export function scoreFit(skills: readonly ScoredSkill[], profile: readonly ProfileSkill[], graph: SkillGraph): Fit {
  return scoreWith(askedSkills(skills), new HeldSkills(profile, graph), graph);
}

/**
 * Just the score of `scoreFit` (null where its `basis` is 0), for scoring many postings against one
 * profile: `held` is built once, and no item, reason or name is made. Equal to
 * `scoreFit(skills, profile, graph)` whenever that fit has a basis (tests/unit/fit/score.test.ts).
 */
export function fitScoreOnly(
  skills: readonly Pick<ScoredSkill, 'id' | 'requirement' | 'years' | 'anyOf'>[],
  held: HeldSkills,
): number | null {
  const asked = askedSkills(skills.map((s) => ({ ...s, name: '' })));
  if (asked.length === 0) return null;
  return scoreOf(
    asked,
    asked.map((s) => held.cover(s.id, s.asked).credit),
  );
}

/** scoreFit on pre-built inputs (the recommender re-scores many what-if profiles). */
export function scoreWith(asked: readonly AskedSkill[], held: HeldSkills, graph: SkillGraph): Fit {
  const units = unitsOf(asked);
  const fit: Fit = { score: 0, basis: units.length, matched: [], partial: [], missing: [] };
  const covers = asked.map((s) => held.cover(s.id, s.asked));
  const credits = covers.map((c) => c.credit);
  for (const unit of units) {
    const best = unit.reduce((b, i) => (credits[i]! > credits[b]! ? i : b), unit[0]!);
    const group = unit.length > 1 ? either(unit.map((i) => asked[i]!.name)) : null;
    // A held alternative satisfies the group: the others are not gaps.
    const shown = credits[best]! > 0 ? [best] : unit;
    for (const i of shown) {
      const s = asked[i]!;
      const cover = covers[i]!;
      const reason = reasonFor(s, cover, graph);
      const item: FitItem = {
        id: s.id,
        name: s.name,
        requirement: s.requirement,
        credit: Math.round(cover.credit * 100) / 100,
        reason: group ? (cover.credit > 0 ? `${reason} — ${group}` : `${reason}; any one of ${group}`) : reason,
      };
      if (cover.credit >= 1) fit.matched.push(item);
      else if (cover.credit > 0) fit.partial.push(item);
      else fit.missing.push(item);
    }
  }
  fit.score = scoreOf(asked, credits);
  return fit;
}
