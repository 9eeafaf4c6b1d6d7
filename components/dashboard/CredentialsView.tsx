import { SafeLink } from '../SafeLink';
import type { CredentialStack } from '@/lib/dashboard/credentials';
import { LEVEL_WORDS } from '@/lib/db/records';
import { formatDay } from '@/lib/dashboard/format';

interface Props {
  stacks: CredentialStack[];
  /** Number of saved jobs the demand counts are out of (null while counting). */
  savedJobs: number | null;
  loaded: boolean;
}

/** Earned micro-credentials grouped by skill, with how many saved jobs ask for each skill. */
export function CredentialsView({ stacks, savedJobs, loaded }: Props) {
  return (
    <section class="db-section" aria-labelledby="cred-h">
      <h2 id="cred-h">Credentials</h2>
      {loaded && stacks.length === 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>No credentials yet.</strong>
          <p>
            Start a course from your Learning plan, finish it, then press <strong>Mark completed</strong>: it is
            recorded here with its date and link, and the skills it teaches go up in your profile.
          </p>
        </div>
      ) : null}
      <ul class="db-stack-list" aria-label="Credentials by skill">
        {stacks.map((s) => (
          <li key={s.skillId} class="db-card" data-skill-id={s.skillId}>
            <div class="db-stack-head">
              <h3>{s.name}</h3>
              <span class="db-muted">
                {s.level === null ? 'not in your profile' : `level ${s.level} · ${LEVEL_WORDS[s.level]}`}
              </span>
            </div>
            <p class="db-demand">
              {savedJobs === null
                ? 'Counting your saved jobs…'
                : s.demand.asked === 0
                  ? `None of your ${savedJobs} saved jobs asks for it yet.`
                  : `Asked for in ${s.demand.asked} of your ${savedJobs} saved jobs${s.demand.required ? ` (${s.demand.required} as a requirement)` : ''}.`}
            </p>
            <ul aria-label={`Credentials for ${s.name}`}>
              {s.credentials.map((c) => (
                <li key={c.id}>
                  {c.url ? (
                    <SafeLink href={c.url} httpsOnly>
                      {c.title}
                    </SafeLink>
                  ) : (
                    <span>{c.title}</span>
                  )}{' '}
                  <span class="db-muted">
                    {c.issuer ?? c.provider} · earned {formatDay(c.earnedAt)}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
