// Board feeds are the one place the background reads the network: hostile or broken servers must
// not hang it, flood it, or let one bad cached row spoil a page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CONCURRENT_FEEDS, MAX_FEED_BYTES, boardPostings, readJsonCapped } from '@/lib/background/feeds';
import { testContext } from '../background/context';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await ctx?.dispose();
});

const job = (id: number) => ({
  id,
  title: `Job ${id}`,
  absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
  content: 'SQL',
});

/** A body streamed in chunks, with no content-length: only counting can stop it. */
function endless(chunk: number, chunks: number): Response {
  let sent = 0;
  const piece = new TextEncoder().encode('['.padEnd(chunk, ' '));
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= chunks) controller.close();
        else controller.enqueue(piece);
      },
    }),
    { status: 200 },
  );
}

describe('board feeds under hostile servers', () => {
  it('stops reading a body past the byte cap when no length is sent', async () => {
    const res = endless(1_000_000, Math.ceil(MAX_FEED_BYTES / 1_000_000) + 30);
    await expect(readJsonCapped(res, MAX_FEED_BYTES)).rejects.toThrow(/cap/);
    ctx = testContext({ fetch: async () => endless(1_000_000, 60) });
    expect((await boardPostings(ctx, 'https://boards.greenhouse.io/acme')) as Map<string, unknown>).toEqual(new Map());
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const res = new Response('{"jobs": []}', { headers: { 'content-length': String(MAX_FEED_BYTES + 1) } });
    await expect(readJsonCapped(res, MAX_FEED_BYTES)).rejects.toThrow(/over the/);
  });

  it(`fetches at most ${MAX_CONCURRENT_FEEDS} boards at once, however many pages ask`, async () => {
    let open = 0;
    let peak = 0;
    ctx = testContext({
      fetch: async () => {
        open++;
        peak = Math.max(peak, open);
        await new Promise((r) => setTimeout(r, 5));
        open--;
        return new Response(JSON.stringify({ jobs: [job(1)] }), { status: 200 });
      },
    });
    const boards = Array.from({ length: 12 }, (_, i) => `https://boards.greenhouse.io/board${i}`);
    const results = await Promise.all(boards.map((b) => boardPostings(ctx, b)));
    expect(results.every((r) => r instanceof Map && r.size === 1)).toBe(true);
    expect(peak).toBe(MAX_CONCURRENT_FEEDS);
  });

  it('gives up on a server that never answers, passing the abort signal', async () => {
    let signal: AbortSignal | undefined;
    ctx = testContext({
      fetch: (_input, init) => {
        signal = init?.signal ?? undefined;
        return Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'));
      },
    });
    expect(await boardPostings(ctx, 'https://boards.greenhouse.io/acme')).toEqual(new Map());
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('keeps the good cached rows when one is damaged', async () => {
    ctx = testContext({
      fetch: async () => {
        throw new Error('offline');
      },
    });
    await ctx.db.feeds.put({
      key: 'greenhouse:acme',
      fetchedAt: ctx.now(),
      attemptedAt: ctx.now(),
      postings: [
        { id: 'greenhouse:1', skills: [{ id: 'sql', requirement: 'required', years: null }] },
        { id: 'greenhouse:2', skills: 'lots' },
        { id: 3, skills: [] },
        null,
        { id: 'greenhouse:4', skills: [{ id: 'python', requirement: 'maybe', years: null }] },
      ],
    });
    const got = await boardPostings(ctx, 'https://boards.greenhouse.io/acme');
    expect(got instanceof Map ? [...got.keys()] : got).toEqual(['greenhouse:1']);
  });
});
