import type { Res } from '@/lib/messaging/protocol';
import { gain, summarizeCompletion } from '@/lib/dashboard/changes';
import { LEVEL_WORDS } from '@/lib/db/records';

interface Props {
  change: Res<'learning.complete'>;
  onDismiss(): void;
  /** What happened to the credential: "Completed" (a course, by default) or "Added" (one already held). */
  verb?: string;
}

const pct = (n: number | null) => (n === null ? 'no score' : `${n}%`);

/** What completing a course did: the credential, the skills raised, and every saved posting's fit before → after. */
export function ChangeSummary({ change, onDismiss, verb = 'Completed' }: Props) {
  const s = summarizeCompletion(change);
  return (
    <div class="db-card db-change" role="status" aria-labelledby="change-h">
      <h3 id="change-h">
        {verb}: {change.credential.title}
      </h3>
      {s.raised.length ? (
        <p>
          Skills raised:{' '}
          {s.raised.map((r, i) => (
            <span key={r.id}>
              {i ? ', ' : ''}
              <strong>{r.name}</strong> {r.from === null ? 'new' : `${r.from} ${LEVEL_WORDS[r.from] ?? ''}`} → {r.to}{' '}
              {LEVEL_WORDS[r.to]}
            </span>
          ))}
        </p>
      ) : (
        <p>Your profile already had these skills at this level or higher, so no score changed.</p>
      )}
      {s.rescored.length ? (
        <>
          <p>
            {s.rescored.length} saved job{s.rescored.length === 1 ? '' : 's'} re-scored
            {s.average ? ` · average of those ${pct(s.average.before)} → ${pct(s.average.after)}` : ''}
          </p>
          <table class="db-table db-compact" aria-label="Saved jobs re-scored">
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {s.rescored.slice(0, 50).map((r) => (
                <tr key={r.id} data-posting-id={r.id}>
                  <td>{r.title}</td>
                  <td>{pct(r.before)}</td>
                  <td>{pct(r.after)}</td>
                  <td class={gain(r) > 0 ? 'sf-good' : gain(r) < 0 ? 'sf-low' : ''}>
                    {gain(r) > 0 ? `+${gain(r)}` : String(gain(r))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.rescored.length > 50 ? <p class="db-muted">and {s.rescored.length - 50} more (see Saved jobs).</p> : null}
        </>
      ) : null}
      <div>
        <button type="button" class="db-secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
