// Issue 16: where a held credential leads (the catalog's stacks), shown in the plan and the
// credentials view with the saved jobs each next step unlocks; in-person entries enrolled in.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { extensionPage, launch, type Harness } from './harness';
import { backupOf, importBackup, profileRecord, syntheticPostings } from './dashboard-helpers';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

const MANAGER = 'ServSafe Manager (Certified Food Protection Manager)';
const SHOTS = '.tmp/screenshots';

/** Serious or critical axe-core findings on the page, light and dark. */
async function axeFindings(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        out.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}

test('the plan shows a stack: food handler → ServSafe Manager, its hours, the saved job it unlocks; one click adds it', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#plan');
  await importBackup(
    page,
    backupOf({
      profile: [profileRecord('food-safety', 'Food safety', 3)],
      credentials: [
        {
          id: 'cred:manual:food-handler',
          title: 'Food Handler',
          provider: '',
          skills: ['food-safety'],
          earnedAt: Date.UTC(2026, 5, 1),
          source: 'manual',
        },
      ],
      postings: syntheticPostings(0, [
        {
          id: 'greenhouse:501',
          title: 'Shift Lead',
          company: 'Blue Harbor Foods',
          skills: [
            { id: 'food-safety', requirement: 'required', years: null },
            { id: 'receive-kitchen-supplies', requirement: 'required', years: null },
          ],
        },
      ]),
    }),
  );
  await page.reload();
  const steps = page.getByRole('list', { name: 'Next steps from your credentials' });
  const manager = steps.locator('li[data-course-id="cred:servsafe-manager"]');
  await expect(manager).toContainText(
    `Food Handler ✓ → ${MANAGER}, in person and online, 8 h, unlocks 1 saved job: Shift Lead (Blue Harbor Foods)`,
  );
  await expect(manager).toContainText('It proves what that job asks for and you lack: Receive kitchen supplies.');

  // One click puts it on the plan, listed as a programme to enrol in, not a course to click through.
  await manager.getByRole('button', { name: `Add ${MANAGER} to the plan` }).click();
  await expect(manager).toContainText('On your plan');
  const progress = page.getByRole('list', { name: 'Courses in progress' });
  const row = progress.locator('li[data-course-id="cred:servsafe-manager"]');
  await expect(row).toContainText(MANAGER);
  await expect(row).toContainText('In person and online: a programme to enrol in');
  await expect(row.getByRole('button', { name: `See how to enrol: ${MANAGER}` })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/dashboard-plan-stack.png` });

  // The credentials view shows the same stack, already on the plan; it stays after a reload.
  await page.goto(page.url().replace(/#.*$/, '#credentials'));
  const there = page
    .getByRole('list', { name: 'Next steps from your credentials' })
    .locator('li[data-course-id="cred:servsafe-manager"]');
  await expect(there).toContainText(`Food Handler ✓ → ${MANAGER}`);
  await expect(there).toContainText('On your plan');
});
