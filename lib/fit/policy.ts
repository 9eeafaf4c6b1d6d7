import type { Requirement } from '../skills/index';

/**
 * Scoring policy, in one place so the UI can explain it and tests can pin it.
 *
 * - Weight by requirement: required 3, unspecified 2, preferred 1. An unspecified skill sits
 *   between the two: the posting names it without saying it is optional, so it usually matters,
 *   but less than one listed under "Requirements".
 * - Asked level from stated years: none → 2 (working knowledge), under 1 year → 2,
 *   1–2 years → 3, 3–4 years → 4, 5+ years → 5.
 * - Held at or above the asked level: credit 1. Held below: credit = held / asked.
 * - Reached only through an `implies` edge (knows PostgreSQL, asked SQL; transitive): credit
 *   IMPLIED_FACTOR × min(1, held / asked), so an implied skill never counts as fully held.
 * - The best of the available credits wins (direct vs. any implying skill).
 */
export const REQUIREMENT_WEIGHT: Readonly<Record<Requirement, number>> = {
  required: 3,
  unspecified: 2,
  preferred: 1,
  // Named only where the posting talks about itself: never counted (askedSkills leaves it out).
  mentioned: 0,
};

/** Levels 1–5 in words, the one scale the profile and every explanation speak in. */
export const LEVEL_WORDS = ['', 'Beginner', 'Some practice', 'Comfortable', 'Strong', 'Expert'] as const;

/** "3 · Comfortable" */
export const levelInWords = (level: number): string => `${level} · ${LEVEL_WORDS[level] ?? '?'}`;

/** Share of credit for a skill known only through an `implies` edge. */
export const IMPLIED_FACTOR = 0.6;

/** Level assumed for a skill learned from a course (working knowledge, not years of practice). */
export const COURSE_LEVEL = 3;

/** Level 1–5 a posting asks for, from its stated years of experience (null: none stated). */
export function askedLevel(years: number | null): number {
  if (years === null || years < 1) return 2;
  if (years < 3) return 3;
  if (years < 5) return 4;
  return 5;
}
