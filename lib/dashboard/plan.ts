import type { Recommendation } from '../courses/schema';
import type { Res } from '../messaging/protocol';

/**
 * The learning plan as the dashboard says it: real courses apart from provider searches, their
 * total time and cost, and why each course is there. Pure.
 */

type PlanRes = Res<'plan.get'>;

export interface PlanTotals {
  /** Catalog courses (not searches). */
  courses: number;
  /** Sum of the known lengths, in minutes. */
  minutes: number;
  /** Courses whose length the catalog does not give (self-paced). */
  unknownLength: number;
  /** Courses by cost. */
  free: number;
  freeAudit: number;
  paid: number;
  unknownCost: number;
}

/** Total learning time: "45 min", "7.5 h", "32 h". */
export function totalTime(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = minutes / 60;
  return h < 10 ? `${Math.round(h * 10) / 10} h` : `${Math.round(h)} h`;
}

export const isCourse = (r: Recommendation) => r.course.source !== 'search';

export function planTotals(recs: readonly Recommendation[]): PlanTotals {
  const t: PlanTotals = { courses: 0, minutes: 0, unknownLength: 0, free: 0, freeAudit: 0, paid: 0, unknownCost: 0 };
  for (const r of recs) {
    if (!isCourse(r)) continue;
    t.courses++;
    if (r.course.minutes === null) t.unknownLength++;
    else t.minutes += r.course.minutes;
    if (r.course.cost === 'free') t.free++;
    else if (r.course.cost === 'free-audit') t.freeAudit++;
    else if (r.course.cost === 'paid') t.paid++;
    else t.unknownCost++;
  }
  return t;
}

/** "About 14 h in all (2 self-paced courses not counted)". */
export function timeSentence(t: PlanTotals): string {
  if (t.courses === 0) return '';
  const known = t.courses - t.unknownLength;
  if (known === 0)
    return `No length given for ${t.courses === 1 ? 'this course' : `these ${t.courses} courses`}: self-paced.`;
  const rest = t.unknownLength
    ? ` (plus ${t.unknownLength} self-paced course${t.unknownLength === 1 ? '' : 's'} with no length given)`
    : '';
  return `${totalTime(t.minutes)} in all${rest}.`;
}

/** "3 free, 1 free to audit, 1 paid (see the provider for its price)". */
export function costSentence(t: PlanTotals): string {
  const parts = [
    t.free ? `${t.free} free` : '',
    t.freeAudit ? `${t.freeAudit} free to audit` : '',
    t.paid ? `${t.paid} paid (the provider gives the price)` : '',
    t.unknownCost ? `${t.unknownCost} at a cost that varies` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : '';
}

/** Why a course is in the plan: the gaps it closes and the chosen jobs asking for them (named, at most `max`). */
export function whyCourse(plan: PlanRes, courseId: string, max = 3): string {
  const why = plan.why.find((w) => w.courseId === courseId);
  if (!why || why.gaps.length === 0) return '';
  const titles = new Map(plan.jobs.map((j) => [j.id, j.company ? `${j.title} (${j.company})` : j.title]));
  const jobs = why.jobs.map((id) => titles.get(id)).filter((t): t is string => Boolean(t));
  const named = jobs.slice(0, max).join(', ');
  const more = jobs.length > max ? ` and ${jobs.length - max} more` : '';
  const gaps = why.gaps.map((g) => g.name).join(', ');
  return jobs.length ? `Closes ${gaps}, asked for by ${named}${more}.` : `Closes ${gaps}.`;
}
