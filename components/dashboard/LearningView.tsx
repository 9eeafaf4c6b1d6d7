import type { CredentialRecord, LearningRecord } from '@/lib/db/records';
import { formatMinutes } from '../CourseList';

interface Props {
  items: LearningRecord[];
  credentials: CredentialRecord[];
  onComplete(courseId: string): void;
  lastChange: { raised: { name: string; from: number | null; to: number }[]; rescored: { title: string; before: number | null; after: number | null }[] } | null;
}

/** Courses in progress and completed, and the credentials they earned. */
export function LearningView({ items, credentials, onComplete, lastChange }: Props) {
  const active = items.filter((i) => i.status === 'started');
  const done = items.filter((i) => i.status === 'completed');
  return (
    <section class="db-section" aria-labelledby="learning-h">
      <h2 id="learning-h">Learning plan</h2>
      {lastChange ? (
        <div class="db-card" role="status">
          <strong>Profile updated.</strong>
          <span>{lastChange.raised.map((r) => `${r.name}: ${r.from ?? 'new'} → ${r.to}`).join(', ')}</span>
          {lastChange.rescored.length ? (
            <ul>
              {lastChange.rescored.slice(0, 10).map((r) => (
                <li key={r.title}>
                  {r.title}: {r.before ?? '—'}% → {r.after ?? '—'}%
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <h3>In progress ({active.length})</h3>
      {active.length === 0 ? (
        <p class="db-muted">No course started yet. On a job page or in the popup, press Start on a course for one of your gaps.</p>
      ) : (
        <ul class="db-skill-list" aria-label="Courses in progress">
          {active.map((i) => (
            <li key={i.courseId}>
              <span>
                <a href={i.course.url} target="_blank" rel="noopener noreferrer">
                  {i.course.title}
                </a>{' '}
                <span class="db-muted">
                  {i.course.provider} · {formatMinutes(i.course.minutes)}
                </span>
              </span>
              <span />
              <button type="button" class="sf-primary" onClick={() => onComplete(i.courseId)} aria-label={`Mark ${i.course.title} completed`}>
                Mark completed
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Completed ({done.length})</h3>
      <ul aria-label="Completed courses">
        {done.map((i) => (
          <li key={i.courseId}>
            {i.course.title} <span class="db-muted">({i.completedAt ? new Date(i.completedAt).toLocaleDateString() : ''})</span>
          </li>
        ))}
      </ul>
      <h3>Credentials ({credentials.length})</h3>
      <ul aria-label="Credentials">
        {credentials.map((c) => (
          <li key={c.id}>
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {c.title}
            </a>{' '}
            <span class="db-muted">
              {c.provider} · {new Date(c.earnedAt).toLocaleDateString()}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
