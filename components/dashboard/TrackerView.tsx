import type { PostingRecord, PostingStatus } from '@/lib/db/records';

export const STATUSES: PostingStatus[] = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'];

export interface TrackerFilter {
  sort: 'fit' | 'savedAt' | 'title';
  status: PostingStatus | '';
  site: string;
  search: string;
}

interface Props {
  items: PostingRecord[];
  total: number;
  sites: string[];
  filter: TrackerFilter;
  page: number;
  pageSize: number;
  onFilter(f: TrackerFilter): void;
  onPage(page: number): void;
  onStatus(id: string, status: PostingStatus): void;
  onDelete(id: string): void;
}

const date = (t: number | null) => (t ? new Date(t).toLocaleDateString() : '');

/** Saved postings, one page at a time: filter, sort, change status, open, delete. */
export function TrackerView({ items, total, sites, filter, page, pageSize, onFilter, onPage, onStatus, onDelete }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section class="db-section" aria-labelledby="tracker-h">
      <h2 id="tracker-h">Saved jobs</h2>
      <div class="db-row" role="search">
        <label>
          Search
          <input type="search" value={filter.search} onInput={(e) => onFilter({ ...filter, search: e.currentTarget.value })} />
        </label>
        <label>
          Status
          <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.currentTarget.value as PostingStatus | '' })}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select value={filter.site} onChange={(e) => onFilter({ ...filter, site: e.currentTarget.value })}>
            <option value="">All</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select value={filter.sort} onChange={(e) => onFilter({ ...filter, sort: e.currentTarget.value as TrackerFilter['sort'] })}>
            <option value="savedAt">Date saved</option>
            <option value="fit">Fit</option>
            <option value="title">Title</option>
          </select>
        </label>
      </div>
      {total === 0 ? (
        <p class="db-card" role="note">
          No saved jobs{filter.search || filter.status || filter.site ? ' match these filters' : ' yet'}. Browse a job site and
          press <strong>Save job</strong> on a posting, or use the SkillFit toolbar button on any career page.
        </p>
      ) : (
        <table aria-label="Saved jobs">
          <thead>
            <tr>
              <th scope="col">Fit</th>
              <th scope="col">Job</th>
              <th scope="col">Status</th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span class="db-muted">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} data-posting-id={p.id}>
                <td class="db-fit">{p.fit === null ? '—' : `${p.fit}%`}</td>
                <td>
                  <a href={p.url} target="_blank" rel="noopener noreferrer">
                    {p.title}
                  </a>
                  <div class="db-muted">{[p.company, p.location, p.site].filter(Boolean).join(' · ')}</div>
                  {p.history.length > 1 ? (
                    <div class="db-muted" aria-label="Status history">
                      {p.history.map((h) => `${h.status} ${date(h.at)}`).join(' → ')}
                    </div>
                  ) : null}
                </td>
                <td>
                  <select
                    aria-label={`Status of ${p.title}`}
                    value={p.status}
                    onChange={(e) => onStatus(p.id, e.currentTarget.value as PostingStatus)}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{date(p.savedAt)}</td>
                <td>
                  <button type="button" class="db-danger" aria-label={`Delete ${p.title}`} onClick={() => onDelete(p.id)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav class="db-row" aria-label="Pages">
          <button type="button" class="db-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous
          </button>
          <span>
            Page {page + 1} of {pages} · {total} jobs
          </span>
          <button type="button" class="db-secondary" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            Next
          </button>
        </nav>
      ) : (
        <p class="db-muted">{total} saved jobs</p>
      )}
    </section>
  );
}
