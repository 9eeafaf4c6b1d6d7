import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { FIRST_FRAME_ROWS, TrackerView } from '@/components/dashboard/TrackerView';
import { DEFAULT_FILTER } from '@/lib/dashboard/tracker';
import { savedJob } from './saved-job';

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

const none = () => undefined;

describe('TrackerView as a table', () => {
  it('draws the first screenful of rows in its first frame, and the whole page once that frame is painted', async () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const root = document.getElementById('root')!;
    const items = Array.from({ length: 50 }, (_, i) => savedJob(i));
    render(
      <TrackerView
        items={items}
        total={10_000}
        sites={[]}
        loaded
        filter={DEFAULT_FILTER}
        page={0}
        pageSize={50}
        layout="table"
        board={null}
        opened={null}
        onFilter={none}
        onPage={none}
        onStatus={none}
        onNotes={() => Promise.resolve(true)}
        onExportCsv={none}
        onDelete={none}
        onLayout={none}
        onMore={none}
        onOpen={none}
        onShowAll={none}
        onPlan={() => Promise.resolve(true)}
        loadFull={() => Promise.resolve(undefined)}
      />,
      root as unknown as Element,
    );
    const rows = () =>
      [...root.querySelectorAll('tbody[data-posting-id]')].map((r) => r.getAttribute('data-posting-id'));
    expect(FIRST_FRAME_ROWS).toBeLessThan(items.length);
    expect(rows()).toEqual(items.slice(0, FIRST_FRAME_ROWS).map((p) => p.id));
    // The counts speak of the whole page from the first frame on.
    expect(root.textContent).toContain('Showing 1–50 of 10,000 saved jobs');
    await expect.poll(() => rows().length).toBe(50);
    expect(rows()).toEqual(items.map((p) => p.id));
  });
});
