import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TrackerView } from '@/components/dashboard/TrackerView';
import { browser } from 'wxt/browser';
import {
  BOARD_FIRST_CARDS,
  BOARD_LIMIT,
  filterFromParams,
  filterToParams,
  layoutFromParams,
  toBoardQuery,
  toListQuery,
  type TrackerFilter,
  type TrackerLayout,
} from '@/lib/dashboard/tracker';
import { PostingRecordSchema, type PostingPlan, type PostingRecord, type PostingStatus } from '@/lib/db/records';
import { parseRows } from '@/lib/db/parse';
import { trackerCsv } from '@/lib/dashboard/tracker-csv';
import type { Res } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';
import { writeParams } from '../route';
import { useRefreshOnShow } from '../refresh';
import {
  BOARD_CARDS_MARK,
  FIRST_REQUEST_MARK,
  FIRST_RESPONSE_MARK,
  FIRST_ROWS_MARK,
  TRACKER_PAGE as PAGE,
} from '../tracker-first';

/** Typing in the search box waits this long for the next key before asking the background. */
const SEARCH_DELAY_MS = 150;

/** Every saved job as a spreadsheet file (read from the database here: no message-size limit). */
async function exportCsv(): Promise<void> {
  // The database code loads only for this: the tracker's pages come from the background.
  const [{ getDb }, { withFits }] = await Promise.all([import('@/lib/db/database'), import('@/lib/db/fits')]);
  const db = getDb();
  const saved = parseRows(
    PostingRecordSchema,
    await withFits(db, await db.postings.where('saved').equals(1).toArray()),
    'postings',
  );
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

/**
 * Asks for the notifications permission when a follow-up date is set (it must be asked from the
 * click itself); answers whether reminders can show.
 */
async function allowReminders(): Promise<boolean> {
  try {
    if (await browser.permissions.contains({ permissions: ['notifications'] })) return true;
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** Runs `f` once the next frame is painted (a timeout set in the frame's animation callback runs after its paint). */
const afterPaint = (f: () => void) => requestAnimationFrame(() => setTimeout(f));

/** Tracker container: one page of saved postings at a time, or a board by status; filters live in the address. */
export function TrackerSection({ guard, params }: { guard: Guard; params: URLSearchParams }) {
  const [filter, setFilter] = useState<TrackerFilter>(() => filterFromParams(params));
  const [layout, setLayout] = useState<TrackerLayout>(() => layoutFromParams(params));
  const [board, setBoard] = useState<Res<'postings.board'> | null>(null);
  const [more, setMore] = useState<Partial<Record<PostingStatus, number>>>({});
  /** A posting to show opened (a reminder was clicked, or Details on the board). */
  const [opened, setOpened] = useState<string | null>(() => params.get('open'));
  const [reminderNote, setReminderNote] = useState('');
  const [page, setPage] = useState(0);
  const [data, setData] = useState<Res<'postings.list'>>({ total: 0, items: [] });
  /** The sites of the saved jobs, for the site filter: asked once the rows or cards are on screen. */
  const [sites, setSites] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [undo, setUndo] = useState<Res<'posting.delete'> | null>(null);
  const seq = useRef(0);
  const lastSearch = useRef(filter.search);
  const undoRef = useRef<HTMLButtonElement>(null);

  const load = async () => {
    if (layout === 'board') return loadBoard();
    if (opened) {
      // Just the one posting, on top, opened.
      const r = await guard(send('posting.get', { id: opened }));
      if (r?.record.saved === 1) {
        setData({ total: 1, items: [r.record] });
        setLoaded(true);
        return;
      }
    }
    const mine = ++seq.current;
    if (mine === 1 && performance.getEntriesByName(FIRST_REQUEST_MARK).length === 0)
      performance.mark(FIRST_REQUEST_MARK);
    const r = await guard(send('postings.list', toListQuery(filter, page, PAGE)));
    // A newer request (the user kept typing or paging) wins over a slower older one.
    if (mine === 1) performance.mark(FIRST_RESPONSE_MARK);
    if (!r || mine !== seq.current) return;
    setData(r);
    setLoaded(true);
    loadSites();
  };

  // Asked once the first rows or cards are painted: the background's read of the sites does not
  // compete with their drawing.
  const loadSites = () => afterPaint(() => void guard(send('postings.sites', {})).then((r) => r && setSites(r.sites)));

  // The board's first load asks for the first cards of each column (as the early request does,
  // tracker-first.ts), then for the rest once those are on screen; later loads ask for all at once.
  const loadBoard = async (cards = seq.current === 0 ? BOARD_FIRST_CARDS : BOARD_LIMIT) => {
    const mine = ++seq.current;
    const r = await guard(send('postings.board', toBoardQuery(filter, more, cards)));
    if (!r || mine !== seq.current) return;
    setBoard(r);
    setLoaded(true);
    if (cards >= BOARD_LIMIT) return loadSites();
    // Unless the user asked for something else meanwhile.
    afterPaint(() => void (mine === seq.current && loadBoard(BOARD_LIMIT)));
  };

  const toUrl = (f: TrackerFilter, l: TrackerLayout) => {
    const q = filterToParams(f);
    if (l === 'board') q.set('view', 'board');
    writeParams('tracker', q);
  };

  const onPlan = async (id: string, plan: PostingPlan) => {
    // Asked at once, from the click: a reminder needs the user's leave to show a notification.
    const allowed = typeof plan.followUpAt === 'number' ? allowReminders() : null;
    const rec = await guard(send('posting.update', { id, ...plan }));
    if (!rec) return false;
    replace(rec);
    // The fields are saved whatever the answer; the user may take their time over the browser's question.
    void allowed?.then(async (ok) => {
      if (ok) await guard(send('reminders.arm', {}));
      setReminderNote(
        ok
          ? ''
          : 'Notifications are off for SkillFit, so the follow-up shows here in Saved jobs only. Set the date again to allow them.',
      );
    });
    return true;
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
  }, [filter, page, layout, more, opened]);

  useRefreshOnShow(load);

  useLayoutEffect(() => {
    if (data.items.length > 0 && performance.getEntriesByName(FIRST_ROWS_MARK).length === 0)
      performance.mark(FIRST_ROWS_MARK);
  }, [data]);
  useLayoutEffect(() => {
    if (board?.columns.some((c) => c.items.length) && performance.getEntriesByName(BOARD_CARDS_MARK).length === 0)
      performance.mark(BOARD_CARDS_MARK);
  }, [board]);

  useEffect(() => {
    if (undo) undoRef.current?.focus();
  }, [undo]);

  const replace = (rec: PostingRecord) =>
    setData((d) => ({ ...d, items: d.items.map((i) => (i.id === rec.id ? rec : i)) }));

  return (
    <>
      {reminderNote ? (
        <p class="db-note" role="note">
          {reminderNote}
        </p>
      ) : null}
      <TrackerView
        {...data}
        sites={sites}
        loaded={loaded}
        filter={filter}
        page={page}
        pageSize={PAGE}
        layout={layout}
        board={board}
        opened={opened}
        onLayout={(l) => {
          setLayout(l);
          setOpened(null);
          setMore({});
          toUrl(filter, l);
        }}
        onMore={(s) => setMore((m) => ({ ...m, [s]: (m[s] ?? BOARD_LIMIT) + BOARD_LIMIT * 5 }))}
        onOpen={(id) => {
          setLayout('table');
          setOpened(id);
        }}
        onShowAll={() => {
          setOpened(null);
          toUrl(filter, 'table');
        }}
        onPlan={onPlan}
        loadFull={(id) => guard(send('posting.get', { id }))}
        onFilter={(f) => {
          setFilter(f);
          setPage(0);
          setOpened(null);
          toUrl(f, layout);
        }}
        onPage={(n) => {
          setPage(n);
          scrollTo({ top: 0 });
        }}
        onStatus={(id, status: PostingStatus) =>
          void guard(send('posting.setStatus', { id, status })).then((rec) => {
            if (!rec) return;
            // Under a status filter (or on the board) the posting may no longer belong where it is.
            if (filter.status || layout === 'board') void load();
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
