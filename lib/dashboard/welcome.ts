/**
 * The first run's three steps — add skills, pin the toolbar button, open a job — and which comes
 * next. The step list is shown on the welcome tab; the next step stays at the top of the
 * dashboard until all three are done. Pure.
 */
export type WelcomeStepId = 'skills' | 'pin' | 'job';

export interface WelcomeInput {
  /** Skills in the profile. */
  skills: number;
  /** Whether the toolbar button is pinned: true/false where the browser says, null where it cannot. */
  pinned: boolean | null;
  /** The user chose to skip pinning (or confirmed it by hand where the browser cannot tell). */
  pinSkipped: boolean;
  /** A job posting was analysed on some site. */
  analysed: boolean;
}

export interface WelcomeStep {
  id: WelcomeStepId;
  title: string;
  done: boolean;
}

export function welcomeSteps(s: WelcomeInput): WelcomeStep[] {
  return [
    { id: 'skills', title: 'Add your skills', done: s.skills > 0 },
    { id: 'pin', title: 'Pin SkillFit to the toolbar', done: s.pinned === true || s.pinSkipped },
    { id: 'job', title: 'Open a job on any job site', done: s.analysed },
  ];
}

/** The first step not done yet, or null when all are. */
export function nextStep(steps: readonly WelcomeStep[]): WelcomeStep | null {
  return steps.find((s) => !s.done) ?? null;
}
