import { useEffect, useState } from 'preact/hooks';
import type { PostingPlan, PostingRecord } from '@/lib/db/records';
import type { Res } from '@/lib/messaging/protocol';
import { planChanges, planDraft, skillEvidence, type PlanDraft } from '@/lib/dashboard/posting-details';
import { FitExplanation } from '../FitExplanation';
import { SignalChips } from '../SignalChips';

export type PostingFull = Res<'posting.get'>;

interface Props {
  posting: PostingRecord;
  /** The posting's view and saved description; null while loading; 'error' when they could not be read. */
  full: PostingFull | null | 'error';
  /** Saves the job-search fields; resolves true once saved. */
  onPlan(id: string, plan: PostingPlan): Promise<boolean>;
}

const REQUIREMENT_WORDS = {
  required: 'required',
  preferred: 'nice to have',
  unspecified: 'named',
  mentioned: 'mentioned only, not counted',
} as const;

/** Why the fit is what it is: matched, partial and missing skills, each with the sentence that asks for it. */
function FitBreakdown({ full, title }: { full: PostingFull; title: string }) {
  const { view, detail } = full;
  if (!view.fit)
    return (
      <p class="db-muted">
        {view.profileEmpty
          ? 'Add skills to your profile to see the fit.'
          : 'This posting names no skills SkillFit knows.'}
      </p>
    );
  // Mention offsets point into the title and description read together (lib/background/engine.ts `postingText`).
  const description = detail ? `${view.title}\n${detail.description}` : '';
  const withEvidence = view.skills.map((s) => ({
    skill: s,
    sentence: s.evidence?.trim() || skillEvidence(description, s),
  }));
  return (
    <>
      <p>
        <strong>{view.fit.score}% fit</strong> from {view.fit.basis} skill{view.fit.basis === 1 ? '' : 's'} the posting
        asks for.
      </p>
      <SignalChips chips={view.chips} />
      <FitExplanation fit={view.fit} limit={20} />
      {withEvidence.some((e) => e.sentence) ? (
        <details class="db-evidence">
          <summary>Where the posting asks for each skill</summary>
          <ul aria-label={`Evidence in ${title}`}>
            {withEvidence.map(({ skill, sentence }) =>
              sentence ? (
                <li key={skill.id}>
                  <strong>{skill.name}</strong> <span class="db-muted">({REQUIREMENT_WORDS[skill.requirement]})</span>:{' '}
                  <q>{sentence}</q>
                </li>
              ) : null,
            )}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** The application's own fields: applied on, follow-up (with a reminder), salary, contact, next step. */
function PlanForm({ posting: p, onPlan }: { posting: PostingRecord; onPlan: Props['onPlan'] }) {
  const [draft, setDraft] = useState<PlanDraft>(() => planDraft(p));
  const [state, setState] = useState<{ field?: keyof PlanDraft; text: string }>({ text: '' });
  // The record changed elsewhere (a status moved to Applied dates it): take it.
  useEffect(() => setDraft(planDraft(p)), [p.appliedAt, p.followUpAt, p.salary, p.contact, p.nextStep]);
  const id = p.id.replace(/[^a-zA-Z0-9_-]/g, '_');
  const field = (k: keyof PlanDraft, label: string, type: 'date' | 'text', hint?: string) => (
    <label>
      {label}
      <input
        type={type}
        value={draft[k]}
        maxLength={type === 'text' ? 500 : undefined}
        aria-invalid={state.field === k ? true : undefined}
        aria-describedby={state.field === k ? `plan-msg-${id}` : undefined}
        onInput={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })}
      />
      {hint ? <span class="db-muted db-hint">{hint}</span> : null}
    </label>
  );
  return (
    <form
      class="db-plan-form"
      aria-label={`Application for ${p.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        const r = planChanges(p, draft);
        if (!r.ok) return setState({ field: r.field, text: r.error });
        if (Object.keys(r.plan).length === 0) return setState({ text: 'Nothing changed.' });
        setState({ text: 'Saving…' });
        void onPlan(p.id, r.plan).then((ok) =>
          setState({ text: ok ? 'Saved' : 'Could not save. Your changes are still here; try again.' }),
        );
      }}
    >
      {field('appliedOn', 'Applied on', 'date')}
      {field('followUpOn', 'Follow up on', 'date', 'A reminder at 9:00 that day, if you allow notifications.')}
      {field('salary', 'Salary', 'text')}
      {field('contact', 'Contact', 'text')}
      {field('nextStep', 'Next step', 'text')}
      <div class="db-row">
        <button type="submit" class="sf-primary">
          Save application details
        </button>
        <span id={`plan-msg-${id}`} role="status" class={state.field ? 'db-msg-error' : 'db-muted'}>
          {state.text}
        </span>
      </div>
    </form>
  );
}

/** The parts of Details that need the posting's full record: the fit breakdown, the form, the description. */
export function TrackerDetails({ posting, full, onPlan }: Props) {
  return (
    <>
      <div class="db-details-fit">
        <h4>Why this fit</h4>
        {full === null ? <p class="db-muted">Loading…</p> : null}
        {full === 'error' ? <p class="db-msg-error">Could not read this posting’s details.</p> : null}
        {full && full !== 'error' ? <FitBreakdown full={full} title={posting.title} /> : null}
      </div>
      <div>
        <h4>Your application</h4>
        <PlanForm posting={posting} onPlan={onPlan} />
      </div>
      {full && full !== 'error' && full.detail?.description ? (
        <details class="db-description">
          <summary>Job description as saved</summary>
          {/* Page text, shown as text: Preact escapes it; white space kept by CSS. */}
          <div class="db-description-text">{full.detail.description}</div>
        </details>
      ) : null}
    </>
  );
}
