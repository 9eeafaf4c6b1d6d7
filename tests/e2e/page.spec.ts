import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  addSkills,
  clickInShadow,
  evaluateInContentScript,
  extensionPage,
  fixture,
  launch,
  pressToolbarButton,
  sendMessage,
  shadowHosts,
  tabIdOf,
  type DomNode,
  type Harness,
} from './harness';
import { greenhouseBoard, hostilePosting, linkedinCard, linkedinSearchPage } from './pages';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

let h: Harness;
let dash: Page;
test.beforeEach(async () => {
  h = await launch();
  dash = await extensionPage(h);
  await addSkills(dash, { python: 4, sql: 3, 'microsoft-excel': 4, 'customer-service': 3 });
  // These tests read the open panel: the user's choice "always open" (else it starts as a tab where the text leaves no room).
  await sendMessage(dash, 'settings.set', { panelCollapsed: false });
});
test.afterEach(async () => {
  await h.close();
});

/** The text of every drawn badge (a host is inserted first and filled once its score arrives). */
const badgeTexts = async (page: Page) => (await shadowHosts(page, 'skillfit-badge')).map((b) => b.text).filter(Boolean);
const panelText = async (page: Page) => (await shadowHosts(page, 'skillfit-panel'))[0]?.text ?? '';
/** Every element under a node, shadow roots included, with its attribute names. */
const elementsOf = (n: DomNode): { tag: string; attributes: string[] }[] => [
  ...(n.nodeType === 1 ? [{ tag: n.nodeName, attributes: (n.attributes ?? []).filter((_, i) => i % 2 === 0) }] : []),
  ...[...(n.shadowRoots ?? []), ...(n.children ?? [])].flatMap(elementsOf),
];
type Saved = { total: number; items: { id: string; title: string; url: string; site: string }[] };

test('every card of a LinkedIn search, an Indeed search and a Greenhouse board gets one badge', async () => {
  for (const name of ['linkedin/search-signedin', 'indeed/search-with-pane', 'greenhouse/list-new']) {
    const expected = JSON.parse(fixture(`sites/${name}.expected.json`)) as { url: string; cards: unknown[] };
    h.serve(expected.url, fixture(`sites/${name}.html`));
    const page = await h.context.newPage();
    await page.goto(expected.url);
    await expect.poll(async () => (await badgeTexts(page)).length, { message: name }).toBe(expected.cards.length);
    for (const text of await badgeTexts(page)) expect(text).toMatch(/^~?\d+% fit|^Open for fit|^~\d+ of \d+ skills?/);
    if (name === 'linkedin/search-signedin') await page.screenshot({ path: `${SHOTS}/linkedin-search.png` });
    await page.close();
  }
});

test('a card badge names the skills behind it on keyboard focus, and keeps its size', async () => {
  const expected = JSON.parse(fixture('sites/linkedin/search-signedin.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/linkedin/search-signedin.html'));
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect.poll(async () => (await badgeTexts(page)).length).toBeGreaterThan(0);
  const sizeOf = () =>
    page.evaluate(() => {
      const r = document.querySelector('skillfit-badge')!.getBoundingClientRect();
      return `${r.width}x${r.height}`;
    });
  const before = await sizeOf();
  // Tab through the page until the first badge has the focus, as a keyboard user would.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'skillfit-badge')) break;
  }
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('skillfit-badge');
  const [first] = await shadowHosts(page, 'skillfit-badge');
  expect(first!.text).toMatch(/You have:|Missing:|names no skills/);
  expect(await sizeOf()).toBe(before);
});

test('a 100-card list gets a badge per card, cards added by scrolling get theirs, none twice', async () => {
  const url = 'https://www.linkedin.com/jobs/search/?keywords=analyst';
  h.serve(url, linkedinSearchPage(100, 20));
  const page = await h.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await badgeTexts(page)).length).toBe(100);
  // Estimates from the card text are marked as such.
  expect((await badgeTexts(page)).filter((t) => t.startsWith('~')).length).toBeGreaterThan(50);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(async () => (await badgeTexts(page)).length).toBe(120);
  // More DOM changes, one of them a new card: the pass that badges it has re-read every card on the
  // page (one synchronous loop), and must not have badged any of them again.
  const late = 4199999999;
  await page.evaluate(
    (card) => {
      document.body.append(document.createElement('div'));
      document.getElementById('list')!.insertAdjacentHTML('beforeend', card);
    },
    linkedinCard(late, 'Late Data Analyst', 'Late Company', 'Berlin, Germany'),
  );
  await expect
    .poll(() =>
      page.evaluate((id) => document.querySelector(`li[data-occludable-job-id="${id}"] skillfit-badge`) !== null, late),
    )
    .toBe(true);
  const perCard = await page.evaluate(() =>
    [...document.querySelectorAll('li[data-occludable-job-id]')].map(
      (li) => li.querySelectorAll('skillfit-badge').length,
    ),
  );
  expect(perCard).toHaveLength(121);
  expect(perCard.filter((n) => n !== 1)).toEqual([]);
});

/** The border box of the first element named `nodeName` inside a host's shadow root, from the DevTools protocol. */
async function shadowBox(page: Page, tag: string, nodeName: string): Promise<{ width: number; height: number }> {
  const [host] = await shadowHosts(page, tag);
  const find = (n: DomNode): DomNode | undefined =>
    n.nodeName === nodeName ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean);
  const node = host && find(host.node);
  if (!node) throw new Error(`no ${nodeName} in ${tag}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { width: number; height: number };
    };
    return { width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

test('a list is badged while the page is still loading, and no card twice once it has loaded', async () => {
  const url = 'https://www.linkedin.com/jobs/search/?keywords=loading';
  const script = 'https://www.linkedin.com/slow-script.js';
  // The parser stops at a script that takes its time to come: the cards above it are in the page.
  h.serve(
    url,
    linkedinSearchPage(30, 0).replace('</body>', `<script src="${script}"></script><p id="after">after</p></body>`),
  );
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const page = await h.context.newPage();
  await page.route(script, async (route) => {
    await released;
    await route.fulfill({ contentType: 'text/javascript', body: 'window.__ran = true;' });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await expect.poll(async () => (await badgeTexts(page)).length).toBe(30);
  expect(await page.evaluate(() => [document.readyState, document.getElementById('after') === null])).toEqual([
    'loading',
    true,
  ]);
  release();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBe(true);
  expect(await page.locator('skillfit-badge').count()).toBe(30);
});

test('the layout tells a page nothing: badges and the panel keep one size whatever the fit, saved or not', async () => {
  const expected = JSON.parse(fixture('sites/linkedin/search-signedin.expected.json')) as { url: string };
  const html = fixture('sites/linkedin/search-signedin.html').replace(
    '</body>',
    `<script>
      window.openSecondJob = () => {
        history.pushState({}, '', '/jobs/search/?currentJobId=4012345699&keywords=python');
        document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a').textContent = 'Night Porter';
        document.getElementById('job-details').innerHTML = '<h2>About the job</h2><ul><li>Forklift operation</li><li>Welding</li><li>Fluent Japanese</li></ul>';
      };
    </script></body>`,
  );
  h.serve(expected.url, html);
  h.serve('https://www.linkedin.com/jobs/search/', html);
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect.poll(() => panelText(page)).toMatch(/Data Engineer/);
  const open = [await shadowBox(page, 'skillfit-panel', 'ASIDE')];
  const fits = [(await panelText(page)).match(/(\d+)% fit/)?.[1]];
  await clickInShadow(page, 'skillfit-panel', 'Save job');
  await expect.poll(() => panelText(page)).toContain('Saved ✓');
  open.push(await shadowBox(page, 'skillfit-panel', 'ASIDE'));
  await clickInShadow(page, 'skillfit-panel', 'SkillFit');
  await expect.poll(() => panelText(page)).not.toContain('Saved ✓');
  const collapsed = [await shadowBox(page, 'skillfit-panel', 'ASIDE')];

  await page.evaluate(() => (window as unknown as { openSecondJob(): void }).openSecondJob());
  await expect.poll(() => panelText(page)).toMatch(/\d+% fit/);
  await expect.poll(async () => (await panelText(page)).match(/(\d+)% fit/)?.[1]).not.toBe(fits[0]);
  fits.push((await panelText(page)).match(/(\d+)% fit/)?.[1]);
  collapsed.push(await shadowBox(page, 'skillfit-panel', 'ASIDE'));
  await clickInShadow(page, 'skillfit-panel', 'SkillFit');
  await expect.poll(() => panelText(page)).toContain('Save job');
  open.push(await shadowBox(page, 'skillfit-panel', 'ASIDE'));

  // Two different fits, saved and not: one open size, one collapsed size.
  expect(new Set(fits).size).toBe(2);
  expect(
    open.every((b) => b.width === open[0]!.width && b.height === open[0]!.height),
    JSON.stringify(open),
  ).toBe(true);
  expect(
    collapsed.every((b) => b.width === collapsed[0]!.width && b.height === collapsed[0]!.height),
    JSON.stringify(collapsed),
  ).toBe(true);
  expect(collapsed[0]!.height).toBeLessThan(open[0]!.height);

  // The badges, as the page itself can measure them: a saved exact one, estimates, and others.
  await expect.poll(async () => (await badgeTexts(page)).some((t) => /✓ · Saved/.test(t))).toBe(true);
  const texts = await badgeTexts(page);
  expect(new Set(texts).size).toBeGreaterThanOrEqual(2);
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('skillfit-badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return `${r.width}x${r.height}`;
    }),
  );
  expect(boxes.length).toBe(texts.length);
  expect(new Set(boxes)).toEqual(new Set([boxes[0]]));
  // And no attribute says how a badge was drawn.
  expect(await page.evaluate(() => document.querySelectorAll('[data-skillfit]').length)).toBe(0);
});

test("a posting's panel explains its fit, saves it, and follows in-app navigation", async () => {
  const expected = JSON.parse(fixture('sites/linkedin/search-signedin.expected.json')) as { url: string };
  const html = fixture('sites/linkedin/search-signedin.html').replace(
    '</body>',
    `<script>
      window.openSecondJob = () => {
        history.pushState({}, '', '/jobs/search/?currentJobId=4012345699&keywords=python');
        document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a').textContent = 'Backend Developer (Python/Django)';
        document.querySelector('.job-details-jobs-unified-top-card__company-name a').textContent = 'Contoso GmbH';
        document.getElementById('job-details').innerHTML = '<h2>About the job</h2><ul><li>Python and Django</li><li>PostgreSQL</li><li>Customer service mindset</li></ul>';
      };
      window.leaveJobs = () => {
        history.pushState({}, '', '/feed/');
        document.querySelector('.application-outlet').innerHTML = '<main><h2>Your feed</h2></main>';
      };
    </script></body>`,
  );
  h.serve(expected.url, html);
  h.serve('https://www.linkedin.com/jobs/search/', html);
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect.poll(() => panelText(page)).toMatch(/Data Engineer.*\d+% fit|\d+% fit.*Data Engineer/);
  const text = await panelText(page);
  expect(text).toMatch(/You have/);
  expect(text).toMatch(/Python/);
  expect(text).toMatch(/Missing/);
  await page.screenshot({ path: `${SHOTS}/posting-panel.png` });

  await clickInShadow(page, 'skillfit-panel', 'Save job');
  await expect.poll(() => panelText(page)).toContain('Saved ✓');
  const saved = await sendMessage<Saved>(dash, 'postings.list', {});
  expect(saved.items.map((p) => [p.title, p.site])).toEqual([['Data Engineer', 'linkedin']]);

  // The single-page app shows another job without a page load: the panel follows.
  await page.evaluate(() => (window as unknown as { openSecondJob(): void }).openSecondJob());
  await expect.poll(() => panelText(page)).toContain('Backend Developer (Python/Django)');
  expect(await panelText(page)).toContain('Save job');
  // The saved job's card is marked as saved and scored exactly.
  await expect.poll(async () => (await badgeTexts(page)).some((t) => /^\d+% fit ✓ · Saved/.test(t))).toBe(true);

  // Leaving the jobs pages in-app removes the panel and every badge.
  await page.evaluate(() => (window as unknown as { leaveJobs(): void }).leaveJobs());
  await expect
    .poll(
      async () =>
        (await shadowHosts(page, 'skillfit-panel')).length + (await shadowHosts(page, 'skillfit-badge')).length,
    )
    .toBe(0);
});

test('the popup scans an unknown career site, previews, and saves the edited posting', async () => {
  const expected = JSON.parse(fixture('sites/generic/pagetext-career.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/generic/pagetext-career.html'));
  const page = await h.context.newPage();
  await page.goto(expected.url);
  // No adapter runs here: the user presses the toolbar button, which grants activeTab.
  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  const form = popup.getByRole('form', { name: 'Job found on this page' });
  await expect(form.getByLabel('Job title')).toHaveValue('Dental Assistant');
  await expect(form.getByLabel('Company')).toHaveValue('Riverside Dental');
  await expect(form.getByRole('list')).toContainText('Spanish');
  await form.getByLabel('Job title').fill('Dental Assistant (part-time)');
  await form.getByRole('button', { name: 'Remove Spanish' }).click();
  await form.getByRole('button', { name: 'Save job' }).click();
  await expect(popup.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  const saved = await sendMessage<Saved>(dash, 'postings.list', {});
  expect(saved.items.map((p) => [p.title, p.url])).toEqual([['Dental Assistant (part-time)', expected.url]]);
  const detail = await sendMessage<{ record: { skills: { id: string }[] } }>(dash, 'posting.get', {
    id: saved.items[0]!.id,
  });
  expect(detail.record.skills.length).toBeGreaterThan(0);
  expect(detail.record.skills.map((s) => s.id)).not.toContain('spanish');
});

test('a posting open to people without a degree: chips on the panel and in the popup, and a tracker filter', async () => {
  const open = JSON.parse(fixture('sites/greenhouse/posting-new.expected.json')) as { url: string };
  const other = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  h.serve(
    open.url,
    fixture('sites/greenhouse/posting-new.html').replace(
      // The reader takes the description from the page's JSON-LD (HTML escaped inside it).
      '&lt;h3&gt;Responsibilities',
      '&lt;p&gt;No degree required. This is a part-time role with paid training.&lt;/p&gt;&lt;h3&gt;Responsibilities',
    ),
  );
  h.serve(other.url, fixture('sites/greenhouse/posting-classic.html'));
  const page = await h.context.newPage();
  await page.goto(open.url);
  await expect.poll(() => panelText(page)).toContain('No degree required');
  expect(await panelText(page)).toMatch(/No degree required.*Part-time.*Training provided/);
  await clickInShadow(page, 'skillfit-panel', 'Save job');
  await expect.poll(() => panelText(page)).toContain('Saved ✓');
  // Saved ✓ leads to the job in the tracker.
  const opened = h.context.waitForEvent('page', { predicate: (p) => /dashboard\.html#tracker/.test(p.url()) });
  await clickInShadow(page, 'skillfit-panel', 'See it in your tracker');
  await (await opened).close();

  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  const chips = popup.getByRole('list', { name: 'About this job' });
  // The degree first, then the licences the posting demands (a forklift certification, OSHA), then the job's kind.
  await expect(chips.getByRole('listitem')).toHaveText([
    'No degree required',
    'Forklift operation required',
    'OSHA required',
    'Part-time',
    'Training provided',
  ]);
  // The popup, evidence opened, passes axe-core in both colour schemes.
  await popup.getByText('Where?').first().click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: popup }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
      colorScheme,
    ).toEqual([]);
  }
  await popup.close();

  const second = await h.context.newPage();
  await second.goto(other.url);
  await expect.poll(() => panelText(second)).toMatch(/\d+% fit/);
  await clickInShadow(second, 'skillfit-panel', 'Save job');
  await expect.poll(() => panelText(second)).toContain('Saved ✓');

  const tracker = await extensionPage(h, 'dashboard.html#tracker');
  await expect(tracker.locator('tbody[data-posting-id]')).toHaveCount(2);
  await tracker.getByRole('combobox', { name: 'About the job' }).selectOption('no-degree');
  await expect(tracker.locator('tbody[data-posting-id]')).toHaveCount(1);
  await expect(tracker.getByRole('link', { name: 'Warehouse Shift Lead' })).toBeVisible();
  await expect(tracker).toHaveURL(/#tracker\?signal=no-degree/);
});

test("the popup says plainly that it cannot read a browser page, never the browser's raw error", async () => {
  const page = await h.context.newPage();
  await page.goto('about:blank');
  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  const plain = popup.getByText("SkillFit can't read this page.");
  const scan = popup.getByRole('button', { name: 'Scan this page' });
  await expect(plain.or(scan)).toBeVisible();
  if (await scan.isVisible()) await scan.click();
  await expect(plain).toBeVisible();
  await expect(popup.locator('body')).not.toContainText(/Cannot access|manifest|permission/i);
});

test('the popup says plainly when a page holds no posting', async () => {
  const expected = JSON.parse(fixture('sites/generic/none-blog-python.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/generic/none-blog-python.html'));
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByRole('status')).toContainText('No job posting found on this page');
  expect((await sendMessage<Saved>(dash, 'postings.list', {})).total).toBe(0);
});

test('the popup says when SkillFit could not read a page of a site it supports, and offers the scan', async () => {
  // A LinkedIn job address whose page has changed beyond what the reader knows: no title anywhere.
  const url = 'https://www.linkedin.com/jobs/view/4299999999/';
  h.serve(
    url,
    '<!DOCTYPE html><html><head><title>LinkedIn</title></head><body><main><p>Loading…</p></main></body></html>',
  );
  const page = await h.context.newPage();
  await page.goto(url);
  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  await expect(popup.getByRole('alert')).toHaveText(
    'SkillFit could not read this LinkedIn page. Scan this page to read it as plain text.',
  );
  await expect(popup.getByRole('button', { name: 'Scan this page' })).toBeVisible();
});

test('Start in the popup opens the course in a new tab and puts it on the learning plan', async () => {
  const expected = JSON.parse(fixture('sites/greenhouse/posting-new.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/greenhouse/posting-new.html'));
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect.poll(() => panelText(page)).toMatch(/% fit/);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  const courses = popup.getByRole('region', { name: 'Courses for your gaps' });
  // The first online course (an in-person one is enrolled in, not started: its button says so).
  const online = courses
    .locator('.sf-course')
    .filter({ has: popup.getByRole('button', { name: /^Start / }) })
    .first();
  await expect(online).toBeVisible();
  const title = (await online.locator('.sf-course-title').textContent())!;
  const [tab] = await Promise.all([
    h.context.waitForEvent('page'),
    online.getByRole('button', { name: /^Start / }).click(),
  ]);
  const plan = await sendMessage<{ items: { course: { title: string; url: string }; status: string }[] }>(
    dash,
    'learning.list',
    {},
  );
  expect(plan.items).toHaveLength(1);
  expect(plan.items[0]!.course.title).toBe(title);
  expect(plan.items[0]!.status).toBe('started');
  await expect
    .poll(() => h.requests.some((r) => r.url === plan.items[0]!.course.url) || tab.url() === plan.items[0]!.course.url)
    .toBe(true);
  // The popup says where the course went.
  await expect(popup.getByRole('status').filter({ hasText: 'Added to your learning plan' })).toBeVisible();
});

test('a warehouse posting missing forklift operation and OSHA offers those credentials first, with hours and cost', async () => {
  const expected = JSON.parse(fixture('sites/greenhouse/posting-new.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/greenhouse/posting-new.html'));
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect.poll(() => panelText(page)).toMatch(/% fit/);
  await pressToolbarButton(h, page);
  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  const courses = popup.getByRole('region', { name: 'Courses for your gaps' });
  const items = courses.locator('.sf-course');
  await expect(items.first()).toBeVisible();
  const texts = await items.allInnerTexts();
  expect(texts[0]).toMatch(/Forklift/);
  expect(texts[1]).toMatch(/OSHA 10-Hour General Industry/);
  for (const t of texts.slice(0, 2)) expect(t).toMatch(/\d+ h · (Paid|Free)/);
  // Forklift certification ends in a hands-on evaluation: named as such, enrolled in, not "Start".
  expect(texts[0]).toMatch(/In person and online · 8 h/);
  await expect(items.first().getByRole('button', { name: /^See how to enrol: / })).toBeVisible();
  await expect(items.nth(1).getByRole('button', { name: /^Start OSHA 10-Hour/ })).toBeVisible();
  // Real credentials before any provider search.
  const firstSearch = texts.findIndex((t) => /Find a course|Search /.test(t));
  expect(firstSearch === -1 || firstSearch >= 2).toBe(true);
});

test('a hostile page shows only text, raises no dialog, pollutes nothing and cannot read the panel', async () => {
  const url = 'https://boards.greenhouse.io/evil/jobs/666';
  h.serve(url, hostilePosting());
  const page = await h.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  const imagesBefore = await page.evaluate(() => document.images.length);
  await expect.poll(() => panelText(page)).toMatch(/Data Analyst/);
  const text = await panelText(page);
  expect(text).toMatch(/SQL/);
  expect(await page.evaluate(() => (window as unknown as { __pageSaw(): unknown }).__pageSaw())).toBeNull();
  expect(await page.evaluate(() => document.images.length)).toBe(imagesBefore);

  // The markup in the posting's fields is text in the panel: no element there can load anything or
  // run a handler, so no dialog can come later either (an <img onerror> fires only after its load fails).
  const [panel] = await shadowHosts(page, 'skillfit-panel');
  const risky = elementsOf(panel!.node).filter(
    (e) =>
      /^(img|script|i?frame|object|embed|svg|video|audio)$/i.test(e.tag) || e.attributes.some((a) => /^on/i.test(a)),
  );
  expect(risky).toEqual([]);
  expect(h.refused.filter((u) => /\/jobs\/[xy]$/.test(u))).toEqual([]);
  // Any dialog raised while the panel rendered blocks the page until dismissed, so it was reported
  // before the DevTools round trips above could return.
  expect(dialogs).toEqual([]);

  // The "__proto__" and "constructor" keys in the JSON-LD polluted no prototype: neither in the
  // content script's own world, where the page was read, nor in the page's.
  const pollution = '({ polluted: typeof ({}).polluted, keys: Object.getOwnPropertyNames(Object.prototype).sort() })';
  const inPage = await page.evaluate<{ polluted: string; keys: string[] }>(pollution);
  expect(inPage.polluted).toBe('undefined');
  expect(inPage.keys).not.toContain('polluted');
  expect(await evaluateInContentScript(h, page, pollution)).toEqual(inPage);
});

test("a Greenhouse board's cards are scored exactly from its public feed, read once by the background", async () => {
  const expected = JSON.parse(fixture('sites/greenhouse/list-new.expected.json')) as {
    url: string;
    cards: { jobId: string; title: string; url: string; location: string | null }[];
  };
  const feedUrl = 'https://boards-api.greenhouse.io/v1/boards/acmerobotics/jobs?content=true';
  const feed = {
    jobs: expected.cards.map((c, i) => ({
      id: Number(c.jobId),
      title: c.title,
      absolute_url: c.url,
      location: { name: c.location },
      content:
        i % 2
          ? '&lt;p&gt;Requirements: Python and SQL.&lt;/p&gt;'
          : '<h3>What you will need</h3><ul><li>Strong Excel skills</li><li>Customer service experience</li></ul>',
    })),
  };
  h.serve(expected.url, fixture('sites/greenhouse/list-new.html'));
  h.serve(feedUrl, JSON.stringify(feed), 'application/json');
  const page = await h.context.newPage();
  await page.goto(expected.url);
  await expect
    .poll(async () => (await badgeTexts(page)).filter((t) => /^\d+% fit/.test(t)).length)
    .toBe(expected.cards.length);
  const byExtension = h.requests.filter((r) => r.by === 'extension').map((r) => r.url);
  expect(byExtension).toEqual([feedUrl]);
  // A second visit within the rate-limit window reads the cache, not the network.
  await page.reload();
  await expect
    .poll(async () => (await badgeTexts(page)).filter((t) => /^\d+% fit/.test(t)).length)
    .toBe(expected.cards.length);
  expect(h.requests.filter((r) => r.by === 'extension')).toHaveLength(1);
});

test('a board of 1,000 openings on one page gets 1,000 badges', async () => {
  const url = 'https://job-boards.greenhouse.io/bigemployer';
  // No feed: every card is estimated from its own text, sent to the background in chunks.
  h.serve(url, greenhouseBoard('bigemployer', 1000));
  const page = await h.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await badgeTexts(page)).length, { timeout: 30_000 }).toBe(1000);
  expect(await page.locator('skillfit-badge').count()).toBe(1000);
});

test('the user can turn badges off and keep the panel collapsed; both are remembered', async () => {
  const list = JSON.parse(fixture('sites/linkedin/search-signedin.expected.json')) as { url: string; cards: unknown[] };
  const posting = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  const other = JSON.parse(fixture('sites/greenhouse/posting-new.expected.json')) as { url: string };
  h.serve(list.url, fixture('sites/linkedin/search-signedin.html'));
  h.serve(posting.url, fixture('sites/greenhouse/posting-classic.html'));
  h.serve(other.url, fixture('sites/greenhouse/posting-new.html'));

  // Collapse the panel on one posting: the next posting's panel starts collapsed.
  const page = await h.context.newPage();
  await page.goto(posting.url);
  await expect.poll(() => panelText(page)).toContain('Save job');
  await clickInShadow(page, 'skillfit-panel', 'SkillFit');
  await expect.poll(() => panelText(page)).not.toContain('Save job');
  await page.goto(other.url);
  await expect.poll(() => panelText(page)).toMatch(/\d+% fit/);
  expect(await panelText(page)).not.toContain('Save job');

  // Badges off, from the dashboard's "Your data" view.
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#data`);
  await dash.getByLabel(/Show a fit badge on every job/).uncheck();
  await expect
    .poll(() => sendMessage<{ showBadges: boolean }>(dash, 'settings.get', {}).then((s) => s.showBadges))
    .toBe(false);
  await page.goto(list.url);
  // The detail pane's posting still gets its (collapsed) panel; the cards get no badge.
  await expect.poll(() => panelText(page)).toMatch(/\d+% fit/);
  expect(await shadowHosts(page, 'skillfit-badge')).toHaveLength(0);
});
