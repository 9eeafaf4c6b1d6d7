import type { StackStep } from '@/lib/courses/stack-schema';
import { formatWords } from '@/lib/courses/stacks';
import { provesSentence, stackLine } from '@/lib/dashboard/stacks';

interface Props {
  steps: StackStep[];
  /** Ids of the entries already on the learning plan (started or completed). */
  onPlan: ReadonlySet<string>;
  onAdd(step: StackStep): void;
}

/** Where the user's credentials lead: each next step, what it unlocks among saved jobs, and Add to plan. */
export function StackSteps({ steps, onPlan, onAdd }: Props) {
  if (steps.length === 0) return null;
  return (
    <div class="db-card">
      <h3>Where your credentials lead</h3>
      <ul class="db-course-list" aria-label="Next steps from your credentials">
        {steps.map((s) => {
          const place = formatWords(s.course);
          const notes = [
            provesSentence(s),
            place ? 'A programme to enrol in: it meets in person at set times.' : '',
          ].filter(Boolean);
          return (
            <li key={s.course.id} data-course-id={s.course.id}>
              <div>
                <span class="db-stack-line">{stackLine(s)}</span>
                {notes.length ? <div class="db-muted">{notes.join(' ')}</div> : null}
              </div>
              {onPlan.has(s.course.id) ? (
                <span class="db-muted">On your plan</span>
              ) : (
                <button
                  type="button"
                  class="db-secondary"
                  aria-label={`Add ${s.course.title} to the plan`}
                  onClick={() => onAdd(s)}
                >
                  Add to plan
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
