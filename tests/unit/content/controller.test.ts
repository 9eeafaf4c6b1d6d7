// The content script's PageController on real fixture pages: what it asks the background, once
// per need, and what it draws from the replies (which may arrive late, or after the page moved on).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageController } from '@/entrypoints/jobs.content/controller';
import { stableId, type Posting } from '@/lib/sites';
import type { ParsedReq, Res } from '@/lib/messaging/protocol';
import type { PostingView } from '@/lib/messaging/views';
import { loadFixtures } from '../sites/helpers';
import { linkedinCards, linkedinSearchPage } from '../../e2e/pages';
import { badgeTexts, closePage, fakeBackground, gate, openPage, settle, shadowRootOf, shadowText } from './page';

const fixtures = loadFixtures();
function fixture(name: string) {
  const f = fixtures.find((x) => `${x.site}/${x.name}` === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return { ...f, expected: f.expected as { posting?: Posting; detail?: Posting; cards?: { jobId: string }[] } };
}

const settings = {
  'settings.get': async () => ({ showBadges: true, panelCollapsed: false }),
};

/** Every card estimated at 40 (what the background answers for a card it knows nothing about). */
function estimates({ cards }: ParsedReq<'cards.score'>): Res<'cards.score'> {
  return {
    scores: cards.map((c) => ({ key: c.key, score: 40, exact: false, saved: false })),
    profileEmpty: false,
    feedPending: false,
  };
}

function viewOf(posting: Posting, score: number, saved = false): PostingView {
  return {
    id: stableId(posting),
    site: posting.site,
    url: posting.url,
    title: posting.title,
    company: posting.company,
    location: posting.location,
    skills: [],
    fit: { score, basis: 2, matched: [], partial: [], missing: [] },
    saved,
    status: saved ? 'saved' : 'seen',
    recommendations: [],
    profileEmpty: false,
  };
}

type Bg = ReturnType<typeof fakeBackground>;
let bg: Bg;
const types = () => bg.sent.map((m) => m.type);
const cardsSent = (i: number) => bg.sent.filter((m) => m.type === 'cards.score')[i]!.payload;
const panelText = (doc: Document) => shadowText(doc.querySelector('skillfit-panel')!);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  expect(bg.problems).toEqual([]);
  closePage();
});

describe('PageController', () => {
  it('a posting page: one page.analyze with the posting read, the panel shows its reply', async () => {
    const fx = fixture('greenhouse/posting-classic');
    const page = openPage(fx.html, fx.url);
    bg = fakeBackground({ ...settings, 'page.analyze': async ({ posting }) => viewOf(posting, 72) });
    const controller = new PageController(page);
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'page.analyze']);
    expect(bg.sent[1]!.payload).toEqual({ posting: fx.expected.posting });
    expect(panelText(page.document)).toMatch(/72% fit/);
    expect(controller.currentPosting()).toEqual(fx.expected.posting);
    expect(page.document.querySelectorAll('skillfit-badge')).toHaveLength(0);
    // Re-reading an unchanged page asks nothing again.
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'page.analyze']);
  });

  it('a list page: one cards.score with the page address and every card, one badge each', async () => {
    const fx = fixture('linkedin/search-guest');
    const page = openPage(fx.html, fx.url);
    bg = fakeBackground({ ...settings, 'cards.score': async (req) => estimates(req) });
    const controller = new PageController(page);
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'cards.score']);
    const req = cardsSent(0) as ParsedReq<'cards.score'>;
    expect(req.page).toBe(fx.url);
    expect(req.waitForFeed).toBeUndefined();
    expect(req.cards.map((c) => c.id)).toEqual(fx.expected.cards!.map((c) => `linkedin:${c.jobId}`));
    expect(new Set(req.cards.map((c) => c.key)).size).toBe(req.cards.length);
    for (const c of req.cards) expect(c.text.length).toBeGreaterThan(10);
    expect(badgeTexts(page.document)).toEqual(['~40% fit', '~40% fit']);
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'cards.score']);
  });

  it('cards added by scrolling: one more request, for the new cards only, none badged twice', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
    const page = openPage(linkedinSearchPage(5, 0), url);
    bg = fakeBackground({ ...settings, 'cards.score': async (req) => estimates(req) });
    const controller = new PageController(page);
    await controller.refresh();
    page.document.querySelector('#list')!.insertAdjacentHTML('beforeend', linkedinCards(5, 3));
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'cards.score', 'cards.score']);
    const [first, second] = [0, 1].map((i) => (cardsSent(i) as ParsedReq<'cards.score'>).cards);
    expect(first!.map((c) => c.id)).toEqual([0, 1, 2, 3, 4].map((n) => `linkedin:${4100000000 + n}`));
    expect(second!.map((c) => c.id)).toEqual([5, 6, 7].map((n) => `linkedin:${4100000000 + n}`));
    expect(second!.some((c) => first!.some((f) => f.key === c.key))).toBe(false);
    const perCard = [...page.document.querySelectorAll('li[data-occludable-job-id]')].map(
      (li) => li.querySelectorAll('skillfit-badge').length,
    );
    expect(perCard).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(badgeTexts(page.document).every((t) => t === '~40% fit')).toBe(true);
  });

  it('a board of 1,200 cards: three requests the protocol accepts (500, 500, 200), every card badged once', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
    const page = openPage(linkedinSearchPage(1200, 0), url);
    bg = fakeBackground({ ...settings, 'cards.score': async (req) => estimates(req) });
    await new PageController(page).refresh();
    expect(types()).toEqual(['settings.get', 'cards.score', 'cards.score', 'cards.score']);
    const sizes = [0, 1, 2].map((i) => (cardsSent(i) as ParsedReq<'cards.score'>).cards.length);
    expect(sizes).toEqual([500, 500, 200]);
    const texts = badgeTexts(page.document);
    expect(texts).toHaveLength(1200);
    expect(texts.every((t) => t === '~40% fit')).toBe(true);
  });

  it('a refused request: its cards get no badge, and the next read of the page scores them', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
    const page = openPage(linkedinSearchPage(700, 0), url);
    let calls = 0;
    bg = fakeBackground({
      ...settings,
      'cards.score': async (req) => {
        // The second chunk fails once (a background restarting under the page).
        if (++calls === 2) throw new Error('background busy');
        return estimates(req);
      },
    });
    const controller = new PageController(page);
    await expect(controller.refresh()).rejects.toThrow(/cards.score failed/);
    expect(badgeTexts(page.document)).toHaveLength(500);
    await controller.refresh();
    const last = (cardsSent(2) as ParsedReq<'cards.score'>).cards;
    expect(last).toHaveLength(200);
    expect(last[0]!.id).toBe(`linkedin:${4100000000 + 500}`);
    const texts = badgeTexts(page.document);
    expect(texts).toHaveLength(700);
    expect(texts.every((t) => t === '~40% fit')).toBe(true);
    // The router reported the one thrown handler, and nothing else went wrong.
    expect(bg.problems.length).toBeGreaterThan(0);
    expect(bg.problems.every((p) => /cards\.score failed|background busy/.test(p))).toBe(true);
    bg.problems.length = 0;
  });

  it("a feed board: the background's exact scores come in the one reply", async () => {
    const fx = fixture('greenhouse/list-new');
    const page = openPage(fx.html, fx.url);
    bg = fakeBackground({
      ...settings,
      'cards.score': async ({ cards }) => ({
        scores: cards.map((c, i) => ({ key: c.key, score: 60 + i, exact: true, saved: false })),
        profileEmpty: false,
        feedPending: false,
      }),
    });
    await new PageController(page).refresh();
    expect(types()).toEqual(['settings.get', 'cards.score']);
    expect((cardsSent(0) as ParsedReq<'cards.score'>).page).toBe(fx.url);
    expect(badgeTexts(page.document)).toEqual(['60% fit', '61% fit', '62% fit']);
  });

  it('a feed board whose feed is slow: estimates first, then one request that waits for the feed', async () => {
    const fx = fixture('greenhouse/list-new');
    const page = openPage(fx.html, fx.url);
    const feed = gate();
    let shownWhileWaiting: string[] = [];
    bg = fakeBackground({
      ...settings,
      'cards.score': async (req) => {
        if (!req.waitForFeed) {
          // The second card was seen before: exact already; the others wait for the feed.
          const reply = estimates(req);
          reply.scores[1] = { ...reply.scores[1]!, score: 90, exact: true };
          return { ...reply, feedPending: true };
        }
        shownWhileWaiting = badgeTexts(page.document);
        await feed.wait;
        return {
          scores: req.cards.map((c) => ({ key: c.key, score: 75, exact: true, saved: false })),
          profileEmpty: false,
          feedPending: false,
        };
      },
    });
    const done = new PageController(page).refresh();
    await settle();
    expect(shownWhileWaiting).toEqual(['~40% fit', '90% fit', '~40% fit']);
    feed.open();
    await done;
    expect(types()).toEqual(['settings.get', 'cards.score', 'cards.score']);
    const [first, second] = [0, 1].map((i) => cardsSent(i) as ParsedReq<'cards.score'>);
    expect(second!.waitForFeed).toBe(true);
    expect(second!.page).toBe(fx.url);
    expect(second!.cards.map((c) => c.key)).toEqual([first!.cards[0]!.key, first!.cards[2]!.key]);
    expect(badgeTexts(page.document)).toEqual(['75% fit', '90% fit', '75% fit']);
  });

  it("a list with an open job: its card's badge is drawn from the analysis and the save, not asked again", async () => {
    const fx = fixture('linkedin/search-signedin');
    const detail = fx.expected.detail!;
    const page = openPage(fx.html, fx.url);
    const scores = gate();
    bg = fakeBackground({
      ...settings,
      // The card scores arrive after the analysis: their estimate must not replace its exact fit.
      'cards.score': async (req) => {
        await scores.wait;
        return estimates(req);
      },
      'page.analyze': async ({ posting }) => viewOf(posting, 72),
      // The panel saves the analysed posting by its id: the text is not sent (or read) twice.
      'posting.save': async (req) => viewOf('posting' in req ? req.posting : detail, 72, true),
    });
    const controller = new PageController(page);
    const done = controller.refresh();
    await settle();
    // The other card's badge waits for its score: no empty box meanwhile.
    expect(badgeTexts(page.document)).toEqual(['72% fit']);
    scores.open();
    await done;
    expect(badgeTexts(page.document)).toEqual(['72% fit', '~40% fit']);
    expect((bg.sent[2]!.payload as { posting: Posting }).posting).toEqual(detail);

    const panel = page.document.querySelector('skillfit-panel')!;
    const save = [...shadowRootOf(panel).querySelectorAll('button')].find((b) => b.textContent === 'Save job');
    save!.dispatchEvent(new (page.document.defaultView as unknown as typeof globalThis).Event('click'));
    await settle();
    expect(types()).toEqual(['settings.get', 'cards.score', 'page.analyze', 'posting.save']);
    expect(bg.sent[3]!.payload).toEqual({ id: stableId(detail) });
    expect(badgeTexts(page.document)).toEqual(['72% fit ✓ · Saved', '~40% fit']);
    expect(panelText(page.document)).toContain('Saved ✓');
  });

  it('drops a stale reply: the panel keeps the job the app shows now, a left list draws nothing', async () => {
    const fx = fixture('linkedin/search-signedin');
    const page = openPage(fx.html, fx.url);
    const first = gate();
    const scores = gate();
    bg = fakeBackground({
      ...settings,
      'cards.score': async (req) => {
        await scores.wait;
        return estimates(req);
      },
      'page.analyze': async ({ posting }) => {
        if (posting.title === 'Data Engineer') await first.wait;
        return viewOf(posting, posting.title === 'Data Engineer' ? 11 : 88);
      },
    });
    const controller = new PageController(page);
    const loading = controller.refresh();
    await settle();
    // The user opens the second job before the first one's analysis is back.
    const doc = page.document;
    page.location.href = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345699&keywords=python';
    doc.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!.textContent = 'Backend Developer';
    doc
      .querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!
      .setAttribute('href', '/jobs/view/4012345699/');
    await controller.refresh();
    expect(panelText(doc)).toMatch(/Backend Developer[\s\S]*88% fit|88% fit[\s\S]*Backend Developer/);
    first.open();
    await settle();
    expect(panelText(doc)).toContain('88% fit');
    expect(panelText(doc)).not.toContain('11% fit');
    expect(controller.currentPosting()?.title).toBe('Backend Developer');

    // Leaving the jobs pages in-app while the card scores are in flight: nothing is drawn.
    page.location.href = 'https://www.linkedin.com/feed/';
    doc.body.innerHTML = '<main><h2>Your feed</h2></main>';
    await controller.refresh();
    scores.open();
    await loading;
    expect(doc.querySelectorAll('skillfit-badge, skillfit-panel')).toHaveLength(0);
    expect(types().filter((t) => t === 'cards.score')).toHaveLength(1);
  });

  it('a list still being parsed: its whole cards are asked for at once, the rest when the page is parsed', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
    const full = linkedinSearchPage(5, 0);
    // The parser is inside the fifth card: its title is in, its company not yet.
    const cut = full.indexOf('job-card-container__primary-description', full.indexOf('data-job-id="4100000004"'));
    const page = openPage(full.slice(0, cut), url);
    bg = fakeBackground({ ...settings, 'cards.score': async (req) => estimates(req) });
    const warn = vi.spyOn(console, 'warn');
    const controller = new PageController(page);
    const asked = await controller.refreshWhileParsing();
    await asked?.scored;
    const id = (n: number) => `linkedin:${4100000000 + n}`;
    expect(types()).toEqual(['settings.get', 'cards.score']);
    expect((cardsSent(0) as ParsedReq<'cards.score'>).cards.map((c) => c.id)).toEqual([0, 1, 2, 3].map(id));
    expect(badgeTexts(page.document)).toEqual(['~40% fit', '~40% fit', '~40% fit', '~40% fit']);
    // Until the page is parsed, nothing else is read or shown.
    expect(controller.reading.kind).toBe('none');
    expect(page.document.querySelectorAll('skillfit-panel')).toHaveLength(0);

    // The parser ends the fifth card and the page: the full read asks for it alone.
    const fifth = page.document.querySelector('li[data-occludable-job-id="4100000004"]')!;
    const done = openPage(full, url).document.querySelector('li[data-occludable-job-id="4100000004"]')!;
    fifth.innerHTML = done.innerHTML;
    fifth.parentNode!.appendChild(page.document.createTextNode('\n'));
    await controller.refresh();
    expect(types()).toEqual(['settings.get', 'cards.score', 'cards.score']);
    expect((cardsSent(1) as ParsedReq<'cards.score'>).cards.map((c) => c.id)).toEqual([id(4)]);
    expect(badgeTexts(page.document)).toHaveLength(5);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a posting still being parsed is not read: it waits for the whole page', async () => {
    const fx = fixture('greenhouse/posting-classic');
    const page = openPage(fx.html, fx.url);
    bg = fakeBackground({ ...settings, 'page.analyze': async ({ posting }) => viewOf(posting, 72) });
    const controller = new PageController(page);
    expect(await controller.refreshWhileParsing()).toBeNull();
    expect(types()).toEqual(['settings.get']);
    expect(page.document.querySelector('skillfit-panel')).toBeNull();
  });

  it('a page still being parsed is read until 40 ms have gone into it; the rest waits for a quiet parser or the parsed page', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
    const list = openPage(linkedinSearchPage(3, 0), url);
    bg = fakeBackground({ ...settings, 'cards.score': async (req) => estimates(req) });
    // Reads of 25 and 15 ms: 40 ms in all, and no third one.
    const clock = [1000, 1025, 1100, 1115];
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock.shift() ?? 2000);
    const controller = new PageController(list);
    const add = (from: number) =>
      list.document.querySelector('#list')!.insertAdjacentHTML('beforeend', `${linkedinCards(from, 2)}\n`);
    const first = await controller.refreshWhileParsing();
    add(3);
    const second = await controller.refreshWhileParsing();
    add(5);
    const third = await controller.refreshWhileParsing();
    now.mockRestore();
    await Promise.all([first?.scored, second?.scored]);
    expect(third).toBeNull();
    expect(types()).toEqual(['settings.get', 'cards.score', 'cards.score']);
    expect([0, 1].map((i) => (cardsSent(i) as ParsedReq<'cards.score'>).cards.length)).toEqual([3, 2]);
    // A read over the budget (the parser has gone quiet) asks for the rest; the parsed page's read
    // then has nothing new to ask.
    const quiet = await controller.refreshWhileParsing(true);
    await quiet?.scored;
    expect((cardsSent(2) as ParsedReq<'cards.score'>).cards.length).toBe(2);
    await controller.refresh();
    expect(types().filter((t) => t === 'cards.score')).toHaveLength(3);
    expect(badgeTexts(list.document)).toHaveLength(7);
  });

  it('sends no card scores when the user turned badges off', async () => {
    const fx = fixture('greenhouse/list-new');
    const page = openPage(fx.html, fx.url);
    bg = fakeBackground({
      'settings.get': async () => ({ showBadges: false, panelCollapsed: false }),
      'cards.score': async (req) => estimates(req),
    });
    await new PageController(page).refresh();
    expect(types()).toEqual(['settings.get']);
    expect(page.document.querySelectorAll('skillfit-badge')).toHaveLength(0);
  });
});
