import { seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import {
  addSkills,
  clickInShadow,
  extensionPage,
  launch,
  sendMessage,
  shadowHosts,
  tabIdOf,
  type DomNode,
  type Harness,
} from './harness';
import { demoSearchPage } from './pages';

// Acting on a gap from the page and the popup (issue 14): the panel's actions, its place on the page, accessibility.

let h: Harness;
let dash: Page;
test.beforeEach(async () => {
  h = await launch();
  dash = await extensionPage(h);
  await addSkills(dash, { sql: 3, 'microsoft-excel': 3 });
});
test.afterEach(async () => {
  await h.close();
});

/** A Greenhouse posting page whose JSON-LD asks for these skills. */
function posting(title: string, skills: string[]): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description: `<p>Requirements:</p><ul>${skills.map((s) => `<li>${s}</li>`).join('')}</ul>`,
    hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  };
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><h1>${title}</h1><div id="content"><p>Requirements:</p><ul>${skills.map((s) => `<li>${s}</li>`).join('')}</ul></div></body></html>`;
}
const A = 'https://boards.greenhouse.io/acme/jobs/101';
const B = 'https://boards.greenhouse.io/acme/jobs/102';
type Saved = { items: { id: string; title: string; fit: number | null }[] };
const panelText = async (page: Page) => (await shadowHosts(page, 'skillfit-panel'))[0]?.text ?? '';
const fits = async () =>
  Object.fromEntries((await sendMessage<Saved>(dash, 'postings.list', {})).items.map((p) => [p.title, p.fit]));

/** Saves both postings from their panels (opened: the user chose an open panel) and leaves A open. */
async function saveBoth(): Promise<Page> {
  await sendMessage(dash, 'settings.set', { panelCollapsed: false });
  h.serve(A, posting('Data Analyst', ['SQL', 'Python', 'Tableau']));
  h.serve(B, posting('Reporting Analyst', ['SQL', 'Tableau', 'Excel']));
  const page = await h.context.newPage();
  for (const url of [B, A]) {
    await page.goto(url);
    await expect.poll(() => panelText(page)).toContain('Save job');
    await clickInShadow(page, 'skillfit-panel', 'Save job');
    await expect.poll(() => panelText(page)).toContain('Saved ✓');
  }
  return page;
}

test('"I have this" on the page raises the posting\'s score and every saved posting\'s; Undo puts them back', async () => {
  const page = await saveBoth();
  const before = await fits();
  expect(await panelText(page)).toMatch(/Missing.*Tableau/);
  await clickInShadow(page, 'skillfit-panel', 'I have this (Tableau)');
  await expect.poll(() => panelText(page)).toContain('Added Tableau to your skills');
  const after = await fits();
  expect(after['Data Analyst']!).toBeGreaterThan(before['Data Analyst']!);
  expect(after['Reporting Analyst']!).toBeGreaterThan(before['Reporting Analyst']!);
  expect(await panelText(page)).toContain(`${after['Data Analyst']}% fit`);
  const profile = await sendMessage<{ skills: { skillId: string; source: string }[] }>(dash, 'profile.get', {});
  expect(profile.skills.find((s) => s.skillId === 'tableau')?.source).toBe('self');
  // The tracker shows the new numbers.
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#tracker`);
  await expect(dash.getByText(`${after['Reporting Analyst']}%`).first()).toBeVisible();

  await clickInShadow(page, 'skillfit-panel', 'Undo');
  await expect.poll(() => panelText(page)).toContain('Undone.');
  expect(await fits()).toEqual(before);
});

test('"Not a skill here" takes the skill out of that posting\'s fit only, and the profile lists it with a way back', async () => {
  const page = await saveBoth();
  const before = await fits();
  await clickInShadow(page, 'skillfit-panel', 'Not a skill here (Python)');
  await expect.poll(() => panelText(page)).toContain('Python no longer counts here');
  expect((await panelText(page)).replace(/Python no longer counts here.*/, '')).not.toContain('Python');
  const after = await fits();
  expect(after['Data Analyst']!).toBeGreaterThan(before['Data Analyst']!);
  expect(after['Reporting Analyst']).toBe(before['Reporting Analyst']);

  // Read again from the page: still not counted.
  await page.reload();
  await expect.poll(() => panelText(page)).toContain('Saved ✓');
  expect(await panelText(page)).not.toContain('Python');

  // The dashboard was open all along (it reloads its lists when its tab is shown): opened afresh here.
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#profile`);
  await dash.reload();
  const list = dash.getByRole('region', { name: 'Skills you told SkillFit to ignore' });
  await expect(list).toContainText('Python');
  await list.getByRole('button', { name: /Count it again/ }).click();
  await expect(list).toBeHidden();
  expect(await fits()).toEqual(before);
});

test('Remove from tracker on the page, then Undo', async () => {
  const page = await saveBoth();
  await clickInShadow(page, 'skillfit-panel', 'Remove from tracker');
  await expect.poll(() => panelText(page)).toContain('Removed from your tracker');
  expect(await panelText(page)).toContain('Save job');
  expect(Object.keys(await fits())).toEqual(['Reporting Analyst']);
  await clickInShadow(page, 'skillfit-panel', 'Undo');
  await expect.poll(() => panelText(page)).toContain('Saved ✓');
  expect(Object.keys(await fits()).sort()).toEqual(['Data Analyst', 'Reporting Analyst']);
});

/** The panel's border box (inside its closed shadow root, read through the DevTools protocol) and the posting's text column. */
async function boxes(page: Page) {
  const find = (n: DomNode): DomNode | undefined =>
    n.nodeName === 'ASIDE' ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean);
  const aside = find((await shadowHosts(page, 'skillfit-panel'))[0]!.node)!;
  const cdp = await page.context().newCDPSession(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: aside.backendNodeId })) as {
    model: { border: number[]; width: number; height: number };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  const panel = { left: x1, top: y1, right: x3, bottom: y3, width: model.width, height: model.height };
  const column = await page.evaluate(() => {
    const b = document.getElementById('job-details')!.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
  });
  return { panel, column };
}
const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test("the panel's box does not overlap the posting's main text column at 1280×760, nor on a narrow window", async () => {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4200000001&keywords=analyst';
  h.serve(url, demoSearchPage());
  const page = await h.context.newPage();
  for (const [width, height] of [
    [1280, 760],
    [900, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await expect.poll(() => panelText(page)).toMatch(/\d+% fit/);
    const { panel, column } = await boxes(page);
    expect(column.width).toBeGreaterThan(300);
    expect(overlap(panel, column), JSON.stringify({ width, panel, column })).toBe(false);
    // It starts as the tab at the window's right edge; opening it is the user's choice.
    expect([panel.width, panel.height]).toEqual([200, 42]);
    expect(panel.right).toBeGreaterThan(width - 20);
    expect(await panelText(page)).not.toContain('Save job');
  }
  await clickInShadow(page, 'skillfit-panel', 'SkillFit');
  await expect.poll(() => panelText(page)).toContain('Save job');
});

test('the popup and the panel pass axe-core, and the keyboard reaches and presses the new buttons', async () => {
  const page = await saveBoth();
  // The panel, as laid out in its (closed) shadow root, checked on a page of its own.
  const host = (await shadowHosts(page, 'skillfit-panel'))[0]!.node;
  const cdp = await page.context().newCDPSession(page);
  const parts: string[] = [];
  for (const child of host.shadowRoots![0]!.children ?? []) {
    parts.push(
      ((await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string }).outerHTML,
    );
  }
  await cdp.detach();
  const copy = await h.context.newPage();
  await copy.setContent(
    `<!DOCTYPE html><html lang="en"><head><title>Panel</title></head><body><main>${parts.join('')}</main></body></html>`,
  );
  expect(await seriousViolations(copy)).toEqual([]);

  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
  await popup.setViewportSize({ width: 380, height: 640 });
  await expect(popup.getByRole('heading', { name: 'Data Analyst' })).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);

  // Keyboard only: Tab to "I have this" for Python, Enter, then Tab to Undo and Enter.
  const have = popup.getByRole('button', { name: 'I have this (Python)' });
  await tabTo(popup, have);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Added Python to your skills');
  const undo = popup.getByRole('button', { name: 'Undo' });
  await tabTo(popup, undo);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Undone.');
  const remove = popup.getByRole('button', { name: 'Remove from tracker' });
  await tabTo(popup, remove);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Removed from your tracker');
  await expect(popup.getByRole('button', { name: 'Save job' })).toBeVisible();
});

/** Presses Tab until the element has focus (at most 80 times). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the button');
}
