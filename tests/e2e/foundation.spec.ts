import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  addSkills,
  extensionPage,
  fixture,
  launch,
  newProfileDir,
  sendMessage,
  shadowHosts,
  tabIdOf,
  EXTENSION_DIR,
  type Harness,
} from './harness';

const POSTING_URL = 'https://boards.greenhouse.io/acmerobotics/jobs/4012345';
const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

let h: Harness | undefined;
test.afterEach(async () => {
  await h?.close();
  h = undefined;
});

test('the service worker starts and answers the protocol', async () => {
  h = await launch();
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await extensionPage(h);
  const pong = await sendMessage<{ version: string; taxonomySize: number }>(page, 'ping', {});
  expect(pong.version).toBe('0.1.0');
  expect(pong.taxonomySize).toBeGreaterThan(5000);
  // Unknown and malformed messages get a typed error reply, not an exception.
  const unknown = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'nope', payload: {} }));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
  const malformed = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'profile.set', payload: { level: 9 } }),
  );
  expect(malformed).toMatchObject({ ok: false, error: { code: 'bad_request' } });
});

test('content script, popup and dashboard work on real data, which survives a restart; no request leaves the page', async () => {
  const profile = newProfileDir();
  h = await launch(profile);
  h.serve(POSTING_URL, fixture('sites/greenhouse/posting-classic.html'));
  const dash = await extensionPage(h);
  await addSkills(dash, { python: 4, cpp: 3 });
  // The user chose an open panel (else it starts as a tab where the posting's text leaves no room beside it).
  await sendMessage(dash, 'settings.set', { panelCollapsed: false });

  // The content script reads the posting and gets its fit from the background.
  const job = await h.context.newPage();
  await job.goto(POSTING_URL);
  await expect
    .poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '', { timeout: 15_000 })
    .toMatch(/\d+% fit/);
  const panel = (await shadowHosts(job, 'skillfit-panel'))[0]!.text;
  expect(panel).toContain('Robotics Software Engineer');
  expect(panel).toContain('Python');

  // The popup, opened for that tab, shows the same posting and saves it.
  const tabId = await tabIdOf(h, job);
  const popup = await extensionPage(h, `popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.getByRole('heading', { name: 'Robotics Software Engineer' })).toBeVisible();
  await expect(popup.getByLabel(/Fit \d+ percent/)).toBeVisible();
  await popup.getByRole('button', { name: 'Save job' }).click();
  await expect(popup.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await popup.screenshot({ path: `${SHOTS}/popup.png` });

  // The dashboard lists what was written through the protocol.
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#tracker`);
  await expect(dash.getByRole('link', { name: 'Robotics Software Engineer' })).toBeVisible();
  await dash.setViewportSize({ width: 1100, height: 700 });
  await dash.screenshot({ path: `${SHOTS}/foundation-tracker.png` });
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#profile`);
  await expect(dash.getByText('Python', { exact: true })).toBeVisible();
  await dash.screenshot({ path: `${SHOTS}/foundation-profile.png` });

  // The extension asked nothing of any host, and the page only for what its own HTML names.
  expect(h.requests.filter((r) => r.by === 'extension')).toEqual([]);
  const html = fixture('sites/greenhouse/posting-classic.html');
  const strangers = h.requests.filter((r) => new URL(r.url).host !== 'boards.greenhouse.io' && !html.includes(r.url));
  expect(strangers).toEqual([]);
  await h.close({ keepProfile: true });

  // Same profile directory, new browser: the data is still there.
  h = await launch(profile);
  const again = await extensionPage(h, 'dashboard.html#tracker');
  await expect(again.getByRole('link', { name: 'Robotics Software Engineer' })).toBeVisible();
  const skills = await sendMessage<{ skills: { skillId: string; level: number }[] }>(again, 'profile.get', {});
  expect(skills.skills.map((s) => [s.skillId, s.level]).sort()).toEqual([
    ['cpp', 3],
    ['python', 4],
  ]);
});

test('the built manifest asks for least privilege: no extension storage, a strict page policy, no private windows', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    incognito: string;
    content_security_policy: { extension_pages: string };
    content_scripts: { matches: string[] }[];
  };
  expect(manifest.permissions).not.toContain('storage');
  expect(manifest.incognito).toBe('not_allowed');
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self';");
  expect(manifest.content_security_policy.extension_pages).toMatch(/connect-src 'self' https:\/\/boards-api/);
  // Content scripts on https pages only.
  const matches = manifest.content_scripts.flatMap((c) => c.matches);
  expect(matches.length).toBeGreaterThan(10);
  for (const m of matches) expect(m).toMatch(/^https:\/\//);
});
