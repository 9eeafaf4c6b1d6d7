import type { PostingRecord, PostingStatus } from '@/lib/db/records';
import type { Res } from '@/lib/messaging/protocol';
import { BOARD_FIRST_CARDS, STATUS_WORDS, TRACKER_STATUSES } from '@/lib/dashboard/tracker';
import { siteName } from '@/lib/dashboard/sites';
import { formatCount, formatDay } from '@/lib/dashboard/format';
import { fitTone } from '../FitBadge';
import { SafeLink } from '../SafeLink';
import { usePainted } from './first-frame';

interface Props {
  columns: Res<'postings.board'>['columns'];
  onStatus(id: string, status: PostingStatus): void;
  /** Shows more of one column. */
  onMore(status: PostingStatus): void;
  onOpen(id: string): void;
}

function Card({ p, onStatus, onOpen }: { p: PostingRecord } & Pick<Props, 'onStatus' | 'onOpen'>) {
  return (
    <li class="db-board-card" data-posting-id={p.id}>
      <div class="db-board-top">
        <span class={`db-fit${p.fit === null ? '' : ` sf-${fitTone(p.fit)}`}`}>
          {p.fit === null ? '—' : `${p.fit}%`}
        </span>
        <SafeLink href={p.url} class="db-job-title">
          {p.title}
        </SafeLink>
      </div>
      <div class="db-muted">{[p.company, siteName(p.site)].filter(Boolean).join(' · ')}</div>
      {typeof p.followUpAt === 'number' ? <div class="db-follow-up">Follow up · {formatDay(p.followUpAt)}</div> : null}
      <div class="db-row">
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
        <button type="button" class="db-secondary" aria-label={`Details of ${p.title}`} onClick={() => onOpen(p.id)}>
          Details
        </button>
      </div>
    </li>
  );
}

/** Cards per column drawn in the board's first frame, as many as its first request asks for; the rest follow (usePainted). */
export const FIRST_FRAME_CARDS = BOARD_FIRST_CARDS;

/** Saved jobs as columns by status: each column counts all its jobs and shows the first few. */
export function TrackerBoard({ columns, onStatus, onMore, onOpen }: Props) {
  const painted = usePainted();
  return (
    <div class="db-board" role="region" aria-label="Saved jobs by status">
      {columns.map((c) => (
        <section key={c.status} class="db-board-col" aria-labelledby={`col-${c.status}`} data-status={c.status}>
          <h3 id={`col-${c.status}`}>
            {STATUS_WORDS[c.status]} <span class="db-count">{formatCount(c.total)}</span>
          </h3>
          {c.items.length === 0 ? <p class="db-muted">None</p> : null}
          <ul aria-label={`${STATUS_WORDS[c.status]}: ${c.total}`}>
            {(painted ? c.items : c.items.slice(0, FIRST_FRAME_CARDS)).map((p) => (
              <Card key={p.id} p={p} onStatus={onStatus} onOpen={onOpen} />
            ))}
          </ul>
          {c.total > c.items.length ? (
            <button type="button" class="db-secondary" onClick={() => onMore(c.status)}>
              Show more ({formatCount(c.total - c.items.length)} left)
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}
