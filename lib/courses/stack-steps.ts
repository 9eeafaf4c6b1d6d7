import {
  COURSE_LEVEL,
  HeldSkills,
  askedSkills,
  scoreFit,
  type ProfileSkill,
  type ScoredSkill,
  type SkillGraph,
} from '../fit/index';
import type { Course } from './schema';
import type { StackStep } from './stack-schema';
import { nextSteps } from './stacks';

/**
 * Stacks as the dashboard shows them: which catalog entries the user holds (a course finished
 * here, or a credential added by hand whose title names an entry), where they lead, and which
 * saved postings each next step unlocks. Pure.
 *
 * A next step unlocks a posting when it teaches, itself (not through an `implies` edge), a skill
 * the posting asks for and the profile does not fully cover, and raises that skill's credit
 * (taught at COURSE_LEVEL, as the recommender counts it). Steps that unlock the most postings
 * come first, then the order of `nextSteps` (most routes in, fewer hours).
 */

/** A credential or finished course the user holds: its course id when earned here, and its title. */
export interface HeldItem {
  courseId?: string | undefined;
  title: string;
}

/** A held catalog entry: its id and the title the user holds it under. */
export interface HeldEntry {
  id: string;
  title: string;
}

/** One saved posting, with its skills as scoring reads them. */
export interface StackPosting {
  id: string;
  title: string;
  company: string | null;
  skills: readonly ScoredSkill[];
}

const EPS = 1e-9;

/** Lower-case words of a title; `keepNotes` false drops parenthesised parts ("(Primary)"). */
function words(title: string, keepNotes: boolean): string[] {
  const t = keepNotes ? title : title.replace(/\([^)]*\)/g, ' ');
  return t
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);
}

/** Index of `needle` as a run of whole words inside `hay`, or -1. */
function runAt(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return i;
  return -1;
}

/**
 * How well a title a user typed names an entry: exact (with or without its parenthesised part, or
 * its name before a colon), its one-word abbreviation in brackets,
 * the entry's whole title inside it ("ServSafe Food Handler certificate"), or the end of the
 * entry's title, two words or more ("Food Handler"). 0: no match; higher is closer.
 */
function titleMatch(title: string, entry: Course): number {
  const mine = words(title, true);
  const short = words(entry.title, false);
  const full = words(entry.title, true);
  if (mine.length === 0 || short.length === 0) return 0;
  const same = (a: readonly string[]) => a.length === mine.length && runAt(a, mine) === 0;
  // The name before a colon ("Certified Nursing Assistant (CNA): state-approved …"), and the
  // abbreviation in brackets ("BLS", "CNA") on its own.
  const head = words(entry.title.split(':')[0]!, false);
  const abbreviations = [...entry.title.matchAll(/\(([A-Z][A-Z0-9+]{1,5})\)/g)].map((m) => words(m[1]!, true));
  if (same(full) || same(short) || same(head)) return 1000;
  if (abbreviations.some((a) => a.length === 1 && same(a))) return 500;
  if (short.length >= 2 && runAt(mine, short) >= 0) return 100 + short.length;
  if (mine.length >= 2 && mine.length < short.length && runAt(short, mine) === short.length - mine.length)
    return mine.length;
  return 0;
}

/**
 * The catalog entries the user holds: a course finished here by its id; any other credential by
 * its title, when exactly one entry matches it best (a title matching two entries equally, such
 * as "OSHA 10", names neither). Each entry once, under the first title that named it.
 */
export function heldEntries(held: readonly HeldItem[], catalog: readonly Course[]): HeldEntry[] {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const named = catalog.filter((c) => c.source !== 'search');
  const out = new Map<string, string>();
  for (const h of held) {
    let id = h.courseId && byId.has(h.courseId) ? h.courseId : null;
    if (!id) {
      let best = 0;
      let tied = false;
      for (const c of named) {
        const m = titleMatch(h.title, c);
        if (m > best) [best, id, tied] = [m, c.id, false];
        else if (m === best && m > 0) tied = true;
      }
      if (tied) id = null;
    }
    if (id && !out.has(id)) out.set(id, h.title);
  }
  return [...out.entries()].map(([id, title]) => ({ id, title }));
}

/**
 * Where the held entries lead, each next step with the postings it unlocks and the gap skills
 * it proves for them (named by `graph`). `postings` are the saved jobs to look at.
 */
export function stackSteps(
  held: readonly HeldEntry[],
  catalog: readonly Course[],
  postings: readonly StackPosting[],
  profile: readonly ProfileSkill[],
  graph: SkillGraph,
): StackStep[] {
  const titles = new Map(held.map((h) => [h.id, h.title]));
  const steps = nextSteps(titles.keys(), catalog);
  if (steps.length === 0) return [];
  const mine = new HeldSkills(profile, graph);
  // Each posting's gaps once: skill id → [asked level, credit held now].
  const gaps = postings.map((p) => {
    const fit = scoreFit(p.skills, profile, graph);
    const asked = new Map(askedSkills(p.skills).map((s) => [s.id, s.asked]));
    const open = new Map<string, { asked: number; credit: number }>();
    for (const item of [...fit.partial, ...fit.missing]) {
      const level = asked.get(item.id) ?? 1;
      open.set(item.id, { asked: level, credit: mine.cover(item.id, level).credit });
    }
    return open;
  });
  const out = steps.map(({ course, from }, order) => {
    const teaches = new HeldSkills(
      course.skills.map((id) => ({ id, level: COURSE_LEVEL })),
      graph,
    );
    const proven = new Set<string>();
    const unlocks: StackStep['unlocks'] = [];
    postings.forEach((p, i) => {
      let raises = false;
      for (const [id, gap] of gaps[i]!) {
        const cover = teaches.cover(id, gap.asked);
        if (cover.kind === 'direct' && cover.credit > gap.credit + EPS) {
          proven.add(id);
          raises = true;
        }
      }
      if (raises) unlocks.push({ id: p.id, title: p.title, company: p.company });
    });
    const skills = course.skills.filter((id) => proven.has(id)).map((id) => ({ id, name: graph.name(id) }));
    return { step: { course, from: from.map((id) => titles.get(id)!), skills, unlocks }, order };
  });
  return out.sort((a, b) => b.step.unlocks.length - a.step.unlocks.length || a.order - b.order).map((o) => o.step);
}
