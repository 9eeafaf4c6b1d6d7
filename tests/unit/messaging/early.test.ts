import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClient, ProtocolError } from '@/lib/messaging/client';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { dropEarly, sendEarly, takeEarly } from '@/lib/messaging/early';
import { BOARD_FIRST_CARDS, filterFromParams, toBoardQuery, toListQuery } from '@/lib/dashboard/tracker';
import { firstTrackerRequest, TRACKER_PAGE } from '@/entrypoints/dashboard/tracker-first';

const page = { total: 1, items: [] };
const board = { columns: [] };

/** A client as the dashboard's: replies sent early first, else the (counted) runtime. */
function setup() {
  const runtime = vi.fn(async (m: unknown) => ({
    ok: true,
    data: (m as { type: string }).type === 'postings.board' ? board : { ...page, total: 2 },
  }));
  const early = vi.fn(async (m: unknown) => ({
    ok: true,
    data: (m as { type: string }).type === 'postings.board' ? board : page,
  }));
  const send = createClient(backgroundProtocol, (m) => takeEarly(m) ?? runtime(m));
  return { runtime, early, send };
}

afterEach(() => dropEarly());

describe('the tracker asked for before the dashboard loads', () => {
  it.each([
    ['#tracker', 'postings.list'],
    ['#tracker?sort=fit-desc&status=applied&site=greenhouse&minFit=60&search=%20nurse%20', 'postings.list'],
    ['#tracker?view=board', 'postings.board'],
    ['#tracker?view=board&sort=title-asc&signal=remote&minFit=40', 'postings.board'],
  ])('%s: the section, asking as it does, gets the early reply and sends nothing more', async (hash, type) => {
    const { runtime, early, send } = setup();
    const first = firstTrackerRequest(hash)!;
    expect(first.type).toBe(type);
    sendEarly(first, early);
    expect(early).toHaveBeenCalledTimes(1);
    // What TrackerSection sends on its first load, built from the same address.
    const params = new URLSearchParams(hash.split('?')[1] ?? '');
    const filter = filterFromParams(params);
    const reply =
      type === 'postings.list'
        ? await send('postings.list', toListQuery(filter, 0, TRACKER_PAGE))
        : await send('postings.board', toBoardQuery(filter, {}, BOARD_FIRST_CARDS));
    expect(reply).toEqual(type === 'postings.list' ? page : board);
    expect(runtime).not.toHaveBeenCalled();
    // Taken once: asking again goes to the background.
    if (type === 'postings.list') {
      expect(await send('postings.list', toListQuery(filter, 0, TRACKER_PAGE))).toMatchObject({ total: 2 });
      expect(runtime).toHaveBeenCalledTimes(1);
    }
  });

  it('matches a message whatever the order of its keys, as a parse may rebuild it', async () => {
    const reply = Promise.resolve('r');
    sendEarly({ type: 'x', payload: { b: 1, a: { d: 2, c: [3] } } }, () => reply);
    expect(takeEarly({ payload: { a: { c: [3], d: 2 }, b: 1 }, type: 'x' })).toBe(reply);
    expect(takeEarly({ payload: { a: { c: [3], d: 2 }, b: 1 }, type: 'x' })).toBeUndefined();
  });

  it('asks nothing early for other sections or for a posting to open', () => {
    expect(firstTrackerRequest('#profile')).toBeNull();
    expect(firstTrackerRequest('')).toBeNull();
    expect(firstTrackerRequest('#tracker?open=greenhouse%3A1')).toBeNull();
  });

  it('never hands an early reply to another request, nor any after it was dropped', async () => {
    const { runtime, early, send } = setup();
    sendEarly(firstTrackerRequest('#tracker')!, early);
    // Page 2 is another request.
    await send('postings.list', toListQuery(filterFromParams(new URLSearchParams()), 1, TRACKER_PAGE));
    expect(runtime).toHaveBeenCalledTimes(1);
    dropEarly();
    expect(await send('postings.list', toListQuery(filterFromParams(new URLSearchParams()), 0, TRACKER_PAGE))).toEqual({
      ...page,
      total: 2,
    });
    expect(runtime).toHaveBeenCalledTimes(2);
  });

  it('a failed early request fails the request that takes it, as a normal one would', async () => {
    const { send } = setup();
    sendEarly(firstTrackerRequest('#tracker')!, async () => ({
      ok: false,
      error: { code: 'internal', message: 'disk' },
    }));
    await expect(
      send('postings.list', toListQuery(filterFromParams(new URLSearchParams()), 0, TRACKER_PAGE)),
    ).rejects.toBeInstanceOf(ProtocolError);
    sendEarly(firstTrackerRequest('#tracker?view=board')!, () => Promise.reject(new Error('gone')));
    await expect(
      send('postings.board', toBoardQuery(filterFromParams(new URLSearchParams()), {}, BOARD_FIRST_CARDS)),
    ).rejects.toThrow('gone');
  });

  it('a reply sent by another copy of the module (the classic first script is bundled apart) is taken by this one', async () => {
    vi.resetModules();
    const other = await import('@/lib/messaging/early');
    expect(other.takeEarly).not.toBe(takeEarly);
    const reply = Promise.resolve('r');
    other.sendEarly({ type: 'x', payload: {} }, () => reply);
    expect(takeEarly({ type: 'x', payload: {} })).toBe(reply);
    expect(other.takeEarly({ type: 'x', payload: {} })).toBeUndefined();
  });

  it('dashboard.html loads the first script, a classic one that does not hold up the parser, before the app module', () => {
    const html = readFileSync('entrypoints/dashboard/index.html', 'utf8');
    const early = html.search(/<script src="\/dashboard-early\.js" async vite-ignore><\/script>/);
    const app = html.search(/<script type="module"/);
    expect(early).toBeGreaterThan(0);
    expect(app).toBeGreaterThan(early);
    expect(readFileSync('entrypoints/dashboard-early.ts', 'utf8')).toContain('askTrackerEarly()');
  });

  it('the first request is sent once, by whichever of the two scripts runs first', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, data: page }));
    vi.stubGlobal('location', { hash: '#tracker' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
    const first = await import('@/entrypoints/dashboard/tracker-first');
    vi.resetModules();
    const second = await import('@/entrypoints/dashboard/tracker-first');
    expect(second.askTrackerEarly).not.toBe(first.askTrackerEarly);
    first.askTrackerEarly();
    second.askTrackerEarly();
    first.askTrackerEarly();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(firstTrackerRequest('#tracker'));
    vi.unstubAllGlobals();
    delete (globalThis as { __skillfitTrackerAsked?: boolean }).__skillfitTrackerAsked;
  });
});
