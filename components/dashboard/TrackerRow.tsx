import { useEffect, useRef, useState } from 'preact/hooks';
import type { PostingPlan, PostingRecord, PostingStatus } from '@/lib/db/records';
import { siteName } from '@/lib/dashboard/sites';
import { TrackerDetails, type PostingFull } from './TrackerDetails';
import { STATUS_WORDS, TRACKER_STATUSES } from '@/lib/dashboard/tracker';
import { formatDay, formatMoment } from '@/lib/dashboard/format';
import { fitTone } from '../FitBadge';
import { SafeLink } from '../SafeLink';

interface Props {
  posting: PostingRecord;
  onStatus(id: string, status: PostingStatus): void;
  /** Stores the notes; resolves true once they are saved. */
  onNotes(id: string, notes: string): Promise<boolean>;
  onDelete(id: string): void;
  /** Saves the job-search fields; resolves true once saved. */
  onPlan(id: string, plan: PostingPlan): Promise<boolean>;
  /** The posting's view (fit breakdown) and saved description, read when Details opens. */
  loadFull(id: string): Promise<PostingFull | undefined>;
  /** Open the details at once (a reminder was clicked). */
  initiallyOpen?: boolean;
  now?: number;
}

/** Notes are saved this long after the last key press (and at once when the field loses focus or closes). */
export const NOTES_SAVE_DELAY_MS = 500;

type NotesState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
const NOTES_WORDS: Record<NotesState, string> = {
  idle: '',
  pending: 'Not saved yet…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Could not save your notes. They are still here; try again.',
};

/**
 * Notes that save themselves as the user types: debounced, flushed on blur, on closing the details
 * and when the row goes away, so leaving the view never loses them.
 */
function useAutosavedNotes(id: string, stored: string, save: (id: string, notes: string) => Promise<boolean>) {
  const [draft, setDraft] = useState(stored);
  const [state, setState] = useState<NotesState>('idle');
  const latest = useRef(draft);
  latest.current = draft;
  const saved = useRef(stored);
  // Another tab or a reload changed the stored notes: take them unless the user is mid-edit.
  useEffect(() => {
    if (latest.current === saved.current) setDraft(stored);
    saved.current = stored;
  }, [stored]);
  const flush = async () => {
    const text = latest.current;
    if (text === saved.current) return;
    setState('saving');
    const ok = await save(id, text);
    if (ok) saved.current = text;
    setState(ok ? (latest.current === text ? 'saved' : 'pending') : 'error');
  };
  useEffect(() => {
    if (draft === saved.current) return;
    setState('pending');
    const t = setTimeout(() => void flush(), NOTES_SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft]);
  useEffect(() => () => void flush(), []);
  return { draft, setDraft, state, flush };
}

/**
 * One saved posting: a summary row and, on demand, a details row with its status history and notes.
 * Each posting is its own <tbody> so the two rows stay together for assistive technology.
 */
export function TrackerRow({
  posting: p,
  onStatus,
  onNotes,
  onDelete,
  onPlan,
  loadFull,
  initiallyOpen = false,
  now = Date.now(),
}: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const [full, setFull] = useState<PostingFull | null | 'error'>(null);
  useEffect(() => {
    if (!open) return;
    let alive = true;
    void loadFull(p.id).then((r) => alive && setFull(r ?? 'error'));
    return () => {
      alive = false;
    };
  }, [open, p.fit, p.updatedAt]);
  const followUp = typeof p.followUpAt === 'number' ? p.followUpAt : null;
  const notes = useAutosavedNotes(p.id, p.notes, onNotes);
  const lastChange = p.history[p.history.length - 1];
  const detailsId = `details-${p.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <tbody data-posting-id={p.id}>
      <tr>
        <td class={`db-fit${p.fit === null ? '' : ` sf-${fitTone(p.fit)}`}`}>
          {p.fit === null ? (
            <span title="No score yet: add skills to your profile, or the posting names none">—</span>
          ) : (
            `${p.fit}%`
          )}
        </td>
        <td>
          <SafeLink href={p.url} class="db-job-title">
            {p.title}
          </SafeLink>
          <div class="db-muted">{[p.company, p.location, siteName(p.site)].filter(Boolean).join(' · ')}</div>
          {followUp !== null ? (
            <div class={followUp <= now ? 'db-follow-up db-due' : 'db-follow-up'}>
              {followUp <= now ? 'Follow up now' : 'Follow up'} · {formatDay(followUp)}
            </div>
          ) : null}
          {p.notes ? (
            <div class="db-note-preview">Note: {p.notes.length > 120 ? `${p.notes.slice(0, 120)}…` : p.notes}</div>
          ) : null}
        </td>
        <td>
          <select
            aria-label={`Status of ${p.title}`}
            value={p.status}
            onChange={(e) => onStatus(p.id, e.currentTarget.value as PostingStatus)}
          >
            {TRACKER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
          {lastChange ? <div class="db-muted db-since">since {formatDay(lastChange.at)}</div> : null}
        </td>
        <td class="db-actions">
          <button
            type="button"
            class="db-secondary"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? 'Hide' : 'Show'} details of ${p.title}`}
            onClick={() => {
              if (open) void notes.flush();
              setOpen(!open);
            }}
          >
            {open ? 'Hide' : 'Details'}
          </button>
          <button type="button" class="db-danger" aria-label={`Delete ${p.title}`} onClick={() => onDelete(p.id)}>
            Delete
          </button>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} class="db-details">
          <td />
          <td colSpan={3}>
            <div class="db-details-grid">
              <TrackerDetails posting={p} full={full} onPlan={onPlan} />
              <div>
                <h4>Status history</h4>
                {p.history.length === 0 ? (
                  <p class="db-muted">No changes yet.</p>
                ) : (
                  <ol class="db-history" aria-label={`Status history of ${p.title}`}>
                    {p.history.map((h, i) => (
                      <li key={i}>
                        <strong>{STATUS_WORDS[h.status]}</strong> <span class="db-muted">{formatMoment(h.at)}</span>
                      </li>
                    ))}
                  </ol>
                )}
                <p>
                  <SafeLink href={p.url}>Open the original posting</SafeLink>
                </p>
              </div>
              <div>
                <label>
                  Notes on {p.title}
                  <textarea
                    value={notes.draft}
                    maxLength={20000}
                    onInput={(e) => notes.setDraft(e.currentTarget.value)}
                    onBlur={() => void notes.flush()}
                    placeholder="Anything else: interview dates, questions to ask… (saved as you type)"
                  />
                </label>
                <p
                  class={notes.state === 'error' ? 'db-msg-error' : 'db-muted'}
                  role="status"
                  data-notes-state={notes.state}
                >
                  {NOTES_WORDS[notes.state]}
                </p>
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
