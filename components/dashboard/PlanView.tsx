import type { LearningRecord } from '@/lib/db/records';
import type { Res } from '@/lib/messaging/protocol';
import type { Recommendation } from '@/lib/courses/schema';
import type { StackStep } from '@/lib/courses/stack-schema';
import { formatWords } from '@/lib/courses/stacks';
import { StackSteps } from './StackSteps';
import { formatMinutes } from '../CourseList';
import { formatDay } from '@/lib/dashboard/format';
import { ChangeSummary } from './ChangeSummary';
import { costSentence, isCourse, planTotals, timeSentence, whyCourse } from '@/lib/dashboard/plan';
import { STATUS_WORDS, TRACKER_STATUSES } from '@/lib/dashboard/tracker';
import type { PostingStatus } from '@/lib/db/records';

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
  /** Where held credentials lead (the catalog's stacks), each with the saved jobs it unlocks. */
  stacks: StackStep[];
  /** Puts a next step on the plan (without opening it). */
  onAddStep(step: StackStep): void;
  onOpen(course: LearningRecord['course']): void;
  onComplete(courseId: string): void;
  onDismissChange(): void;
  /** The statuses the plan aims at changed. */
  onStatuses(statuses: PostingStatus[]): void;
  /** One job taken out of (or put back into) the plan. */
  onExclude(id: string, excluded: boolean): void;
  /** The user's choice as it stands (ahead of the plan that answers it): statuses, or null for the default. */
  statuses: PostingStatus[] | null;
  excluded: readonly string[];
}

/** How many of the chosen jobs are listed by name (the rest are counted). */
const JOBS_SHOWN = 30;

/** Which jobs the plan aims at: statuses, then single jobs. */
function JobChooser({
  plan,
  onStatuses,
  onExclude,
  statuses,
  excluded,
}: { plan: Res<'plan.get'> } & Pick<Props, 'onStatuses' | 'onExclude' | 'statuses' | 'excluded'>) {
  const chosen = new Set(statuses ?? plan.statuses);
  const out = new Set(excluded);
  return (
    <details class="db-card db-chooser">
      <summary>
        Aimed at {plan.postings} saved job{plan.postings === 1 ? '' : 's'}: choose which
      </summary>
      <fieldset>
        <legend>Jobs with these statuses</legend>
        <div class="db-row">
          {TRACKER_STATUSES.map((s) => (
            <label key={s} class="db-check">
              <input
                type="checkbox"
                checked={chosen.has(s)}
                onChange={(e) =>
                  onStatuses(TRACKER_STATUSES.filter((x) => (x === s ? e.currentTarget.checked : chosen.has(x))))
                }
              />
              {STATUS_WORDS[s]}
            </label>
          ))}
        </div>
      </fieldset>
      {plan.jobs.length ? (
        <fieldset>
          <legend>Of those, the jobs to aim at</legend>
          <ul class="db-job-choices" aria-label="Jobs in the plan">
            {plan.jobs.slice(0, JOBS_SHOWN).map((j) => (
              <li key={j.id} data-posting-id={j.id}>
                <label class="db-check">
                  <input
                    type="checkbox"
                    checked={!out.has(j.id)}
                    onChange={(e) => onExclude(j.id, !e.currentTarget.checked)}
                  />
                  {j.title}
                  <span class="db-muted">
                    {[j.company, STATUS_WORDS[j.status], j.fit === null ? null : `${j.fit}%`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {plan.jobs.length > JOBS_SHOWN ? (
            <p class="db-muted">
              and {plan.jobs.length - JOBS_SHOWN} more, lower fits, all included unless their status is unticked.
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </details>
  );
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
            {active.map((i) => {
              const place = formatWords(i.course);
              return (
                <li key={i.courseId} data-course-id={i.courseId}>
                  <div>
                    <strong>{i.course.title}</strong>
                    <div class="db-muted">
                      {place ? <strong class="sf-in-person">{place}: a programme to enrol in</strong> : null}
                      {place ? ' · ' : ''}
                      {i.course.provider} · {formatMinutes(i.course.minutes)} ·{' '}
                      {place ? 'on your plan since' : 'started'} {formatDay(i.startedAt)}
                    </div>
                  </div>
                  <div class="db-row">
                    <button
                      type="button"
                      class="db-secondary"
                      onClick={() => p.onOpen(i.course)}
                      aria-label={place ? `See how to enrol: ${i.course.title}` : `Open ${i.course.title}`}
                    >
                      {place ? 'How to enrol' : 'Open'}
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
              );
            })}
          </ul>
        )}
      </div>

      <StackSteps steps={p.stacks} onPlan={onPlan} onAdd={p.onAddStep} />

      {!p.loaded ? <p class="db-muted">Loading…</p> : null}
      {plan ? (
        <JobChooser
          plan={plan}
          onStatuses={p.onStatuses}
          onExclude={p.onExclude}
          statuses={p.statuses}
          excluded={p.excluded}
        />
      ) : null}
      {p.loaded && plan && plan.postings === 0 && plan.jobs.length > 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>No job chosen.</strong>
          <p>Tick a status or a job above: the plan looks only at the jobs you aim at.</p>
        </div>
      ) : null}
      {p.loaded && plan && plan.postings === 0 && plan.jobs.length === 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>Save a few jobs to get a plan.</strong>
          <p>
            The plan looks at every job you saved, finds the skills they ask for that you do not have yet, and picks the
            fewest hours of courses that close the most of them.{' '}
            {p.profileEmpty ? 'Add your skills first, on the Skills page.' : ''}
          </p>
        </div>
      ) : null}
      {plan && plan.postings > 0 ? <PlanBody plan={plan} onPlan={onPlan} onStart={p.onStart} /> : null}

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

/** The plan itself: averages now and after, the gaps, the courses with their time, cost and reason, the searches. */
function PlanBody({
  plan,
  onPlan,
  onStart,
}: {
  plan: Res<'plan.get'>;
  onPlan: Set<string>;
  onStart(rec: Recommendation): void;
}) {
  const courses = plan.recommendations.filter(isCourse);
  const searches = plan.recommendations.filter((r) => !isCourse(r));
  const totals = planTotals(plan.recommendations);
  const gapName = new Map(plan.gaps.map((g) => [g.id, g.name]));
  return (
    <>
      <div class="db-card db-averages" aria-label="Average fit">
        <div>
          <span class="db-big">{plan.currentAverage}%</span>
          <span class="db-muted">
            average fit of the {plan.postings} job{plan.postings === 1 ? '' : 's'} you aim at now
          </span>
        </div>
        <span aria-hidden="true" class="db-arrow">
          →
        </span>
        <div>
          <span class="db-big sf-good">{plan.projectedAverage}%</span>
          <span class="db-muted">
            {courses.length
              ? `after the ${courses.length} recommended course${courses.length === 1 ? '' : 's'}`
              : 'no course in the catalog closes these gaps yet'}
          </span>
        </div>
        {courses.length ? (
          <p class="db-plan-totals">
            <strong>Time:</strong> {timeSentence(totals)} <strong>Cost:</strong> {costSentence(totals)}
          </p>
        ) : null}
      </div>
      <div class="db-grid-2">
        <div class="db-card">
          <h3>Your biggest gaps</h3>
          {plan.gaps.length === 0 ? (
            <p>You have every skill these jobs ask for.</p>
          ) : (
            <table class="db-table db-compact" aria-label="Skill gaps across the jobs you aim at">
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
                        <span style={{ width: `${Math.min(100, (g.weight / (plan.gaps[0]?.weight || 1)) * 100)}%` }} />
                      </span>
                      {g.weight.toFixed(1)} pts
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="db-muted db-hint">“Costs you”: points of average fit this gap takes off the jobs you aim at.</p>
        </div>
        <div class="db-card">
          <h3>Recommended courses</h3>
          {courses.length === 0 ? (
            <p class="db-muted">
              No course covers your gaps yet. Import your employer’s or school’s catalog in Your data.
            </p>
          ) : (
            <ol class="db-course-list" aria-label="Recommended courses">
              {courses.map((r) => {
                const place = formatWords(r.course);
                const action = onPlan.has(r.course.id) ? 'Open' : place ? 'See how to enrol' : 'Start';
                return (
                  <li key={r.course.id} data-course-id={r.course.id}>
                    <div>
                      <strong>{r.course.title}</strong>
                      <div class="db-muted">
                        {place ? <strong class="sf-in-person">{place}</strong> : null}
                        {place ? ' · ' : ''}
                        {r.course.provider} · {formatMinutes(r.course.minutes)} · {COST[r.course.cost] ?? r.course.cost}
                      </div>
                      {place ? (
                        <div class="db-muted">A programme to enrol in: it meets in person at set times.</div>
                      ) : null}
                      <div class="db-muted">Average fit → {r.projectedScore}% with the courses above it</div>
                      <div class="db-why">
                        <span class="db-visually-hidden">Why this course: </span>
                        {whyCourse(plan, r.course.id)}
                      </div>
                    </div>
                    <button
                      type="button"
                      class="sf-start"
                      onClick={() => onStart(r)}
                      aria-label={
                        action === 'See how to enrol' ? `${action}: ${r.course.title}` : `${action} ${r.course.title}`
                      }
                    >
                      {action}
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
          {searches.length ? (
            <>
              <h4>No course in the catalog yet for</h4>
              <ul class="db-course-list" aria-label="Gaps without a course">
                {searches.map((r) => {
                  const skill = r.course.skills.map((id) => gapName.get(id) ?? id).join(', ');
                  return (
                    <li key={r.course.id} data-search-for={r.course.skills.join(' ')}>
                      <span>
                        {skill} <span class="db-muted">(a search, not counted in the fit above)</span>
                      </span>
                      <button
                        type="button"
                        class="db-secondary"
                        onClick={() => onStart(r)}
                        aria-label={`Search ${r.course.provider} for ${skill}`}
                      >
                        Search {r.course.provider}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
