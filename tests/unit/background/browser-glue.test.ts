import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserToolbar, clearToolbar, toolbarColor } from '@/lib/background/toolbar';
import { readTabPosting } from '@/lib/background/read-tab';
import { saveFromMenu } from '@/lib/background/context-menu';
import { isExtensionPage, sameSite, siteOf } from '@/lib/background/sender';
import { createRouter } from '@/lib/messaging/router';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { handlers } from '@/lib/background/handlers';
import type { Posting } from '@/lib/sites/schema';
import { testContext } from './context';

const posting: Posting = {
  site: 'generic',
  jobId: null,
  url: 'https://careers.example.org/jobs/warehouse-associate',
  title: 'Warehouse Associate',
  company: 'Example Logistics',
  location: 'Reno, NV',
  description: 'Requirements:\n- Forklift operation\n- Inventory management',
  datePosted: null,
  employmentType: null,
};

/** Stands in for `scripting.executeScript` of scan-page.js: what the page reader returned in the tab. */
function pageReaderReturns(result: unknown): typeof fakeBrowser.scripting.executeScript {
  return vi.fn(async () => [{ frameId: 0, documentId: 'd', result }]) as never;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('toolbar', () => {
  it('shows the fit on the tab icon in its band colour, and clears it', async () => {
    await browserToolbar.showFit(3, 72);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('72');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([26, 127, 55, 255]);
    await browserToolbar.showFit(3, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    await browserToolbar.showFit(4, 12);
    await clearToolbar(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('bands scores like the page badges', () => {
    expect([toolbarColor(70), toolbarColor(69), toolbarColor(40), toolbarColor(39)]).toEqual([
      '#1a7f37',
      '#9a6700',
      '#9a6700',
      '#cf222e',
    ]);
  });

  it('never throws when the tab is gone', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 9'));
    await expect(browserToolbar.showFit(9, 50)).resolves.toBeUndefined();
  });
});

describe('reading a tab on demand', () => {
  it('returns the posting the injected reader found, validated', async () => {
    fakeBrowser.scripting.executeScript = pageReaderReturns({ kind: 'posting', posting });
    expect(await readTabPosting(1)).toEqual(posting);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 1 },
      files: ['/scan-page.js'],
    });
  });

  it('returns null for a page without a posting or with a malformed one', async () => {
    fakeBrowser.scripting.executeScript = pageReaderReturns({ kind: 'none', posting: null });
    expect(await readTabPosting(1)).toBeNull();
    fakeBrowser.scripting.executeScript = pageReaderReturns({
      kind: 'posting',
      posting: { ...posting, url: 'javascript:alert(1)' },
    });
    expect(await readTabPosting(1)).toBeNull();
  });

  it('throws when the browser refuses to read the page', async () => {
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    }) as never;
    await expect(readTabPosting(1)).rejects.toThrow(/chrome:\/\//);
  });
});

describe('the page menu "Save this job to SkillFit"', () => {
  let ctx: ReturnType<typeof testContext>;
  const route = createRouter(backgroundProtocol, handlers, () => undefined);
  beforeEach(() => {
    ctx = testContext();
  });
  afterEach(() => ctx.dispose());

  it('saves the posting of the tab and ticks the tab icon', async () => {
    fakeBrowser.scripting.executeScript = pageReaderReturns({ kind: 'posting', posting });
    expect(await saveFromMenu(ctx, route, 8)).toBe(true);
    expect(await ctx.db.postings.get('url:https://careers.example.org/jobs/warehouse-associate')).toMatchObject({
      saved: 1,
      title: 'Warehouse Associate',
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('✓');
  });

  it('marks the icon "?" and saves nothing when the page holds no posting or cannot be read', async () => {
    fakeBrowser.scripting.executeScript = pageReaderReturns({ kind: 'none', posting: null });
    expect(await saveFromMenu(ctx, route, 8)).toBe(false);
    fakeBrowser.scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    }) as never;
    expect(await saveFromMenu(ctx, route, 9)).toBe(false);
    expect(await ctx.db.postings.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('?');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('?');
  });
});

describe('sender check', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';
  const id = 'abcdefghijklmnop';
  it('treats our own pages as extension pages and job sites as content scripts', () => {
    expect(isExtensionPage({ id, url: `${origin}popup.html?tab=3` }, origin, id)).toBe(true);
    expect(isExtensionPage({ id, url: `${origin}dashboard.html#plan` }, origin, id)).toBe(true);
    expect(isExtensionPage({ id, url: 'https://www.linkedin.com/jobs/view/1/' }, origin, id)).toBe(false);
    // A page whose address only contains our origin further along is still a web page.
    expect(isExtensionPage({ id, url: `https://evil.example/?u=${origin}` }, origin, id)).toBe(false);
    expect(isExtensionPage({ id, url: 'chrome-extension://otherextension/popup.html' }, origin, id)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `${origin}popup.html` }, origin, id)).toBe(false);
    expect(isExtensionPage({ id }, origin, id)).toBe(false);
  });

  it('tells whether a posting belongs to the site of the page that sent it', () => {
    expect(siteOf('uk.indeed.com')).toBe('indeed.com');
    expect(siteOf('jobs.acme.co.uk')).toBe('acme.co.uk');
    expect(siteOf('www.seek.com.au')).toBe('seek.com.au');
    expect(
      sameSite('https://www.linkedin.com/jobs/view/1', 'https://www.linkedin.com/jobs/search/?currentJobId=1'),
    ).toBe(true);
    expect(sameSite('https://boards.greenhouse.io/acme/jobs/1', 'https://job-boards.greenhouse.io/acme')).toBe(true);
    expect(sameSite('https://jobs.lever.co/acme/1', 'https://www.linkedin.com/jobs/view/1')).toBe(false);
    expect(sameSite('https://evil.co.uk/x', 'https://acme.co.uk/jobs')).toBe(false);
    expect(sameSite('not a url', 'https://acme.example')).toBe(false);
  });
});
