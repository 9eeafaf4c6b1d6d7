// Issue 15: the first run, résumé files, the tracker's job search, the plan over chosen jobs,
// credentials already held. Each test runs the built extension in Chromium with the network closed.
import { expect, test } from '@playwright/test';
import { addSkills, extensionPage, fixture, launch, WELCOME_URL, type Harness } from './harness';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

test('install opens the welcome tab; its three steps tick as they happen; the next step sits atop the dashboard', async () => {
  h = await launch(undefined, { keepWelcome: true });
  await expect.poll(() => h.context.pages().some((p) => WELCOME_URL.test(p.url()))).toBe(true);
  const welcome = h.context.pages().find((p) => WELCOME_URL.test(p.url()))!;
  const step = (id: string) => welcome.locator(`[data-step="${id}"]`);
  await expect(welcome.getByRole('heading', { name: 'Welcome to SkillFit' })).toBeVisible();
  for (const id of ['skills', 'pin', 'job']) await expect(step(id)).toHaveAttribute('data-done', 'false');
  await expect(welcome.getByRole('status').first()).toHaveText('0 of 3 done.');

  // The dashboard, elsewhere, shows the next step above its sections.
  const dash = await extensionPage(h, 'dashboard.html#tracker');
  await expect(dash.getByRole('complementary', { name: 'Next step' })).toContainText('Add your skills');

  // 1. A skill added (here through the protocol, as the profile does) ticks the first step.
  await addSkills(dash, { python: 3 });
  await expect(step('skills')).toHaveAttribute('data-done', 'true');
  await dash.reload();
  await expect(dash.getByRole('complementary', { name: 'Next step' })).toContainText('Pin SkillFit');

  // 2. Headless Chromium reports the button unpinned: the user says so, or skips.
  await welcome.locator('[data-step="pin"]').getByRole('button').click();
  await expect(step('pin')).toHaveAttribute('data-done', 'true');

  // 3. Opening a job on a site ticks the last.
  const expected = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/greenhouse/posting-classic.html'));
  const job = await h.context.newPage();
  await job.goto(expected.url);
  await expect(step('job')).toHaveAttribute('data-done', 'true', { timeout: 15_000 });
  await expect(welcome.getByText('All done: you are set.')).toBeVisible();
  await dash.reload();
  await expect(dash.getByRole('heading', { name: 'Saved jobs' })).toBeVisible();
  await expect(dash.getByRole('complementary', { name: 'Next step' })).toHaveCount(0);
});
