import type { PostingPlan, PostingRecord, PostingStatus } from '@/lib/db/records';
import type { Res } from '@/lib/messaging/protocol';
import { siteName } from '@/lib/dashboard/sites';
import { TrackerBoard } from './TrackerBoard';
import type { PostingFull } from './TrackerDetails';
import { SIGNAL_FILTERS, SIGNAL_FILTER_KEYS, type SignalFilter } from '@/lib/posting/chips';
import {
  isFiltered,
  MIN_FIT_CHOICES,
  pageCount,
  STATUS_WORDS,
  TRACKER_SORTS,
  TRACKER_STATUSES,
  type TrackerFilter,
  type TrackerLayout,
  type TrackerSort,
} from '@/lib/dashboard/tracker';
import { formatCount as num } from '@/lib/dashboard/format';
import { TrackerRow } from './TrackerRow';
import { usePainted } from './first-frame';

interface Props {
  items: PostingRecord[];
  total: number;
  sites: string[];
  loaded: boolean;
  filter: TrackerFilter;
  page: number;
  pageSize: number;
  onFilter(f: TrackerFilter): void;
  onPage(page: number): void;
  onStatus(id: string, status: PostingStatus): void;
  onNotes(id: string, notes: string): Promise<boolean>;
  onExportCsv(): void;
  onDelete(id: string): void;
  layout: TrackerLayout;
  board: Res<'postings.board'> | null;
  /** The one posting shown opened, or null for the list. */
  opened: string | null;
  onLayout(l: TrackerLayout): void;
  onMore(status: PostingStatus): void;
  onOpen(id: string): void;
  onShowAll(): void;
  onPlan(id: string, plan: PostingPlan): Promise<boolean>;
  loadFull(id: string): Promise<PostingFull | undefined>;
}

/** Rows drawn in the table's first frame: about what a window shows; the rest follow once it is painted (usePainted). */
export const FIRST_FRAME_ROWS = 12;

/** The page of saved jobs as a table: a row each, the first screenful drawn first. */
function TrackerTable(p: Props) {
  const painted = usePainted();
  const rows = painted ? p.items : p.items.slice(0, FIRST_FRAME_ROWS);
  return (
    <table class="db-table" aria-label="Saved jobs">
      <thead>
        <tr>
          <th scope="col" class="db-col-fit">
            Fit
          </th>
          <th scope="col">Job</th>
          <th scope="col" class="db-col-status">
            Status
          </th>
          <th scope="col" class="db-col-actions">
            Actions
          </th>
        </tr>
      </thead>
      {rows.map((item) => (
        <TrackerRow
          key={item.id}
          posting={item}
          onStatus={p.onStatus}
          onNotes={p.onNotes}
          onDelete={p.onDelete}
          onPlan={p.onPlan}
          loadFull={p.loadFull}
          initiallyOpen={item.id === p.opened}
        />
      ))}
    </table>
  );
}

/** Saved postings, one page at a time: search, filter by status, site and fit, sort, change status, notes, open, delete. */
export function TrackerView(p: Props) {
  const { filter: f, onFilter } = p;
  const pages = pageCount(p.total, p.pageSize);
  const first = p.page * p.pageSize + 1;
  const last = Math.min(p.total, (p.page + 1) * p.pageSize);
  return (
    <section class="db-section" aria-labelledby="tracker-h">
      <div class="db-heading-row">
        <h2 id="tracker-h">Saved jobs</h2>
        <div class="db-row">
          <div role="group" aria-label="View" class="db-toggle">
            {(['table', 'board'] as const).map((l) => (
              <button
                key={l}
                type="button"
                class="db-secondary"
                aria-pressed={p.layout === l && !p.opened}
                onClick={() => p.onLayout(l)}
              >
                {l === 'table' ? 'List' : 'Board'}
              </button>
            ))}
          </div>
          {p.total > 0 || p.board ? (
            <button type="button" class="db-secondary" onClick={p.onExportCsv}>
              Export to CSV
            </button>
          ) : null}
        </div>
      </div>
      <form class="db-filters" role="search" aria-label="Filter saved jobs" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input
            type="search"
            placeholder="Title, company or place"
            value={f.search}
            onInput={(e) => onFilter({ ...f, search: e.currentTarget.value })}
          />
        </label>
        {p.layout === 'board' ? null : (
          <label>
            Status
            <select
              value={f.status}
              onChange={(e) => onFilter({ ...f, status: e.currentTarget.value as PostingStatus | '' })}
            >
              <option value="">Any status</option>
              {TRACKER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Site
          <select value={f.site} onChange={(e) => onFilter({ ...f, site: e.currentTarget.value })}>
            <option value="">Any site</option>
            {p.sites.map((s) => (
              <option key={s} value={s}>
                {siteName(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          About the job
          <select
            value={f.signal}
            onChange={(e) => onFilter({ ...f, signal: e.currentTarget.value as SignalFilter | '' })}
          >
            <option value="">Any job</option>
            {SIGNAL_FILTER_KEYS.map((k) => (
              <option key={k} value={k}>
                {SIGNAL_FILTERS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fit
          <select value={String(f.minFit)} onChange={(e) => onFilter({ ...f, minFit: Number(e.currentTarget.value) })}>
            {MIN_FIT_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {m === 0 ? 'Any fit' : `${m}% or more`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select value={f.sort} onChange={(e) => onFilter({ ...f, sort: e.currentTarget.value as TrackerSort })}>
            {(Object.keys(TRACKER_SORTS) as TrackerSort[]).map((k) => (
              <option key={k} value={k}>
                {TRACKER_SORTS[k].label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="db-muted" role="status" aria-live="polite">
        {!p.loaded
          ? 'Loading…'
          : p.opened
            ? 'One saved job, opened.'
            : p.layout === 'board'
              ? `${num(p.board?.columns.reduce((n, c) => n + c.total, 0) ?? 0)} saved jobs by status`
              : p.total === 0
                ? ''
                : `Showing ${num(first)}–${num(last)} of ${num(p.total)} saved jobs`}
      </p>
      {p.opened ? (
        <button type="button" class="db-secondary" onClick={p.onShowAll}>
          Show all saved jobs
        </button>
      ) : null}
      {p.layout === 'board' && p.board ? (
        <TrackerBoard columns={p.board.columns} onStatus={p.onStatus} onMore={p.onMore} onOpen={p.onOpen} />
      ) : null}
      {p.layout === 'table' && p.loaded && p.total === 0 ? (
        isFiltered(f) ? (
          <div class="db-card db-empty" role="note">
            <strong>No saved jobs match these filters.</strong>
            <p>Clear the search or choose “Any” in the filters to see all your saved jobs.</p>
          </div>
        ) : (
          <div class="db-card db-empty" role="note">
            <strong>No saved jobs yet.</strong>
            <p>
              Open a job posting on any job site and press <strong>Save job</strong> in the SkillFit panel, or click the
              SkillFit toolbar button on any careers page. Saved jobs appear here with their fit, and you can track
              where each application stands.
            </p>
          </div>
        )
      ) : null}
      {p.layout === 'table' && p.total > 0 ? <TrackerTable {...p} /> : null}
      {p.layout === 'table' && !p.opened && pages > 1 ? (
        <nav class="db-pager" aria-label="Pages of saved jobs">
          <button type="button" class="db-secondary" disabled={p.page === 0} onClick={() => p.onPage(0)}>
            First
          </button>
          <button type="button" class="db-secondary" disabled={p.page === 0} onClick={() => p.onPage(p.page - 1)}>
            Previous
          </button>
          <span>
            Page {num(p.page + 1)} of {num(pages)}
          </span>
          <button
            type="button"
            class="db-secondary"
            disabled={p.page >= pages - 1}
            onClick={() => p.onPage(p.page + 1)}
          >
            Next
          </button>
          <button type="button" class="db-secondary" disabled={p.page >= pages - 1} onClick={() => p.onPage(pages - 1)}>
            Last
          </button>
        </nav>
      ) : null}
    </section>
  );
}
