import type { ComponentChildren } from 'preact';
import { SafeLink } from '../SafeLink';
import { expiryState } from '@/lib/dashboard/badge';
import type { CredentialRecord } from '@/lib/db/records';
import type { CredentialStack } from '@/lib/dashboard/credentials';
import { LEVEL_WORDS } from '@/lib/db/records';
import { formatDay } from '@/lib/dashboard/format';

interface Props {
  stacks: CredentialStack[];
  /** Number of saved jobs the demand counts are out of (null while counting). */
  savedJobs: number | null;
  loaded: boolean;
  /** Every credential, newest first, for the list with expiry and Remove. */
  all: CredentialRecord[];
  now: number;
  onRemove(id: string): void;
  /** The forms to add a credential already held. */
  forms: ComponentChildren;
  /** Where the credentials lead (next steps), shown under them. */
  next?: ComponentChildren;
}

const SOURCE_WORDS = {
  course: 'course finished here',
  manual: 'added by hand',
  badge: 'badge file',
  resume: 'from your résumé',
};

/** "expired on 3 Mar 2026" / "expires on 1 Dec 2026, in 12 days" / "valid until …" / "". */
function Expiry({ c, now }: { c: CredentialRecord; now: number }) {
  const state = expiryState(c.expiresAt, now);
  if (c.expiresAt === null || c.expiresAt === undefined) return null;
  const days = Math.ceil((c.expiresAt - now) / 86_400_000);
  if (state === 'expired') return <strong class="db-expired"> · expired on {formatDay(c.expiresAt)}: renew it</strong>;
  if (state === 'soon')
    return (
      <strong class="db-expiring">
        {' '}
        · expires on {formatDay(c.expiresAt)}, in {days} day{days === 1 ? '' : 's'}
      </strong>
    );
  return <span class="db-muted"> · valid until {formatDay(c.expiresAt)}</span>;
}

/** Earned micro-credentials grouped by skill, with how many saved jobs ask for each skill. */
export function CredentialsView({ stacks, savedJobs, loaded, all, now, onRemove, forms, next }: Props) {
  const attention = all.filter((c) => expiryState(c.expiresAt, now) !== null);
  return (
    <section class="db-section" aria-labelledby="cred-h">
      <h2 id="cred-h">Credentials</h2>
      {attention.length ? (
        <div class="db-card db-attention" role="note" aria-label="Credentials to renew">
          <strong>
            {attention.length} credential{attention.length === 1 ? '' : 's'} expired or expiring within 60 days:
          </strong>
          <ul>
            {attention.map((c) => (
              <li key={c.id}>
                {c.title}
                <Expiry c={c} now={now} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {forms}
      {loaded && all.length === 0 ? (
        <div class="db-card db-empty" role="note">
          <strong>No credentials yet.</strong>
          <p>
            Add a certificate or licence you already hold above, or import its badge file. Courses you finish from your
            Learning plan (press <strong>Mark completed</strong>) are recorded here too. Each raises the skills it
            proves, and your saved jobs are scored again.
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
                    {[c.issuer ?? c.provider, `earned ${formatDay(c.earnedAt)}`].filter(Boolean).join(' · ')}
                  </span>
                  <Expiry c={c} now={now} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {next}
      {all.length ? (
        <div class="db-card">
          <h3>All your credentials ({all.length})</h3>
          <ul class="db-course-list" aria-label="All credentials">
            {all.map((c) => (
              <li key={c.id} data-credential-id={c.id}>
                <div>
                  <strong>{c.title}</strong>
                  <div class="db-muted">
                    {[c.issuer ?? c.provider, SOURCE_WORDS[c.source ?? 'course'], `earned ${formatDay(c.earnedAt)}`]
                      .filter(Boolean)
                      .join(' · ')}
                    <Expiry c={c} now={now} />
                  </div>
                </div>
                <button type="button" class="db-danger" aria-label={`Remove ${c.title}`} onClick={() => onRemove(c.id)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
