import type { PostingView } from '@/lib/messaging/views';
import type { Recommendation } from '@/lib/courses/schema';
import { FitExplanation, type OnGap } from './FitExplanation';
import { CourseList } from './CourseList';
import { fitTone } from './FitBadge';
import { SignalChips } from './SignalChips';
import { cutSentence } from '@/lib/posting/cut-sentence';

export interface PostingSummaryProps {
  view: PostingView;
  /** Courses to show; the panel shows the best one, the popup all. */
  courseLimit: number;
  saving?: boolean;
  started?: ReadonlySet<string>;
  onSave(): void;
  onStartCourse(rec: Recommendation): void;
  onAddSkills(): void;
  /** Opens the saved job in the dashboard's tracker (shown once it is saved). */
  onOpenTracker?(): void;
  /** Takes the saved job out of the tracker (shown once it is saved). */
  onUnsave?(event: Event): void;
  /** The gap actions beside each missing skill. */
  onGap?: OnGap;
  /** What the last action did, with its Undo. */
  notice?: Notice | null;
}

/** A sentence about what just changed, and the way to take it back. */
export interface Notice {
  text: string;
  onUndo?(event: Event): void;
}

/** A posting's fit, its explanation, Save, and the courses for its gaps: shared by the popup and the page panel. */
export function PostingSummary({
  view,
  courseLimit,
  saving,
  started,
  onSave,
  onStartCourse,
  onAddSkills,
  onOpenTracker,
  onUnsave,
  onGap,
  notice,
}: PostingSummaryProps) {
  const score = view.fit?.score ?? null;
  return (
    <div class="sf-summary">
      <header class="sf-head">
        <div class="sf-titles">
          <h2 class="sf-title">{view.title}</h2>
          <p class="sf-company">{[view.company, view.location].filter(Boolean).join(' · ')}</p>
        </div>
        {score !== null ? (
          <div class={`sf-score sf-${fitTone(score)}`} aria-label={`Fit ${score} percent`}>
            {score}
            <small>%</small>
          </div>
        ) : null}
      </header>
      <SignalChips chips={view.chips} />
      {view.cut ? (
        <p class="sf-note sf-cut" role="note">
          {cutSentence(view.cut)}
        </p>
      ) : null}
      {view.profileEmpty ? (
        <div class="sf-empty" role="note">
          <p>
            <strong>Add your skills first.</strong> SkillFit compares each job with the skills you have. This one asks
            for {view.skills.length} skill{view.skills.length === 1 ? '' : 's'}.
          </p>
          <button type="button" class="sf-primary" onClick={onAddSkills}>
            Add my skills
          </button>
        </div>
      ) : view.fit ? (
        <FitExplanation
          fit={view.fit}
          skills={view.skills}
          licences={view.signals?.licences.map((l) => l.id) ?? []}
          onGap={onGap}
        />
      ) : (
        <p class="sf-note">This posting names no skills SkillFit recognises, so there is no score to show.</p>
      )}
      <p class="sf-notice" role="status" hidden={!notice}>
        {notice?.text}
        {notice?.onUndo ? (
          <button type="button" class="sf-linkish" onClick={(e) => notice.onUndo?.(e)}>
            Undo
          </button>
        ) : null}
      </p>
      <div class="sf-actions">
        <button
          type="button"
          class={view.saved ? 'sf-saved-btn' : 'sf-primary'}
          onClick={onSave}
          disabled={view.saved || saving}
        >
          {view.saved ? 'Saved ✓' : saving ? 'Saving…' : 'Save job'}
        </button>
        {view.saved && onOpenTracker ? (
          <button type="button" class="sf-linkish" onClick={onOpenTracker}>
            See it in your tracker
          </button>
        ) : null}
        {view.saved && onUnsave ? (
          <button type="button" class="sf-linkish" onClick={(e) => onUnsave(e)}>
            Remove from tracker
          </button>
        ) : null}
      </div>
      {view.recommendations.length > 0 && !view.profileEmpty ? (
        <section class="sf-learn" aria-label="Courses for your gaps">
          <h3>Close the gap</h3>
          {started && started.size > 0 ? (
            <p class="sf-note" role="status">
              Added to your learning plan ✓
            </p>
          ) : null}
          <CourseList
            recommendations={view.recommendations.slice(0, courseLimit)}
            currentScore={score}
            onStart={onStartCourse}
            skillNames={new Map(view.skills.map((sk) => [sk.id, sk.name]))}
            {...(started ? { started } : {})}
          />
        </section>
      ) : null}
    </div>
  );
}
