import { useState } from 'preact/hooks';
import type { BadgeReading } from '@/lib/dashboard/badge';
import { formatDay } from '@/lib/dashboard/format';

/** A skill name looked up in the taxonomy (null: SkillFit does not know it). */
export interface ResolvedSkill {
  name: string;
  skill: { id: string; name: string; kind: string } | null;
}

/** A credential ready to add, shown to the user first: what it is and which skills it proves. */
export interface CredentialDraft {
  title: string;
  issuer: string;
  earnedOn: string;
  expiresOn: string;
  /** From a badge file: what the file said, and its key. */
  badge: BadgeReading | null;
  skills: (ResolvedSkill & { picked: boolean })[];
}

interface Props {
  draft: CredentialDraft | null;
  busy: boolean;
  /** A sentence about the last file or form (an error, or what was added). */
  message: string;
  error: boolean;
  onManual(form: { title: string; issuer: string; earnedOn: string; expiresOn: string; skills: string }): void;
  onFile(file: File): void;
  onPick(index: number, picked: boolean): void;
  onConfirm(): void;
  onCancel(): void;
}

/** Add a credential already held: by hand, or from an Open Badges 3.0 / Verifiable Credential file. */
export function CredentialForms(p: Props) {
  const [form, setForm] = useState({ title: '', issuer: '', earnedOn: '', expiresOn: '', skills: '' });
  const set = (k: keyof typeof form) => (e: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const d = p.draft;
  return (
    <div class="db-grid-2">
      <form
        class="db-card db-cred-form"
        aria-labelledby="cred-manual-h"
        onSubmit={(e) => {
          e.preventDefault();
          p.onManual(form);
        }}
      >
        <h3 id="cred-manual-h">Add a credential you hold</h3>
        <label>
          Name
          <input
            required
            maxLength={300}
            value={form.title}
            onInput={set('title')}
            placeholder="Food Hygiene Level 2"
          />
        </label>
        <label>
          Issued by
          <input
            maxLength={300}
            value={form.issuer}
            onInput={set('issuer')}
            placeholder="A school, employer or board"
          />
        </label>
        <label>
          Earned on
          <input type="date" required value={form.earnedOn} onInput={set('earnedOn')} />
        </label>
        <label>
          Expires on (optional)
          <input type="date" value={form.expiresOn} onInput={set('expiresOn')} />
        </label>
        <label>
          Skills or licence it proves, separated by commas
          <input maxLength={2000} value={form.skills} onInput={set('skills')} placeholder="Food safety, BLS" />
        </label>
        <button type="submit" class="db-secondary" disabled={p.busy}>
          Check
        </button>
      </form>
      <div class="db-card">
        <h3>Import a badge file</h3>
        <p class="db-muted">
          An Open Badges 3.0 or Verifiable Credential file (.json, or a signed .jwt) from your issuer or wallet.
          SkillFit reads it here and fetches nothing; it does not check the issuer’s signature.
        </p>
        <label>
          Choose a badge file
          <input
            type="file"
            accept=".json,.jwt,.txt,application/json,application/ld+json"
            disabled={p.busy}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) p.onFile(f);
            }}
          />
        </label>
      </div>
      {p.message ? (
        <p class={p.error ? 'db-msg-error db-wide' : 'db-muted db-wide'} role={p.error ? 'alert' : 'status'}>
          {p.message}
        </p>
      ) : null}
      {d ? (
        <div class="db-card db-preview db-wide" role="region" aria-label="Credential to add">
          <h4>{d.title}</h4>
          <p class="db-muted">
            {[
              d.issuer ? `Issued by ${d.issuer}` : null,
              d.earnedOn ? `earned ${formatDay(Date.parse(d.earnedOn))}` : null,
              d.expiresOn ? `expires ${formatDay(Date.parse(d.expiresOn))}` : 'no expiry',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {d.skills.some((s) => s.skill) ? (
            <fieldset>
              <legend>Skills it proves</legend>
              {d.skills.map((s, i) =>
                s.skill ? (
                  <label key={s.skill.id} class="db-check">
                    <input type="checkbox" checked={s.picked} onChange={(e) => p.onPick(i, e.currentTarget.checked)} />
                    {s.skill.name}
                    {s.skill.kind === 'certification' ? (
                      <span class="db-muted"> (licence or certification)</span>
                    ) : null}
                  </label>
                ) : null,
              )}
            </fieldset>
          ) : (
            <p>No skill SkillFit knows is named. It will be kept as a record, and raise no skill.</p>
          )}
          {d.skills.some((s) => !s.skill) ? (
            <p class="db-muted">
              Not a skill SkillFit knows:{' '}
              {d.skills
                .filter((s) => !s.skill)
                .map((s) => `“${s.name}”`)
                .join(', ')}
              .
            </p>
          ) : null}
          <div class="db-row">
            <button type="button" class="sf-primary" disabled={p.busy} onClick={p.onConfirm}>
              Add credential
            </button>
            <button type="button" class="db-secondary" onClick={p.onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
