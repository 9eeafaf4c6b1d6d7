// Issue 10 item 4 and issue 15 item 2: a skill the taxonomy lacks, added from the dashboard's
// autocomplete as the user's own, is matched on a job page. Built extension, network closed.
import { expect, test } from '@playwright/test';
import { extensionPage, launch, sendMessage, shadowHosts, type Harness } from './harness';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

const POSTING_URL = 'https://boards.greenhouse.io/stmarys/jobs/7001';

/** A ward's posting at a real Greenhouse address: it asks for PICC line care (no taxonomy skill) and BLS. */
function wardPosting(): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Registered Nurse, Surgical Ward',
    description: '<p>Requirements:</p><ul><li>PICC line care on a surgical ward</li><li>BLS certification</li></ul>',
    hiringOrganization: { '@type': 'Organization', name: "St Mary's Hospital" },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Leeds' } },
  };
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Registered Nurse</title>
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script></head>
<body><h1>Registered Nurse, Surgical Ward</h1><div id="content"><p>Requirements: PICC line care, BLS.</p></div></body></html>`;
}

test('a skill no one lists, added as your own from the autocomplete, counts as held on a job page', async () => {
  h = await launch();
  const dash = await extensionPage(h, 'dashboard.html#profile');
  const input = dash.getByRole('combobox', { name: 'Add a skill' });
  await input.fill('PICC line care');
  const own = dash.getByRole('option', { name: /Add “PICC line care” as your own skill/ });
  await expect(own).toBeVisible();
  await input.press('Enter');
  const held = dash.locator('li[data-skill-id="custom:picc-line-care"]');
  await expect(held).toContainText('PICC line care');

  // The posting's text fills the window: the panel would start as the tab at the edge; this user keeps it open.
  await sendMessage(dash, 'settings.set', { panelCollapsed: false });
  h.serve(POSTING_URL, wardPosting());
  const page = await h.context.newPage();
  await page.goto(POSTING_URL);
  const panel = async () => (await shadowHosts(page, 'skillfit-panel'))[0]?.text ?? '';
  await expect.poll(panel, { timeout: 20_000 }).toMatch(/\d+% fit/);
  expect(await panel()).toMatch(/You have[\s\S]*PICC line care[\s\S]*Missing[\s\S]*BLS/);
});
