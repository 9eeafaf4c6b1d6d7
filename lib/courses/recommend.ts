import {
  COURSE_LEVEL,
  HeldSkills,
  askedSkills,
  scoreOf,
  unitsOf,
  type AskedSkill,
  type ProfileSkill,
  type ScoredSkill,
  type SkillGraph,
} from '../fit/index';
import type { Course, Plan, Recommendation } from './schema';
import { searchActions } from './search';
import { isInPerson } from './stacks';

/**
 * Recommender policy (greedy weighted set cover):
 * - A course teaches its skills at COURSE_LEVEL (3); its value for a posting skill is the fit
 *   credit that gives (direct, or partial through an `implies` edge), minus the credit the
 *   profile already earns. Gains are in fit points, so they add up across postings.
 * - A course is a candidate only while it raises a gap skill it teaches itself; what its skills
 *   imply (a Node.js course → JavaScript) adds to its value but never makes it a candidate, so a
 *   JavaScript gap is met by a JavaScript course, not by a short Node.js one.
 * - Each step takes the course with the most gain per hour. Null minutes count as
 *   DEFAULT_MINUTES (10 h, a typical self-paced free course).
 * - Free first: among courses whose gain per hour is within NEAR_TIE (10 %) of the best,
 *   the cheapest cost class wins (free, then free-audit, unknown, paid), then the higher ratio,
 *   then fewer minutes, then id (stable output).
 * - Stops when no course adds anything. Every gap no chosen course touches then gets one
 *   provider search action (the first of searchActions), so each gap has an action: real
 *   courses and credentials always come before search links. A search is not a course: it closes
 *   nothing (`closes` is empty, the skill it searches for is its `course.skills`), and its
 *   `projectedScore` is the score the real courses before it reach, so projected fits count only
 *   courses one can actually take.
 * - Alternatives ("Power BI or Tableau") count as one unit, as the fit does: a unit earns its best
 *   member's credit, so a course raising a member gains only what it adds to the unit's best,
 *   and a unit already met (one member held) is no gap at all: no course, no search for the rest.
 * - On an exact tie (same cost, gain per hour and hours), the entry of the postings' sector wins:
 *   each skill the postings ask votes for the sectors of the catalog entries that teach it (a
 *   forklift skill votes warehouse), so OSHA 10 General Industry beats Construction for a warehouse.
 * - Each recommendation says whether it is taken in person (`inPerson`: an in-person or blended
 *   format), so it is never shown as a click-and-done course.
 */
export const DEFAULT_MINUTES = 600;
export const NEAR_TIE = 0.9;
const COST_RANK: Readonly<Record<Course['cost'], number>> = { free: 0, 'free-audit': 1, unknown: 2, paid: 3 };
const EPS = 1e-9;

/** One posting skill the profile does not fully cover. */
interface Entry {
  posting: number;
  skill: AskedSkill;
}

interface Posting {
  asked: AskedSkill[];
  credits: number[];
  /** For each asked skill, the indexes of its unit: itself, or its group of alternatives. */
  unitOf: number[][];
}

/** The best credit a skill's unit earns now (a group earns its best member's). */
function unitCredit(p: Posting, index: number): number {
  return Math.max(...p.unitOf[index]!.map((j) => p.credits[j] ?? 0));
}

/** A unit weighs as its heaviest member (as the fit counts it). */
function unitWeight(p: Posting, index: number): number {
  return Math.max(...p.unitOf[index]!.map((j) => p.asked[j]!.weight));
}

interface Problem {
  postings: Posting[];
  /** Fit points of the average one credit unit is worth, per posting: 100 / (N · total weight). */
  scale: number[];
  /** Gap entries by skill id. */
  gapsById: Map<string, Entry[]>;
}

function buildProblem(
  postings: readonly { skills: readonly ScoredSkill[] }[],
  profile: readonly ProfileSkill[],
  graph: SkillGraph,
): Problem {
  const held = new HeldSkills(profile, graph);
  const scored = postings.map((p) => askedSkills(p.skills)).filter((a) => a.length > 0);
  const problem: Problem = { postings: [], scale: [], gapsById: new Map() };
  scored.forEach((asked, pi) => {
    const credits = asked.map((s) => held.cover(s.id, s.asked).credit);
    const units = unitsOf(asked);
    const unitOf: number[][] = [];
    for (const unit of units) for (const i of unit) unitOf[i] = unit;
    // The fit's denominator: each unit once, at its heaviest member's weight.
    const total = units.reduce((sum, u) => sum + Math.max(...u.map((i) => asked[i]!.weight)), 0);
    const posting: Posting = { asked, credits, unitOf };
    problem.postings.push(posting);
    problem.scale.push(100 / (scored.length * total));
    asked.forEach((skill, i) => {
      if (unitCredit(posting, i) >= 1) return;
      const list = problem.gapsById.get(skill.id) ?? [];
      list.push({ posting: pi, skill });
      problem.gapsById.set(skill.id, list);
    });
  });
  return problem;
}

function average(problem: Problem): number {
  const n = problem.postings.length;
  if (n === 0) return 0;
  const sum = problem.postings.reduce((acc, p) => acc + scoreOf(p.asked, p.credits), 0);
  return Math.round(sum / n);
}

/** What one course would raise: the credit it gives each gap entry it covers, and whether it teaches that skill itself. */
type Offer = { entry: Entry; index: number; credit: number; direct: boolean }[];

function offerOf(held: HeldSkills, problem: Problem): Offer {
  const offer: Offer = [];
  for (const id of held.ids()) {
    for (const entry of problem.gapsById.get(id) ?? []) {
      const cover = held.cover(id, entry.skill.asked);
      const index = problem.postings[entry.posting]!.asked.indexOf(entry.skill);
      if (cover.credit > 0) offer.push({ entry, index, credit: cover.credit, direct: cover.kind === 'direct' });
    }
  }
  return offer;
}

/** Fit points the offer would add now; 0 unless it raises some gap skill the course teaches itself. */
function gainOf(offer: Offer, problem: Problem): number {
  // Per unit (a skill, or a group of alternatives): the best credit the course offers it.
  const best = new Map<number[], { posting: number; index: number; credit: number }>();
  let teaches = false;
  for (const o of offer) {
    const p = problem.postings[o.entry.posting]!;
    if (o.credit <= unitCredit(p, o.index) + EPS) continue;
    teaches ||= o.direct;
    const unit = p.unitOf[o.index]!;
    const cur = best.get(unit);
    if (!cur || o.credit > cur.credit) best.set(unit, { posting: o.entry.posting, index: o.index, credit: o.credit });
  }
  if (!teaches) return 0;
  let gain = 0;
  for (const b of best.values()) {
    const p = problem.postings[b.posting]!;
    gain += (b.credit - unitCredit(p, b.index)) * unitWeight(p, b.index) * (problem.scale[b.posting] ?? 0);
  }
  return gain;
}

/** Applies an offer; returns the skill ids it raised (those that raised their unit). */
function apply(offer: Offer, problem: Problem): string[] {
  const raised = new Set<string>();
  const before = offer.map((o) => unitCredit(problem.postings[o.entry.posting]!, o.index));
  offer.forEach((o, k) => {
    const credits = problem.postings[o.entry.posting]!.credits;
    if (o.credit > (credits[o.index] ?? 0) + EPS) credits[o.index] = o.credit;
    if (o.credit > before[k]! + EPS) raised.add(o.entry.skill.id);
  });
  return [...raised].sort();
}

/** How many of the postings' asked skills are taught by entries of each sector (each skill once per posting). */
function sectorVotes(problem: Problem, catalog: readonly Course[]): Map<string, number> {
  const sectorsOf = new Map<string, Set<string>>();
  for (const c of catalog) {
    if (!c.sectors?.length) continue;
    for (const id of c.skills) {
      const set = sectorsOf.get(id) ?? new Set<string>();
      c.sectors.forEach((x) => set.add(x));
      sectorsOf.set(id, set);
    }
  }
  const votes = new Map<string, number>();
  for (const p of problem.postings)
    for (const s of p.asked) for (const x of sectorsOf.get(s.id) ?? []) votes.set(x, (votes.get(x) ?? 0) + 1);
  return votes;
}

/** What each course teaches, with its implied skills, per graph: built once, reused per call. */
const taughtCache = new WeakMap<SkillGraph, WeakMap<Course, HeldSkills>>();

function taughtBy(course: Course, graph: SkillGraph): HeldSkills {
  let byCourse = taughtCache.get(graph);
  if (!byCourse) taughtCache.set(graph, (byCourse = new WeakMap()));
  let held = byCourse.get(course);
  if (!held)
    byCourse.set(
      course,
      (held = new HeldSkills(
        course.skills.map((id) => ({ id, level: COURSE_LEVEL })),
        graph,
      )),
    );
  return held;
}

function solve(problem: Problem, graph: SkillGraph, catalog: readonly Course[]): Recommendation[] {
  const candidates = catalog
    .filter((c) => c.source !== 'search' && c.skills.length > 0)
    .map((course) => ({
      course,
      hours: (course.minutes ?? DEFAULT_MINUTES) / 60,
      offer: offerOf(taughtBy(course, graph), problem),
    }))
    .filter((c) => c.offer.length > 0);
  const votes = sectorVotes(problem, catalog);
  const affinity = (c: Course) => (c.sectors ?? []).reduce((sum, x) => sum + (votes.get(x) ?? 0), 0);

  const out: Recommendation[] = [];
  const touched = new Set<string>();
  for (;;) {
    let best = 0;
    const scored = candidates.map((c) => {
      const ratio = gainOf(c.offer, problem) / c.hours;
      if (ratio > best) best = ratio;
      return { c, ratio };
    });
    if (best <= EPS) break;
    const pick = scored
      .filter((s) => s.ratio > EPS && s.ratio >= NEAR_TIE * best)
      .sort(
        (a, b) =>
          COST_RANK[a.c.course.cost] - COST_RANK[b.c.course.cost] ||
          b.ratio - a.ratio ||
          a.c.hours - b.c.hours ||
          affinity(b.c.course) - affinity(a.c.course) ||
          (a.c.course.id < b.c.course.id ? -1 : 1),
      )[0]!;
    candidates.splice(candidates.indexOf(pick.c), 1);
    const closes = apply(pick.c.offer, problem);
    closes.forEach((id) => touched.add(id));
    out.push({ course: pick.c.course, closes, projectedScore: average(problem), inPerson: isInPerson(pick.c.course) });
  }

  // Gaps no course touched: one provider search each, which raises nothing — it may find a course
  // or not, so it never counts toward a projected score.
  const open = (e: Entry) =>
    unitCredit(problem.postings[e.posting]!, problem.postings[e.posting]!.asked.indexOf(e.skill)) < 1;
  const untouched = [...problem.gapsById.entries()]
    .filter(([id, entries]) => !touched.has(id) && entries.some(open))
    .map(([id]) => id);
  const reached = average(problem);
  for (const id of untouched) {
    const name = problem.gapsById.get(id)?.[0]?.skill.name ?? graph.name(id);
    out.push({ course: searchActions({ id, name })[0]!, closes: [], projectedScore: reached, inPerson: false });
  }
  return out;
}

/**
 * Courses for the gaps of one posting (missing and partial skills), greedy by fit gained per
 * hour, free first; then one provider search for each gap no course covers. Each course
 * carries the posting's fit after it and all earlier ones; a search carries the fit the
 * courses reach, unchanged.
 */
export function recommendForPosting(
  skills: readonly ScoredSkill[],
  profile: readonly ProfileSkill[],
  graph: SkillGraph,
  catalog: readonly Course[],
): Recommendation[] {
  return solve(buildProblem([{ skills }], profile, graph), graph, catalog);
}

/**
 * Learning plan for many postings (e.g. all saved ones): each gap weighs by how often it occurs
 * and by its requirement strength, through its share of each posting's fit; the greedy cover
 * maximises the average fit gained per hour. `gaps` lists every skill not fully covered with its
 * weight (points of average fit it costs now) and the number of postings asking for it, heaviest
 * first. Postings without skills are left out of both averages.
 */
export function recommendForPostings(
  postings: readonly { skills: readonly ScoredSkill[] }[],
  profile: readonly ProfileSkill[],
  graph: SkillGraph,
  catalog: readonly Course[],
): Plan {
  const problem = buildProblem(postings, profile, graph);
  const currentAverage = average(problem);
  const gaps = [...problem.gapsById.entries()]
    .map(([id, entries]) => {
      let weight = 0;
      for (const e of entries) {
        const p = problem.postings[e.posting]!;
        // An alternative costs what its unit misses: "Power BI or Tableau" costs the group's weight once.
        const i = p.asked.indexOf(e.skill);
        weight += (1 - unitCredit(p, i)) * unitWeight(p, i) * (problem.scale[e.posting] ?? 0);
      }
      return {
        id,
        name: entries[0]?.skill.name ?? graph.name(id),
        weight: Math.round(weight * 100) / 100,
        postings: new Set(entries.map((e) => e.posting)).size,
      };
    })
    .sort((a, b) => b.weight - a.weight || b.postings - a.postings || (a.id < b.id ? -1 : 1));
  const recommendations = solve(problem, graph, catalog);
  return { recommendations, gaps, projectedAverage: average(problem), currentAverage };
}
