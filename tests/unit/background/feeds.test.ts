import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FEED_MIN_INTERVAL_MS, FEED_TTL_MS, boardPostings, type FeedEntry } from '@/lib/background/feeds';
import { FEED_WAIT_MS } from '@/lib/background/cards';
import { handlers } from '@/lib/background/handlers';
import { testContext } from './context';

const BOARD = 'https://boards.greenhouse.io/acme';
const FEED = 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true';
const feedJson = {
  jobs: [
    {
      id: 11,
      title: 'Data Analyst',
      absolute_url: 'https://boards.greenhouse.io/acme/jobs/11',
      location: { name: 'Leeds' },
      content: '&lt;p&gt;SQL and Python required&lt;/p&gt;',
    },
    {
      id: 12,
      title: 'Line Cook',
      absolute_url: 'https://boards.greenhouse.io/acme/jobs/12',
      location: null,
      content: '<p>Food safety, knife skills</p>',
    },
  ],
};

let ctx: ReturnType<typeof testContext>;
let clock: number;
let calls: string[];
let respond: () => Response | Promise<Response>;
beforeEach(() => {
  clock = 1_000_000;
  calls = [];
  respond = () =>
    new Response(JSON.stringify(feedJson), { status: 200, headers: { 'content-type': 'application/json' } });
  ctx = testContext({
    fetch: async (input) => {
      calls.push(String(input));
      return respond();
    },
    now: () => clock,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await ctx.dispose();
});

/** The map a page's feed read gave (never 'loading' without a time bound). */
async function postings(page: string): Promise<Map<string, FeedEntry>> {
  const got = await boardPostings(ctx, page);
  if (got === 'loading') throw new Error('boardPostings without a bound answered "loading"');
  return got;
}

describe('board feeds', () => {
  it('reads a board feed once, keeps skills per posting, and serves it from the cache', async () => {
    const first = await postings(BOARD);
    expect(calls).toEqual([FEED]);
    expect([...first.keys()]).toEqual(['greenhouse:11', 'greenhouse:12']);
    expect(first.get('greenhouse:11')!.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['sql', 'python']));
    clock += FEED_MIN_INTERVAL_MS + 1;
    const again = await postings(`${BOARD}?gh_src=x`);
    expect(again.size).toBe(2);
    expect(calls).toHaveLength(1);
    clock += FEED_TTL_MS;
    await postings(BOARD);
    expect(calls).toHaveLength(2);
  });

  it('asks a failing board at most once per interval and never throws', async () => {
    // A feed in an unexpected shape is logged for developers, not thrown: the log is captured here.
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    respond = () => new Response('<html>oops</html>', { status: 500 });
    expect((await postings(BOARD)).size).toBe(0);
    expect((await postings(BOARD)).size).toBe(0);
    expect(calls).toHaveLength(1);
    respond = () => new Response('{"jobs": "nope"}', { status: 200 });
    clock += FEED_MIN_INTERVAL_MS + 1;
    expect((await postings(BOARD)).size).toBe(0);
    expect(calls).toHaveLength(2);
    // Only the malformed feed is logged, with the reason; an HTTP error is an ordinary outage.
    expect(debug.mock.calls).toEqual([
      [
        '[skillfit] feed greenhouse:acme unavailable',
        expect.objectContaining({ message: expect.stringMatching(/job list/) }),
      ],
    ]);
  });

  it('shares one request between concurrent callers', async () => {
    await Promise.all([postings(BOARD), postings(BOARD), postings(BOARD)]);
    expect(calls).toHaveLength(1);
  });

  it('asks nothing for pages without a feed', async () => {
    expect((await postings('https://www.linkedin.com/jobs/search/?keywords=x')).size).toBe(0);
    expect((await postings('not a url')).size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('keeps the cached postings when a later read gets no job list', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect((await postings(BOARD)).size).toBe(2);
    clock += FEED_TTL_MS + 1;
    respond = () => new Response('{"error": "maintenance"}', { status: 200 });
    expect((await postings(BOARD)).size).toBe(2);
    expect(calls).toHaveLength(2);
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('keeps the other jobs of a board when one is malformed, and reports it once', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    try {
      const jobs = [{ ...feedJson.jobs[0]!, title: null }, feedJson.jobs[1]!];
      respond = () => new Response(JSON.stringify({ jobs }), { status: 200 });
      expect([...(await postings(BOARD)).keys()]).toEqual(['greenhouse:12']);
      expect(debug).toHaveBeenCalledTimes(1);
      expect(String(debug.mock.calls[0]![0])).toMatch(/greenhouse:acme: 1 job\(s\) left out/);
    } finally {
      debug.mockRestore();
    }
  });
});

describe('cards.score on a board with a feed', () => {
  const cards = [
    { key: 'a', id: 'greenhouse:11', text: 'Data Analyst' },
    { key: 'b', id: 'greenhouse:99', text: 'Data Analyst' },
  ];
  beforeEach(() => handlers['profile.set']({ skillId: 'sql', level: 3, source: 'self' }, ctx));

  it('decides from the page address alone, and scores the cards the feed has exactly', async () => {
    const reply = await handlers['cards.score']({ page: BOARD, cards }, ctx);
    expect(calls).toEqual([FEED]);
    expect(reply.feedPending).toBe(false);
    expect(reply.scores.map((s) => [s.key, s.exact])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(reply.scores[0]!.score).toBeGreaterThan(0);
  });

  it('reads no feed for a page of a site without one', async () => {
    const reply = await handlers['cards.score'](
      { page: 'https://www.linkedin.com/jobs/search/?keywords=analyst', cards },
      ctx,
    );
    expect(calls).toEqual([]);
    expect(reply.feedPending).toBe(false);
    expect(reply.scores.map((s) => s.exact)).toEqual([false, false]);
  });

  it('answers with estimates when the feed is slow, and exactly once asked to wait for it', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    respond = async () => {
      await arrived;
      return new Response(JSON.stringify(feedJson), { status: 200 });
    };
    const started = Date.now();
    const first = await handlers['cards.score']({ page: BOARD, cards }, ctx);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FEED_WAIT_MS - 20);
    expect(first.feedPending).toBe(true);
    expect(first.scores.map((s) => s.exact)).toEqual([false, false]);

    const second = handlers['cards.score']({ page: BOARD, cards, waitForFeed: true }, ctx);
    release();
    const exact = await second;
    expect(exact.feedPending).toBe(false);
    expect(exact.scores.map((s) => [s.key, s.exact])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    // The follow-up shared the first request's fetch.
    expect(calls).toEqual([FEED]);
  });
});
