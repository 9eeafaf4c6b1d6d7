/**
 * The hiring signals of a posting as short chips ("No degree required", "Paid training",
 * "CDL required"), in the order a job seeker weighs them: what may rule them out or in first
 * (degree, licences, years), then the kind of job, then what it offers. Pure.
 */
import type * as z from 'zod/mini';
import type { PostingSignalsSchema } from './signals-schema';

type Signals = z.infer<typeof PostingSignalsSchema>;

export interface Chip {
  /** A stable key (also a tracker filter's value where one exists). */
  key: string;
  label: string;
  /** `open`: opens the job to people without the usual paper (no degree, training given). */
  tone: 'open' | 'ask' | 'info';
}

const LEVEL: Record<NonNullable<Signals['degree']['level']>, string> = {
  'high-school': 'High-school diploma',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

const WORK: Record<Signals['workTypes'][number], string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  apprenticeship: 'Apprenticeship',
  seasonal: 'Seasonal',
  freelance: 'Freelance',
  volunteer: 'Volunteer',
};

export function signalChips(s: Signals): Chip[] {
  const chips: Chip[] = [];
  const degree = s.degree.level ? LEVEL[s.degree.level] : 'Degree';
  if (s.degree.need === 'not-required') chips.push({ key: 'no-degree', label: 'No degree required', tone: 'open' });
  else if (s.degree.need === 'or-equivalent')
    chips.push({ key: 'degree-or-experience', label: `${degree} or equivalent experience`, tone: 'open' });
  else if (s.degree.need === 'required') chips.push({ key: 'degree', label: `${degree} required`, tone: 'ask' });
  else if (s.degree.need === 'preferred')
    chips.push({ key: 'degree-preferred', label: `${degree} preferred`, tone: 'info' });
  for (const l of s.licences) chips.push({ key: `licence:${l.id}`, label: `${l.name} required`, tone: 'ask' });
  if (s.experienceYears !== null)
    chips.push({
      key: 'years',
      label: `${s.experienceYears}+ year${s.experienceYears === 1 ? '' : 's'} of experience`,
      tone: 'ask',
    });
  for (const w of s.workTypes) chips.push({ key: w, label: WORK[w], tone: w === 'apprenticeship' ? 'open' : 'info' });
  if (s.training) chips.push({ key: 'training', label: 'Training provided', tone: 'open' });
  if (s.tuition) chips.push({ key: 'tuition', label: 'Tuition help', tone: 'open' });
  if (s.remote)
    chips.push({
      key: s.remote,
      label: s.remote === 'on-site' ? 'On-site' : s.remote === 'hybrid' ? 'Hybrid' : 'Remote',
      tone: 'info',
    });
  return chips;
}

/** The tracker's "about the job" filters: a chip key each, with the words the filter shows. */
export const SIGNAL_FILTERS = {
  'no-degree': 'No degree required',
  'part-time': 'Part-time',
  apprenticeship: 'Apprenticeship',
  training: 'Training provided',
} as const;
export type SignalFilter = keyof typeof SIGNAL_FILTERS;
export const SIGNAL_FILTER_KEYS = Object.keys(SIGNAL_FILTERS) as SignalFilter[];

/** Whether a posting's signals pass a tracker filter ("no degree required" also takes "or equivalent experience"). */
export function passesSignalFilter(s: Signals | undefined, filter: SignalFilter): boolean {
  if (!s) return false;
  if (filter === 'no-degree') return s.degree.need === 'not-required' || s.degree.need === 'or-equivalent';
  return signalChips(s).some((c) => c.key === filter);
}
