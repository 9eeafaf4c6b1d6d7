import { useEffect, useState } from 'preact/hooks';
import type { PostingRecord, PostingStatus } from '@/lib/db/records';
import { STATUS_WORDS, TRACKER_STATUSES } from '@/lib/dashboard/tracker';
import { formatDay, formatMoment } from '@/lib/dashboard/format';
import { fitTone } from '../FitBadge';

interface Props {
  posting: PostingRecord;
  onStatus(id: string, status: PostingStatus): void;
  onNotes(id: string, notes: string): void;
  onDelete(id: string): void;
}

/**
 * One saved posting: a summary row and, on demand, a details row with its status history and notes.
 * Each posting is its own <tbody> so the two rows stay together for assistive technology.
 */
export function TrackerRow({ posting: p, onStatus, onNotes, onDelete }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(p.notes);
  // A save (or another tab) changed the notes: show the stored text unless the user is mid-edit.
  useEffect(() => setDraft(p.notes), [p.notes]);
  const lastChange = p.history[p.history.length - 1];
  const detailsId = `details-${p.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const dirty = draft !== p.notes;
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
          <a href={p.url} target="_blank" rel="noopener noreferrer" class="db-job-title">
            {p.title}
          </a>
          <div class="db-muted">{[p.company, p.location, p.site].filter(Boolean).join(' · ')}</div>
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
            aria-label={`${open ? 'Hide' : 'Show'} history and notes of ${p.title}`}
            onClick={() => setOpen(!open)}
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
                  <a href={p.url} target="_blank" rel="noopener noreferrer">
                    Open the original posting
                  </a>
                </p>
              </div>
              <div>
                <label>
                  Notes on {p.title}
                  <textarea
                    value={draft}
                    maxLength={20000}
                    onInput={(e) => setDraft(e.currentTarget.value)}
                    placeholder="Contact, salary, interview dates…"
                  />
                </label>
                <div class="db-row">
                  <button type="button" class="sf-primary" disabled={!dirty} onClick={() => onNotes(p.id, draft)}>
                    Save notes
                  </button>
                  {dirty ? (
                    <span class="db-muted">Not saved yet</span>
                  ) : p.notes ? (
                    <span class="db-muted">Saved</span>
                  ) : null}
                </div>
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
