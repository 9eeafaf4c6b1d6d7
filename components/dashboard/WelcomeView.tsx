import type { WelcomeStep, WelcomeStepId } from '@/lib/dashboard/welcome';

interface Props {
  steps: WelcomeStep[];
  /** Whether the browser can tell that the toolbar button is pinned (Chrome can; others cannot). */
  pinKnown: boolean;
  onSkipPin(): void;
}

/** What each step asks, in a sentence or two, and where to do it. */
function StepBody({ id, pinKnown, onSkipPin }: { id: WelcomeStepId; pinKnown: boolean; onSkipPin(): void }) {
  if (id === 'skills')
    return (
      <p>
        Type the skills you have, or drop your résumé (PDF or Word) and tick what it found.{' '}
        <a href="#profile">Add my skills</a>
      </p>
    );
  if (id === 'pin')
    return (
      <>
        <p>
          Click the puzzle-piece button at the right of the address bar, then the pin beside SkillFit. The button then
          shows the fit of the job in the tab you are on.
        </p>
        <button type="button" class="db-secondary" onClick={onSkipPin}>
          {pinKnown ? 'Skip this step' : 'I have pinned it'}
        </button>
      </>
    );
  return (
    <p>
      Open a job posting on LinkedIn, Indeed, a company’s careers page or any job site: SkillFit reads it and shows how
      well it fits your skills, with what is missing.
    </p>
  );
}

/** The first run: three steps, each ticked as it happens. */
export function WelcomeView({ steps, pinKnown, onSkipPin }: Props) {
  const done = steps.filter((s) => s.done).length;
  return (
    <section class="db-section" aria-labelledby="welcome-h">
      <h2 id="welcome-h">Welcome to SkillFit</h2>
      <p>
        Three steps and every job you open shows how well it fits you. Everything stays on this computer.{' '}
        <span role="status">
          {done === steps.length ? 'All done: you are set.' : `${done} of ${steps.length} done.`}
        </span>
      </p>
      <ol class="db-steps" aria-label="First steps">
        {steps.map((s) => (
          <li key={s.id} class="db-card db-step" data-step={s.id} data-done={s.done ? 'true' : 'false'}>
            <h3>
              <span class="db-step-mark" aria-hidden="true">
                {s.done ? '✓' : '○'}
              </span>{' '}
              {s.title}
              <span class="db-visually-hidden">{s.done ? ' (done)' : ' (to do)'}</span>
            </h3>
            {s.done ? null : <StepBody id={s.id} pinKnown={pinKnown} onSkipPin={onSkipPin} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The next first-run step, above every section until all three are done. */
export function NextStepBar({ step, onSkipPin }: { step: WelcomeStep; onSkipPin(): void }) {
  return (
    <aside class="db-next-step" aria-label="Next step">
      <span>
        <strong>Next step:</strong> {step.title}.
      </span>
      {step.id === 'skills' ? <a href="#profile">Add my skills</a> : null}
      {step.id === 'pin' ? (
        <button type="button" class="db-secondary" onClick={onSkipPin}>
          Done or skip
        </button>
      ) : null}
      <a href="#welcome">All first steps</a>
    </aside>
  );
}
