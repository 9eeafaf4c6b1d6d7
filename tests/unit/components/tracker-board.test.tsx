import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { FIRST_FRAME_CARDS, TrackerBoard } from '@/components/dashboard/TrackerBoard';
import { savedJob } from './saved-job';

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

describe('TrackerBoard', () => {
  it('draws the first cards of each column in its first frame, and every card it was given once that frame is painted', async () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const root = document.getElementById('root')!;
    const saved = Array.from({ length: 20 }, (_, i) => savedJob(i));
    const applied = [{ ...savedJob(99), status: 'applied' as const }];
    render(
      <TrackerBoard
        columns={[
          { status: 'saved', total: 30, items: saved },
          { status: 'applied', total: 1, items: applied },
        ]}
        onStatus={() => undefined}
        onMore={() => undefined}
        onOpen={() => undefined}
      />,
      root as unknown as Element,
    );
    const cards = (status: string) =>
      [...root.querySelectorAll(`[data-status="${status}"] .db-board-card`)].map((c) =>
        c.getAttribute('data-posting-id'),
      );
    expect(cards('saved')).toEqual(saved.slice(0, FIRST_FRAME_CARDS).map((p) => p.id));
    expect(cards('applied')).toEqual(['lever:99']);
    // What is left is counted from everything the column holds, in the first frame too.
    expect(root.textContent).toContain('Show more (10 left)');
    // Preact runs plain effects after the next frame (requestAnimationFrame, else a timeout).
    await expect.poll(() => cards('saved').length).toBe(20);
    expect(cards('saved')).toEqual(saved.map((p) => p.id));
    expect(root.textContent).toContain('Show more (10 left)');
  });
});
