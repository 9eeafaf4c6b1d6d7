import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TrackerView } from '@/components/dashboard/TrackerView';
import { filterFromParams, filterToParams, toListQuery, type TrackerFilter } from '@/lib/dashboard/tracker';
import { PostingRecordSchema, type PostingRecord, type PostingStatus } from '@/lib/db/records';
import { getDb } from '@/lib/db/database';
import { parseRows } from '@/lib/db/parse';
import { trackerCsv } from '@/lib/dashboard/tracker-csv';
import type { Res } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';
import { writeParams } from '../route';
import { useRefreshOnShow } from '../refresh';

const PAGE = 50;
/** Typing in the search box waits this long for the next key before asking the background. */
const SEARCH_DELAY_MS = 150;
/** Performance mark set when the first page of rows is on screen (read by the dashboard benchmark). */
export const FIRST_ROWS_MARK = 'skillfit:tracker-first-rows';
/** Performance mark set when the first page is asked of the background (the benchmark's breakdown). */
export const FIRST_REQUEST_MARK = 'skillfit:tracker-first-request';
export const FIRST_RESPONSE_MARK = 'skillfit:tracker-first-response';

/** Every saved job as a spreadsheet file (read from the database here: no message-size limit). */
async function exportCsv(): Promise<void> {
  const saved = parseRows(PostingRecordSchema, await getDb().postings.where('saved').equals(1).toArray(), 'postings');
  saved.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
  const url = URL.createObjectURL(new Blob([trackerCsv(saved)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `skillfit-saved-jobs-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Tracker container: one page of saved postings at a time; filters live in the address. */
export function TrackerSection({ guard, params }: { guard: Guard; params: URLSearchParams }) {
  const [filter, setFilter] = useState<TrackerFilter>(() => filterFromParams(params));
  const [page, setPage] = useState(0);
  const [data, setData] = useState<Res<'postings.list'>>({ total: 0, items: [], sites: [] });
  const [loaded, setLoaded] = useState(false);
  const [undo, setUndo] = useState<Res<'posting.delete'> | null>(null);
  const seq = useRef(0);
  const lastSearch = useRef(filter.search);
  const undoRef = useRef<HTMLButtonElement>(null);

  const load = async () => {
    const mine = ++seq.current;
    if (mine === 1) performance.mark(FIRST_REQUEST_MARK);
    const r = await guard(send('postings.list', toListQuery(filter, page, PAGE)));
    // A newer request (the user kept typing or paging) wins over a slower older one.
    if (mine === 1) performance.mark(FIRST_RESPONSE_MARK);
    if (!r || mine !== seq.current) return;
    setData(r);
    setLoaded(true);
  };

  // A layout effect, not useEffect: Preact runs plain effects after the next frame, which would
  // delay the first request by a frame on every load.
  useLayoutEffect(() => {
    const typing = filter.search !== lastSearch.current;
    lastSearch.current = filter.search;
    if (!typing) {
      void load();
      return;
    }
    const t = setTimeout(() => void load(), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [filter, page]);

  useRefreshOnShow(load);

  useLayoutEffect(() => {
    if (data.items.length > 0 && performance.getEntriesByName(FIRST_ROWS_MARK).length === 0)
      performance.mark(FIRST_ROWS_MARK);
  }, [data]);

  useEffect(() => {
    if (undo) undoRef.current?.focus();
  }, [undo]);

  const replace = (rec: PostingRecord) =>
    setData((d) => ({ ...d, items: d.items.map((i) => (i.id === rec.id ? rec : i)) }));

  return (
    <>
      <TrackerView
        {...data}
        loaded={loaded}
        filter={filter}
        page={page}
        pageSize={PAGE}
        onFilter={(f) => {
          setFilter(f);
          setPage(0);
          writeParams('tracker', filterToParams(f));
        }}
        onPage={(n) => {
          setPage(n);
          scrollTo({ top: 0 });
        }}
        onStatus={(id, status: PostingStatus) =>
          void guard(send('posting.setStatus', { id, status })).then((rec) => {
            if (!rec) return;
            // Under a status filter the posting may no longer belong on this page.
            if (filter.status) void load();
            else replace(rec);
          })
        }
        onNotes={async (id, notes) => {
          const rec = await guard(send('posting.setNotes', { id, notes }));
          if (rec) replace(rec);
          return rec !== undefined;
        }}
        onExportCsv={() => void guard(exportCsv())}
        onDelete={(id) =>
          void guard(send('posting.delete', { id })).then((d) => {
            if (!d) return;
            setUndo(d);
            return load();
          })
        }
      />
      {undo ? (
        <div class="db-toast" role="status">
          <span>Deleted “{undo.record.title}”.</span>
          <button
            type="button"
            ref={undoRef}
            onClick={() =>
              void guard(send('posting.restore', undo)).then((ok) => {
                if (!ok) return;
                setUndo(null);
                return load();
              })
            }
          >
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}
