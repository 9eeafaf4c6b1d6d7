import type { LearningRecord } from '@/lib/db/records';
import type { Res } from '@/lib/messaging/protocol';
import type { Recommendation } from '@/lib/courses/schema';
import { formatMinutes } from '../CourseList';
import { formatDay } from '@/lib/dashboard/format';
import { ChangeSummary } from './ChangeSummary';

const COST: Record<string, string> = {
  free: 'Free',
  'free-audit': 'Free to audit',
  paid: 'Paid',
  unknown: 'Cost varies',
};

interface Props {
  plan: Res<'plan.get'> | null;
  learning: LearningRecord[];
  loaded: boolean;
  profileEmpty: boolean;
  change: Res<'learning.complete'> | null;
  onStart(rec: Recommendation): void;
  onOpen(course: LearningRecord['course']): void;
  onComplete(courseId: string): void;
  onDismissChange(): void;
}

/** The learning plan: weighted gaps over saved jobs, the recommended course set, courses in progress and done. */
export function PlanView(p: Props) {
  const active = p.learning.filter((i) => i.status === 'started');
  const done = p.learning.filter((i) => i.status === 'completed');
  const onPlan = new Set(p.learning.map((l) => l.courseId));
  const plan = p.plan;
  return (
    <section class="db-section" aria-labelledby="plan-h">
      <h2 id="plan-h">Learning plan</h2>
      {p.change ? <ChangeSummary change={p.change} onDismiss={p.onDismissChange} /> : null}

      <div class="db-card">
        <h3>In progress ({active.length})</h3>
        {active.length === 0 ? (
          <p class="db-muted">
            No course in progress. Press Start on a recommended course below; it opens in a new tab and waits here until
            you mark it completed.
          </p>
        ) : (
          <ul class="db-course-list" aria-label="Courses in progress">
            {active.map((i) => (
              <li key={i.courseId} data-course-id={i.courseId}>
                <div>
                  <strong>{i.course.title}</strong>
                  <div class="db-muted">
                    {i.course.provider} · {formatMinutes(i.course.minutes)} · started {formatDay(i.startedAt)}
                  </div>
                </div>
                <div class="db-row">
                  <button
                    type="button"
                    class="db-secondary"
                    onClick={() => p.onOpen(i.course)}
                    aria-label={`Open ${i.course.title}`}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    class="sf-primary"
                    onClick={() => p.onComplete(i.courseId)}
                    aria-label={`Mark ${i.course.title} completed`}
                  >
                    Mark completed
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>

      {!p.loaded ? <p class="db-muted">Loading…</p> : null}
      {p.loaded && plan && plan.postings === 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>Save a few jobs to get a plan.</strong>
          <p>
            The plan looks at every job you saved, finds the skills they ask for that you do not have yet, and picks the
            fewest hours of courses that close the most of them.{' '}
            {p.profileEmpty ? 'Add your skills first, on the Skills page.' : ''}
          </p>
        </div>
      ) : null}
      {plan && plan.postings > 0 ? (
        <>
          <div class="db-card db-averages" aria-label="Average fit">
            <div>
              <span class="db-big">{plan.currentAverage}%</span>
              <span class="db-muted">average fit of your {plan.postings} saved jobs now</span>
            </div>
            <span aria-hidden="true" class="db-arrow">
              →
            </span>
            <div>
              <span class="db-big sf-good">{plan.projectedAverage}%</span>
              <span class="db-muted">after the {plan.recommendations.length} recommended courses</span>
            </div>
          </div>
          <div class="db-grid-2">
            <div class="db-card">
              <h3>Your biggest gaps</h3>
              {plan.gaps.length === 0 ? (
                <p>You have every skill your saved jobs ask for.</p>
              ) : (
                <table class="db-table db-compact" aria-label="Skill gaps across saved jobs">
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col">Asked in</th>
                      <th scope="col">Costs you</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.gaps.slice(0, 15).map((g) => (
                      <tr key={g.id}>
                        <td>{g.name}</td>
                        <td>
                          {g.postings} job{g.postings === 1 ? '' : 's'}
                        </td>
                        <td class="db-weight">
                          <span class="db-bar" aria-hidden="true">
                            <span
                              style={{ width: `${Math.min(100, (g.weight / (plan.gaps[0]?.weight || 1)) * 100)}%` }}
                            />
                          </span>
                          {g.weight.toFixed(1)} pts
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p class="db-muted db-hint">“Costs you”: points of average fit this gap takes off your saved jobs.</p>
            </div>
            <div class="db-card">
              <h3>Recommended courses</h3>
              {plan.recommendations.length === 0 ? (
                <p class="db-muted">
                  No course covers your gaps yet. Import your employer’s or school’s catalog in Your data.
                </p>
              ) : (
                <ol class="db-course-list" aria-label="Recommended courses">
                  {plan.recommendations.map((r) => (
                    <li key={r.course.id} data-course-id={r.course.id}>
                      <div>
                        <strong>{r.course.title}</strong>
                        <div class="db-muted">
                          {r.course.provider} · {formatMinutes(r.course.minutes)} ·{' '}
                          {COST[r.course.cost] ?? r.course.cost}
                        </div>
                        <div class="db-muted">
                          Covers {r.closes.length} gap{r.closes.length === 1 ? '' : 's'} · average fit →{' '}
                          {r.projectedScore}%
                        </div>
                      </div>
                      <button
                        type="button"
                        class="sf-start"
                        onClick={() => p.onStart(r)}
                        aria-label={`${onPlan.has(r.course.id) ? 'Open' : 'Start'} ${r.course.title}`}
                      >
                        {onPlan.has(r.course.id) ? 'Open' : 'Start'}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        </>
      ) : null}

      <div class="db-card">
        <h3>Completed ({done.length})</h3>
        {done.length === 0 ? (
          <p class="db-muted">Courses you mark completed become credentials and raise your skills.</p>
        ) : (
          <ul class="db-course-list" aria-label="Completed courses">
            {done.map((i) => (
              <li key={i.courseId}>
                <div>
                  <strong>{i.course.title}</strong>
                  <div class="db-muted">
                    {i.course.provider} · completed {i.completedAt ? formatDay(i.completedAt) : ''}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
