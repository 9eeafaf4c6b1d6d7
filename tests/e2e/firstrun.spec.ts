import { expect, test } from '@playwright/test';
import {
  addSkills,
  clickInShadow,
  extensionPage,
  fixture,
  launch,
  shadowHosts,
  tabIdOf,
  type Harness,
} from './harness';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

test('with no skills yet, the panel, badges and popup say what to do first and never show 0%', async () => {
  h = await launch();
  const expected = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  const list = JSON.parse(fixture('sites/linkedin/search-signedin.expected.json')) as { url: string; cards: unknown[] };
  h.serve(expected.url, fixture('sites/greenhouse/posting-classic.html'));
  h.serve(list.url, fixture('sites/linkedin/search-signedin.html'));

  const job = await h.context.newPage();
  await job.goto(expected.url);
  // The posting's text leaves no room beside it: the panel is the tab at the edge until the user opens it.
  await expect.poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '').toContain('add your skills');
  await clickInShadow(job, 'skillfit-panel', 'SkillFit');
  await expect
    .poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '')
    .toContain('Add your skills first');
  expect((await shadowHosts(job, 'skillfit-panel'))[0]!.text).not.toMatch(/\b0%/);

  const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, job)}`);
  await expect(popup.getByText('Add your skills first.')).toBeVisible();
  await expect(popup.getByLabel(/Fit \d+ percent/)).toHaveCount(0);
  // "Add my skills" takes the user to the profile.
  const [dash] = await Promise.all([
    h.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Add my skills' }).click(),
  ]);
  await expect(dash).toHaveURL(/dashboard\.html#profile$/);
  await expect(dash.getByRole('heading', { name: 'Your skills' })).toBeVisible();

  const search = await h.context.newPage();
  await search.goto(list.url);
  await expect
    .poll(async () => (await shadowHosts(search, 'skillfit-badge')).map((b) => b.text))
    .toEqual(list.cards.map(() => 'Add skills'));
});

test('the toolbar icon shows the fit of the posting in its tab', async () => {
  h = await launch();
  const dash = await extensionPage(h);
  await addSkills(dash, { python: 4 });
  const expected = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/greenhouse/posting-classic.html'));
  const job = await h.context.newPage();
  await job.goto(expected.url);
  await expect.poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '').toMatch(/(\d+)% fit/);
  const score = /(\d+)% fit/.exec((await shadowHosts(job, 'skillfit-panel'))[0]!.text)![1];
  const tabId = await tabIdOf(h, job);
  await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(score);
});
