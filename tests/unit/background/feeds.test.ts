import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { Engine } from '@/lib/background/engine';
import { FEED_MIN_INTERVAL_MS, FEED_TTL_MS, boardPostings } from '@/lib/background/feeds';
import { handlers, type BackgroundContext } from '@/lib/background/handlers';

const engine = new Engine();
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

let ctx: BackgroundContext;
let clock: number;
let calls: string[];
let respond: () => Response;
let n = 0;
beforeEach(() => {
  clock = 1_000_000;
  calls = [];
  respond = () =>
    new Response(JSON.stringify(feedJson), { status: 200, headers: { 'content-type': 'application/json' } });
  ctx = {
    db: new SkillFitDB(`feeds-${++n}`),
    engine,
    version: 't',
    openPage: async () => undefined,
    fetch: async (input) => {
      calls.push(String(input));
      return respond();
    },
    now: () => clock,
  };
});
afterEach(async () => {
  vi.restoreAllMocks();
  ctx.db.close();
  await Dexie.delete(ctx.db.name);
});

describe('board feeds', () => {
  it('reads a board feed once, keeps skills per posting, and serves it from the cache', async () => {
    const first = await boardPostings(ctx, BOARD);
    expect(calls).toEqual([FEED]);
    expect([...first.keys()]).toEqual(['greenhouse:11', 'greenhouse:12']);
    expect(first.get('greenhouse:11')!.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['sql', 'python']));
    clock += FEED_MIN_INTERVAL_MS + 1;
    const again = await boardPostings(ctx, `${BOARD}?gh_src=x`);
    expect(again.size).toBe(2);
    expect(calls).toHaveLength(1);
    clock += FEED_TTL_MS;
    await boardPostings(ctx, BOARD);
    expect(calls).toHaveLength(2);
  });

  it('asks a failing board at most once per interval and never throws', async () => {
    // A feed in an unexpected shape is logged for developers, not thrown: the log is captured here.
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    respond = () => new Response('<html>oops</html>', { status: 500 });
    expect((await boardPostings(ctx, BOARD)).size).toBe(0);
    expect((await boardPostings(ctx, BOARD)).size).toBe(0);
    expect(calls).toHaveLength(1);
    respond = () => new Response('{"jobs": "nope"}', { status: 200 });
    clock += FEED_MIN_INTERVAL_MS + 1;
    expect((await boardPostings(ctx, BOARD)).size).toBe(0);
    expect(calls).toHaveLength(2);
    // Only the malformed feed is logged, with the reason; an HTTP error is an ordinary outage.
    expect(debug.mock.calls).toEqual([
      [
        '[skillfit] feed greenhouse:acme',
        expect.objectContaining({ issues: [expect.objectContaining({ path: ['jobs'] })] }),
      ],
    ]);
  });

  it('shares one request between concurrent callers', async () => {
    await Promise.all([boardPostings(ctx, BOARD), boardPostings(ctx, BOARD), boardPostings(ctx, BOARD)]);
    expect(calls).toHaveLength(1);
  });

  it('asks nothing for pages without a feed', async () => {
    expect((await boardPostings(ctx, 'https://www.linkedin.com/jobs/search/?keywords=x')).size).toBe(0);
    expect((await boardPostings(ctx, 'not a url')).size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('scores board cards exactly from the feed', async () => {
    await handlers['profile.set']({ skillId: 'sql', level: 3, source: 'self' }, ctx);
    const { scores } = await handlers['cards.score'](
      {
        cards: [
          { key: 'a', id: 'greenhouse:11', text: 'Data Analyst' },
          { key: 'b', id: 'greenhouse:99', text: 'Data Analyst' },
        ],
        feedUrl: BOARD,
      },
      ctx,
    );
    expect(scores.map((s) => [s.key, s.exact])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(scores[0]!.score).toBeGreaterThan(0);
  });
});
