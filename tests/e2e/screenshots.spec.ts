import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addSkills, extensionPage, launch, shadowHosts, tabIdOf } from './harness';
import { demoSearchPage } from './pages';

const SHOTS = '.tmp/screenshots';
mkdirSync(SHOTS, { recursive: true });

// The README's pictures of the product, taken as a user would see it; the test checks what they show.
test('a career changer browsing a job search: badges on every card, the panel and the popup', async () => {
  const h = await launch();
  try {
    const dash = await extensionPage(h);
    await addSkills(dash, {
      'microsoft-excel': 4,
      'customer-service': 4,
      communication: 4,
      scheduling: 3,
      'cash-handling': 4,
    });
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4200000001&keywords=analyst&location=Leeds';
    h.serve(url, demoSearchPage());
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.goto(url);
    await expect
      .poll(async () => (await shadowHosts(page, 'skillfit-panel'))[0]?.text ?? '')
      .toMatch(/Junior Data Analyst.*\d+% fit|\d+% fit.*Junior Data Analyst/);
    // The last thing drawn: once the panel's posting is read in full, its card's badge turns from an
    // estimate (~) to an exact score. The other cards keep their estimates.
    await expect
      .poll(async () => (await shadowHosts(page, 'skillfit-badge')).map((b) => b.text))
      .toEqual([
        expect.stringMatching(/^\d+% fit$/),
        ...Array(4).fill(expect.stringMatching(/^~\d+% fit$|^Open for fit$/)),
      ]);
    await page.screenshot({ path: `${SHOTS}/badged-search.png` });

    const popup = await extensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
    await popup.setViewportSize({ width: 380, height: 640 });
    await expect(popup.getByRole('heading', { name: 'Junior Data Analyst' })).toBeVisible();
    await expect(popup.getByRole('region', { name: 'Courses for your gaps' })).toBeVisible();
    await popup.screenshot({ path: `${SHOTS}/popup-courses.png`, fullPage: true });
  } finally {
    await h.close();
  }
});
