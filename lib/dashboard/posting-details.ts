import type { PostingSkill } from '../skills/schema';
import { dayToTime, timeToDay } from './profile';
import type { PostingPlan, PostingRecord } from '../db/records';

/**
 * The tracker's Details: where each skill of a saved posting stands in its description, and the
 * job-search fields as a form edits them. Pure.
 */

/** The sentence of `text` around [start, end): cut at sentence ends and line breaks, at most ~240 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const after = text.slice(end, end + 200);
  const from = Math.max(before.search(/[^.!?\n]*$/), 0);
  const stop = after.search(/[.!?\n]/);
  const sentence = before.slice(from) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop + 1));
  return sentence.replace(/\s+/g, ' ').trim();
}

/**
 * The evidence for a posting's skill: the sentence of its first mention in the saved description,
 * or null when the description is not the text its offsets point into (an older save, a card).
 */
export function skillEvidence(description: string, skill: PostingSkill): string | null {
  const m = skill.mentions[0];
  if (!m || m.end > description.length) return null;
  if (description.slice(m.start, m.end).toLowerCase() !== m.text.toLowerCase()) return null;
  return sentenceAround(description, m.start, m.end);
}

/** The job-search fields of a posting as a form holds them: dates as `YYYY-MM-DD`, text as is. */
export interface PlanDraft {
  appliedOn: string;
  followUpOn: string;
  salary: string;
  contact: string;
  nextStep: string;
}

export function planDraft(p: PostingRecord): PlanDraft {
  return {
    appliedOn: timeToDay(p.appliedAt),
    followUpOn: timeToDay(p.followUpAt),
    salary: p.salary ?? '',
    contact: p.contact ?? '',
    nextStep: p.nextStep ?? '',
  };
}

/** The hour of the day a follow-up reminder is due on its date (9 in the morning, local time). */
export const FOLLOW_UP_HOUR = 9;

/**
 * The `posting.update` fields a draft changes (only those), or an error sentence for a field the
 * user must fix. A follow-up is due at 9:00 on its day.
 */
export function planChanges(
  p: PostingRecord,
  d: PlanDraft,
): { ok: true; plan: PostingPlan } | { ok: false; field: keyof PlanDraft; error: string } {
  const was = planDraft(p);
  const plan: PostingPlan = {};
  const day = (field: 'appliedOn' | 'followUpOn', value: string) => {
    if (value === '') return { ok: true as const, t: null };
    const t = dayToTime(value);
    return t === null
      ? { ok: false as const, field, error: 'Write the date as year-month-day, e.g. 2026-12-01.' }
      : { ok: true as const, t };
  };
  if (d.appliedOn !== was.appliedOn) {
    const r = day('appliedOn', d.appliedOn);
    if (!r.ok) return r;
    plan.appliedAt = r.t;
  }
  if (d.followUpOn !== was.followUpOn) {
    const r = day('followUpOn', d.followUpOn);
    if (!r.ok) return r;
    plan.followUpAt = r.t === null ? null : r.t + FOLLOW_UP_HOUR * 3_600_000;
  }
  const limits = { salary: 200, contact: 500, nextStep: 500 } as const;
  for (const k of ['salary', 'contact', 'nextStep'] as const) {
    const v = d[k].trim();
    if (v.length > limits[k]) return { ok: false, field: k, error: `At most ${limits[k]} characters here.` };
    if (v !== was[k].trim()) plan[k] = v;
  }
  return { ok: true, plan };
}
