/**
 * Benchmark builds only (VITE_SKILLFIT_MARKS=1, made by `npm run bench:page`): each piece of
 * SkillFit's work on a job page, and the background's answer to it, is recorded as a User Timing
 * measure named `skillfit:<what>`, which the benchmark finds in its DevTools trace to tell SkillFit's
 * own tasks from the page's and to print where the time goes. A user's build never records them:
 * a page can read the measures of its own window, and must not learn when SkillFit works.
 */
export function workStart(): number {
  return import.meta.env.VITE_SKILLFIT_MARKS === '1' ? performance.now() : 0;
}

/** Ends the measure of one piece of work begun at `start` (from `workStart`). */
export function workEnd(what: string, start: number): void {
  if (import.meta.env.VITE_SKILLFIT_MARKS === '1') performance.measure(`skillfit:${what}`, { start });
}
