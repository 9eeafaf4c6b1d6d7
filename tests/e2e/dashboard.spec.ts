import { seriousViolations } from './axe';
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addSkills, extensionPage, fixture, launch, sendMessage, shadowHosts, tabIdOf, type Harness } from './harness';
import { backupOf, importBackup, profileRecord, syntheticPostings } from './dashboard-helpers';

const SHOTS = '.tmp/screenshots';
const POSTING_URL = 'https://boards.greenhouse.io/acmerobotics/jobs/4012345';
mkdirSync(SHOTS, { recursive: true });

let h: Harness | undefined;
test.afterEach(async () => {
  await h?.close();
  h = undefined;
});

const dashboard = (h: Harness, hash: string) => `chrome-extension://${h.extensionId}/dashboard.html#${hash}`;

test('profile: add a skill by autocomplete ("k8s" → Kubernetes) and skills from pasted text, each with its evidence', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#profile');
  await expect(page.getByText('Start here.')).toBeVisible();

  const input = page.getByRole('combobox', { name: 'Add a skill' });
  await input.fill('k8s');
  const option = page.getByRole('option', { name: /Kubernetes/ });
  await expect(option).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Matching skills' }).getByRole('option').first()).toContainText(
    'Kubernetes',
  );
  await input.press('Enter');
  const list = page.getByRole('list', { name: 'Skills in your profile' });
  await expect(list.locator('[data-skill-id="kubernetes"]')).toContainText('Kubernetes');
  await expect(list.locator('[data-skill-id="kubernetes"]')).toContainText('Self-rated');
  await expect(input).toHaveValue('');

  // A word matching nothing says so instead of showing an empty list.
  await input.fill('qqzzxx');
  await expect(page.getByText('No skill matches “qqzzxx”')).toBeVisible();
  await input.press('Escape');

  const resume = [
    'Shift supervisor at a busy cafe for three years.',
    'Handled cash and trained new staff in food safety procedures.',
    'Built the weekly sales report in Microsoft Excel and wrote small Python scripts to clean the data.',
  ].join(' ');
  await page.getByLabel(/Paste your résumé/).fill(resume);
  await page.getByRole('button', { name: 'Find skills' }).click();
  const found = page.getByRole('group', { name: /Found \d+ skills?/ });
  await expect(found).toBeVisible();
  const python = found.locator('[data-skill-id="python"]');
  const excel = found.locator('[data-skill-id="microsoft-excel"]');
  const safety = found.locator('[data-skill-id^="food-safety"]');
  await expect(python).toContainText('wrote small Python scripts');
  await expect(safety).toContainText('trained new staff in food safety');
  // Keep Python and food safety at chosen levels, leave Excel out.
  await excel.getByRole('checkbox').uncheck();
  await python.getByRole('combobox', { name: 'Level of Python' }).selectOption('4');
  await page.getByRole('button', { name: /^Add \d+ skills? to my profile$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added \d+ skills from your text/ })).toBeVisible();

  const pyRow = list.locator('[data-skill-id="python"]');
  await expect(pyRow).toContainText('From your text');
  await expect(pyRow).toContainText('wrote small Python scripts');
  await expect(pyRow.getByRole('combobox', { name: 'Level of Python' })).toHaveValue('4');
  await expect(list.locator('[data-skill-id^="food-safety"]')).toContainText('From your text');
  await expect(list.locator('[data-skill-id="microsoft-excel"]')).toHaveCount(0);

  // Stored through the protocol with source and evidence, not just shown.
  const { skills } = await sendMessage<{
    skills: { skillId: string; level: number; source: string; evidence: { text: string }[] }[];
  }>(page, 'profile.get', {});
  const py = skills.find((s) => s.skillId === 'python');
  expect(py).toMatchObject({ level: 4, source: 'text' });
  expect(py?.evidence[0]?.text).toContain('Python scripts');

  // Level change and remove.
  await list.locator('[data-skill-id="kubernetes"]').getByRole('combobox').selectOption('5');
  await expect
    .poll(
      async () =>
        (await sendMessage<{ skills: { skillId: string; level: number }[] }>(page, 'profile.get', {})).skills.find(
          (s) => s.skillId === 'kubernetes',
        )?.level,
    )
    .toBe(5);
  await page.getByRole('button', { name: 'Remove Kubernetes' }).click();
  await expect(list.locator('[data-skill-id="kubernetes"]')).toHaveCount(0);
});

test('tracker: change a posting status and see its dated history; notes; delete with undo', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#tracker');
  await expect(page.getByText('No saved jobs yet.')).toBeVisible();
  await importBackup(
    page,
    backupOf({
      profile: [profileRecord('python', 'Python', 3)],
      postings: syntheticPostings(0, [
        {
          id: 'lever:abc',
          title: 'Junior Data Analyst',
          skills: [
            { id: 'python', requirement: 'required', years: null },
            { id: 'sql', requirement: 'required', years: null },
          ],
        },
        {
          id: 'lever:def',
          title: 'Barista',
          skills: [{ id: 'customer-service', requirement: 'required', years: null }],
        },
      ]),
    }),
  );
  await page.reload();
  const row = page.locator('tbody[data-posting-id="lever:abc"]');
  await expect(row.getByRole('link', { name: 'Junior Data Analyst' })).toBeVisible();
  await expect(row.locator('.db-fit')).toHaveText(/\d+%/);

  await row.getByRole('combobox', { name: 'Status of Junior Data Analyst' }).selectOption('applied');
  await row.getByRole('button', { name: /Show details of Junior Data Analyst/ }).click();
  const history = row.getByRole('list', { name: 'Status history of Junior Data Analyst' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Saved');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Applied');
  await expect(history.getByRole('listitem').nth(1)).toContainText(String(new Date().getFullYear()));

  // Notes save themselves as the user types, and say so.
  await row.getByLabel('Notes on Junior Data Analyst').fill('Recruiter: Sam, call back Monday');
  await expect(row.locator('[data-notes-state]')).toHaveText('Saved');
  await expect(row.getByText('Note: Recruiter: Sam, call back Monday')).toBeVisible();
  const stored = await sendMessage<{ record: { status: string; notes: string; history: { status: string }[] } }>(
    page,
    'posting.get',
    { id: 'lever:abc' },
  );
  expect(stored.record).toMatchObject({ status: 'applied', notes: 'Recruiter: Sam, call back Monday' });
  expect(stored.record.history.map((x) => x.status)).toEqual(['saved', 'applied']);

  // Typing and leaving at once (another section) loses nothing.
  await row.getByLabel('Notes on Junior Data Analyst').fill('Recruiter: Sam, call back Tuesday');
  await page.getByRole('link', { name: 'Skills' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /skills/i }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Saved jobs' }).click();
  await expect(row.getByText('Note: Recruiter: Sam, call back Tuesday')).toBeVisible();

  // Filter by status.
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('applied');
  await expect(page.locator('tbody[data-posting-id]')).toHaveCount(1);
  await expect(page).toHaveURL(/#tracker\?status=applied/);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('');
  await expect(page.locator('tbody[data-posting-id]')).toHaveCount(2);

  // Delete, then undo from the keyboard (focus moves to Undo).
  await page.getByRole('button', { name: 'Delete Barista' }).click();
  await expect(page.locator('tbody[data-posting-id="lever:def"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody[data-posting-id="lever:def"]')).toHaveCount(1);
});

test('learning plan: start a recommended course, mark it completed, see the saved posting score rise', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#plan');
  await importBackup(
    page,
    backupOf({
      profile: [profileRecord('python', 'Python', 4)],
      postings: syntheticPostings(0, [
        {
          id: 'greenhouse:42',
          title: 'Data Analyst',
          skills: [
            { id: 'python', requirement: 'required', years: null },
            { id: 'sql', requirement: 'required', years: null },
            { id: 'tableau', requirement: 'preferred', years: null },
          ],
        },
      ]),
    }),
  );
  const before = (await sendMessage<{ record: { fit: number } }>(page, 'posting.get', { id: 'greenhouse:42' })).record
    .fit;
  await page.reload();
  const recs = page.getByRole('list', { name: 'Recommended courses' });
  await expect(recs.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Skill gaps across the jobs you aim at' })).toContainText('SQL');

  const first = recs.getByRole('listitem').first();
  const title = (await first.locator('strong').textContent()) ?? '';
  const newTab = h.context.waitForEvent('page');
  await first.getByRole('button', { name: `Start ${title}` }).click();
  expect((await newTab).url()).toMatch(/^https:\/\/|chrome-error:/);

  const progress = page.getByRole('list', { name: 'Courses in progress' });
  await expect(progress).toContainText(title);
  await progress.getByRole('button', { name: `Mark ${title} completed` }).click();

  const change = page.getByRole('table', { name: 'Saved jobs re-scored' });
  const changed = change.locator('tr[data-posting-id="greenhouse:42"]');
  await expect(changed).toContainText(`${before}%`);
  const after = (await sendMessage<{ record: { fit: number } }>(page, 'posting.get', { id: 'greenhouse:42' })).record
    .fit;
  expect(after).toBeGreaterThan(before);
  await expect(changed).toContainText(`${after}%`);
  await expect(changed).toContainText(`+${after - before}`);
  await expect(page.getByRole('list', { name: 'Completed courses' })).toContainText(title);

  // The tracker and the credentials view agree.
  await page.goto(dashboard(h, 'tracker'));
  await expect(page.locator('tbody[data-posting-id="greenhouse:42"] .db-fit')).toHaveText(`${after}%`);
  await page.goto(dashboard(h, 'credentials'));
  await expect(page.getByRole('list', { name: 'Credentials by skill' })).toContainText(title);
  await expect(page.getByText(/Asked for in 1 of your 1 saved jobs/).first()).toBeVisible();
});

test('5,000 saved postings list, page and filter without a stall', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#tracker');
  const seeded = await importBackup(
    page,
    backupOf({
      profile: [profileRecord('python', 'Python', 3), profileRecord('sql', 'SQL', 2)],
      postings: syntheticPostings(5000, [
        {
          id: 'ashby:needle',
          title: 'Zebra Keeper Apprentice',
          site: 'ashby',
          status: 'interviewing',
          skills: [{ id: 'customer-service', requirement: 'required', years: null }],
        },
      ]),
    }),
  );
  expect(seeded.counts.postings).toBe(5001);
  await page.reload();
  await expect(page.getByText('Showing 1–50 of 5,001 saved jobs')).toBeVisible();
  await expect(page.locator('tbody[data-posting-id]')).toHaveCount(50);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Showing 51–100 of 5,001 saved jobs')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('zebra keeper');
  await expect(page.locator('tbody[data-posting-id]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Zebra Keeper Apprentice' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByRole('combobox', { name: 'Fit', exact: true }).selectOption('60');
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('fit-asc');
  // The filtered page replaces the unfiltered one when its answer arrives: wait for it, then check every row.
  const fitsNow = async () =>
    (await page.locator('tbody[data-posting-id] .db-fit').allTextContents()).map((t) => Number.parseInt(t, 10));
  const ascendingFrom60 = (xs: number[]) =>
    xs.length === 50 && xs.every((v, i) => v >= 60 && (i === 0 || xs[i - 1]! <= v));
  await expect.poll(async () => ascendingFrom60(await fitsNow())).toBe(true);
  // Lowest first: the smallest fit of 60 or more that any posting has.
  const lowest = (
    await sendMessage<{ items: { fit: number }[] }>(page, 'postings.list', {
      sort: 'fit',
      dir: 'asc',
      minFit: 60,
      limit: 1,
    })
  ).items[0]!.fit;
  expect((await fitsNow())[0]).toBe(lowest);

  await page.getByRole('combobox', { name: 'Site' }).selectOption('ashby');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('interviewing');
  await page.getByRole('combobox', { name: 'Fit', exact: true }).selectOption('0');
  await expect(page.getByRole('link', { name: 'Zebra Keeper Apprentice' })).toBeVisible();
  const sites = await page
    .locator('tbody[data-posting-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-posting-id')?.split(':')[0]));
  expect(new Set(sites)).toEqual(new Set(['ashby']));
});

test('your data: export, change, import the old file after a preview without losing newer work, restore the safety copy', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#data');
  await addSkills(page, { python: 3, sql: 2 });
  const job = {
    site: 'lever',
    jobId: 'clerk-1',
    url: 'https://jobs.lever.co/acme/clerk-1',
    title: 'Office Clerk',
    company: 'Acme',
    location: null,
    description: 'Requirements: SQL and Python.',
    datePosted: null,
    employmentType: null,
  };
  const { id } = await sendMessage<{ id: string }>(page, 'posting.save', { posting: job });
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
  await expect(page.locator('#sf-last-backup')).toContainText('No backup made yet.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^skillfit-backup-\d{4}-\d\d-\d\d\.json$/);
  const oldText = await streamText(await file.createReadStream());
  const exported = JSON.parse(oldText) as { format: string; profile: { skillId: string }[]; postings: unknown[] };
  expect(exported.format).toBe('skillfit-backup');
  expect(exported.profile.map((p) => p.skillId).sort()).toEqual(['python', 'sql']);
  expect(exported.postings).toHaveLength(1);
  await expect(page.locator('#sf-backup-msg')).toContainText('2 skills, 1 saved jobs');
  await expect(page.locator('#sf-last-backup')).toContainText('Last backup:');

  // Work done after the backup: a status, a note, a level, a removed skill.
  await sendMessage(page, 'posting.setStatus', { id, status: 'applied' });
  await sendMessage(page, 'posting.setNotes', { id, notes: 'Called Maria' });
  await sendMessage(page, 'profile.set', { skillId: 'python', level: 5, source: 'self' });
  await sendMessage(page, 'profile.remove', { skillId: 'sql' });

  const choose = (name: string, text: string) =>
    page.getByLabel(/Import a backup/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await choose('notes.json', '{"hello": 1}');
  await expect(page.getByRole('alert')).toContainText('This JSON file is not a SkillFit backup.');

  await choose('old.json', oldText);
  const preview = page.getByRole('group', { name: /Importing old\.json/ });
  await expect(preview).toContainText('Keep yours for 1 skill');
  await expect(preview).toContainText('Keep yours for 1 saved job');
  await expect(preview).toContainText('Leave 1 skill deleted');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('#sf-backup-msg')).toContainText('Imported from old.json: 0 skills, 0 saved jobs');
  const profile = await sendMessage<{ skills: { skillId: string; level: number }[] }>(page, 'profile.get', {});
  expect(profile.skills.map((s) => [s.skillId, s.level])).toEqual([['python', 5]]);
  const { record } = await sendMessage<{ record: { status: string; notes: string } }>(page, 'posting.get', { id });
  expect(record).toMatchObject({ status: 'applied', notes: 'Called Maria' });

  // Asked for, the deleted skill comes back; the safety copy undoes that in one click.
  await choose('old.json', oldText);
  await preview.getByLabel(/Also bring back the 1 item/).check();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('#sf-backup-msg')).toContainText('Imported from old.json: 1 skills');
  expect((await sendMessage<{ skills: { skillId: string }[] }>(page, 'profile.get', {})).skills).toHaveLength(2);
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.locator('#sf-backup-msg')).toContainText('Your data is back as it was before the import.');
  const restored = await sendMessage<{ skills: { skillId: string; level: number }[] }>(page, 'profile.get', {});
  expect(restored.skills.map((s) => [s.skillId, s.level])).toEqual([['python', 5]]);
});

test('course catalogs: per-row errors, replace one of the same name when asked, remove with undo', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#data');
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
  const csv = [
    'title,url,skills,hours,provider',
    'Warehouse safety basics,https://learn.example.com/safety,forklift;food safety,2,Acme Academy',
    'Old course,http://insecure.example.com/x,python,1,Acme Academy',
    'Mystery,https://learn.example.com/m,underwater basket weaving,1,Acme Academy',
  ].join('\n');
  const choose = () =>
    page
      .getByLabel('Import a catalog file')
      .setInputFiles({ name: 'acme-courses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await choose();
  const msg = page.locator('#sf-catalog-msg');
  await expect(msg).toContainText('Imported 1 course from acme-courses.csv; 2 rows had problems');
  const rows = msg.getByRole('list', { name: 'Problems by row' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Line 3' })).toContainText('not an https address');
  await expect(rows.filter({ hasText: 'Line 4' }).first()).toContainText('underwater basket weaving');
  const catalogs = page.getByRole('list', { name: 'Imported catalogs' });
  await expect(catalogs).toContainText('acme-courses');
  await expect(catalogs).toContainText('1 course');

  await choose();
  await expect(
    page.getByText('A catalog named “acme-courses” is already imported. Replace it with this file?'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Replace it' }).click();
  await expect(msg).toContainText('Replaced the catalog with 1 course');
  await expect(catalogs.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Remove catalog acme-courses' }).click();
  await expect(page.getByText('No catalog imported.')).toBeVisible();
  await msg.getByRole('button', { name: 'Undo' }).click();
  await expect(msg).toContainText('The catalog “acme-courses” is back.');
  expect((await sendMessage<{ catalogs: { name: string }[] }>(page, 'catalog.list', {})).catalogs).toEqual([
    expect.objectContaining({ name: 'acme-courses' }),
  ]);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('axe-core: no serious or critical violations on every dashboard view (light and dark) and the popup; screenshots', async () => {
  // 18 axe-core runs: 1 to 4 minutes on a busy 2-core machine. The timeout only stops a hang.
  test.setTimeout(600_000);
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#profile');
  await page.setViewportSize({ width: 1100, height: 800 });

  // The checker is live: a nameless button is a critical violation it must report.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'axe-probe' })));
  expect((await seriousViolations(page)).join('\n')).toContain('button-name');
  await page.evaluate(() => document.getElementById('axe-probe')?.remove());

  // Empty states first: what a new user sees.
  const report: Record<string, string[]> = {};
  for (const view of ['profile', 'tracker', 'plan', 'credentials', 'data']) {
    await page.goto(dashboard(h, view));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Every view but "Your data" tells a new user what to do first.
    if (view !== 'data') await expect(page.getByRole('note').first()).toBeVisible();
    report[`${view} (empty)`] = await seriousViolations(page);
  }

  // Then with data: skills with evidence, saved postings, a course in progress and one completed.
  await addSkills(page, { python: 3, 'customer-service': 4, 'microsoft-excel': 2 });
  await sendMessage(page, 'profile.set', {
    skillId: 'food-safety',
    level: 3,
    source: 'text',
    evidence: 'Trained new staff in food safety procedures.',
  });
  await importBackup(page, backupOf({ postings: syntheticPostings(120) }));
  const plan = await sendMessage<{
    recommendations: {
      course: { id: string; title: string; provider: string; url: string; skills: string[]; minutes: number | null };
    }[];
  }>(page, 'plan.get', {});
  const [c1, c2] = plan.recommendations.map((r) => r.course);
  for (const c of [c1, c2])
    if (c)
      await sendMessage(page, 'learning.start', {
        course: { id: c.id, title: c.title, provider: c.provider, url: c.url, skills: c.skills, minutes: c.minutes },
      });
  if (c2) await sendMessage(page, 'learning.complete', { courseId: c2.id });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of ['profile', 'tracker', 'plan', 'credentials', 'data']) {
      await page.goto(dashboard(h, view));
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (view === 'tracker') {
        await expect(page.locator('tbody[data-posting-id]').first()).toBeVisible();
        // Open one row's details so the history and notes are checked too.
        await page
          .getByRole('button', { name: /^Show details of/ })
          .first()
          .click();
        await expect(page.getByRole('list', { name: /^Status history of/ })).toBeVisible();
      }
      if (view === 'plan') await expect(page.getByRole('list', { name: 'Recommended courses' })).toBeVisible();
      if (view === 'credentials')
        await expect(page.getByText(/Asked for in \d+ of your 120 saved jobs/).first()).toBeVisible();
      if (view === 'profile') {
        // With the suggestion list open.
        await page.getByRole('combobox', { name: 'Add a skill' }).fill('exc');
        await expect(page.getByRole('listbox')).toBeVisible();
      }
      report[`${view} (${scheme})`] = await seriousViolations(page);
      if (scheme === 'light' && (view === 'profile' || view === 'tracker' || view === 'plan')) {
        if (view === 'profile') await page.getByRole('combobox', { name: 'Add a skill' }).fill('');
        await page.mouse.move(0, 799);
        await page.screenshot({ path: `${SHOTS}/dashboard-${view}.png` });
      }
      if (scheme === 'dark' && view === 'tracker')
        await page.screenshot({ path: `${SHOTS}/dashboard-tracker-dark.png` });
    }
  }

  // The popup, opened as a page: first with no job page behind it, then for a posting (fit, skills, courses).
  await page.emulateMedia({ colorScheme: 'light' });
  const popup = await extensionPage(h, 'popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.getByText('SkillFit').first()).toBeVisible();
  await popup.waitForLoadState('networkidle');
  report['popup (no posting)'] = await seriousViolations(popup);
  h.serve(POSTING_URL, fixture('sites/greenhouse/posting-classic.html'));
  const job = await h.context.newPage();
  await job.goto(POSTING_URL);
  await expect
    .poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '', { timeout: 15_000 })
    .toMatch(/fit/i);
  const tabId = await tabIdOf(h, job);
  for (const scheme of ['light', 'dark'] as const) {
    const withPosting = await extensionPage(h, `popup.html?tab=${tabId}`);
    await withPosting.emulateMedia({ colorScheme: scheme });
    await withPosting.setViewportSize({ width: 380, height: 600 });
    await expect(withPosting.getByRole('heading', { name: 'Robotics Software Engineer' })).toBeVisible();
    report[`popup (posting, ${scheme})`] = await seriousViolations(withPosting);
    await withPosting.close();
  }

  // On failure the diff names each view with its violations.
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});

test('keyboard: every section is reachable from the navigation and focus is visible', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  for (const [label, heading] of [
    ['Saved jobs', 'Saved jobs'],
    ['Learning plan', 'Learning plan'],
    ['Credentials', 'Credentials'],
    ['Your data', 'Your data'],
    ['Skills', 'Your skills'],
  ] as const) {
    const link = page.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('link', { name: label });
    await link.focus();
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  // The skill picker works from the keyboard alone.
  await page.getByRole('combobox', { name: 'Add a skill' }).focus();
  await page.keyboard.type('excel');
  await expect(page.getByRole('listbox', { name: 'Matching skills' }).getByRole('option').first()).toContainText(
    'Microsoft Excel',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Skills in your profile' })).toContainText('Microsoft Excel');
});
