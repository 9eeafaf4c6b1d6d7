// Issue 15: the first run, résumé files, the tracker's job search, the plan over chosen jobs,
// credentials already held. Each test runs the built extension in Chromium with the network closed.
import { seriousViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  addSkills,
  clickInShadow,
  extensionPage,
  fixture,
  launch,
  sendMessage,
  shadowHosts,
  WELCOME_URL,
  type Harness,
} from './harness';
import { makeDocx, makePdf } from '../support/resume-files';
import { openBadge } from '../support/badges';
import { backupOf, importBackup, profileRecord, syntheticPostings } from './dashboard-helpers';

const POSTING_URL = 'https://boards.greenhouse.io/acmerobotics/jobs/4012345';

const SHOTS = '.tmp/screenshots';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

test('install opens the welcome tab; its three steps tick as they happen; the next step sits atop the dashboard', async () => {
  h = await launch(undefined, { keepWelcome: true });
  await expect.poll(() => h.context.pages().some((p) => WELCOME_URL.test(p.url())), { timeout: 60_000 }).toBe(true);
  const welcome = h.context.pages().find((p) => WELCOME_URL.test(p.url()))!;
  const step = (id: string) => welcome.locator(`[data-step="${id}"]`);
  await expect(welcome.getByRole('heading', { name: 'Welcome to SkillFit' })).toBeVisible();
  for (const id of ['skills', 'pin', 'job']) await expect(step(id)).toHaveAttribute('data-done', 'false');
  await expect(welcome.getByRole('status').first()).toHaveText('0 of 3 done.');
  mkdirSync(SHOTS, { recursive: true });
  await welcome.setViewportSize({ width: 1280, height: 720 });
  await welcome.screenshot({ path: `${SHOTS}/dashboard-welcome-first-run.png` });

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

/** The lines of a shift lead's résumé, moving into data analysis. */
const RESUME = [
  'Maria Lopez - Shift Lead',
  'Skills: SQL (basic), Microsoft Excel (advanced), Spanish (native).',
  'Currently learning Python.',
  'Five years of customer service in a busy restaurant.',
  'ServSafe Food Handler certificate.',
];

test('a PDF and a Word résumé dropped in the profile give skills with levels read from their words; licences without a level', async () => {
  h = await launch();
  const dash = await extensionPage(h, 'dashboard.html#profile');
  const found = (id: string) => dash.locator(`.db-found-list li[data-skill-id="${id}"]`);

  // A PDF, chosen with the file input.
  await dash.getByLabel(/choose a résumé file/).setInputFiles({
    name: 'maria-lopez.pdf',
    mimeType: 'application/pdf',
    buffer: makePdf(RESUME),
  });
  await expect(dash.getByText('Read “maria-lopez.pdf”.')).toBeVisible();
  await expect(found('sql')).toHaveAttribute('data-level', '2');
  await expect(found('microsoft-excel')).toHaveAttribute('data-level', '4');
  await expect(found('spanish')).toHaveAttribute('data-level', '5');
  await expect(found('python')).toHaveAttribute('data-level', '1');
  await expect(found('sql').getByRole('combobox')).toHaveValue('2');
  await expect(found('sql')).toContainText('read from “basic”');
  // A licence is held, not rated: no level picker, an optional expiry instead.
  await expect(found('servsafe')).toHaveAttribute('data-level', '');
  await expect(found('servsafe').getByRole('combobox')).toHaveCount(0);
  await expect(found('servsafe').getByLabel(/Expires on/)).toBeVisible();
  await found('servsafe')
    .getByLabel(/Expires on/)
    .fill('2027-03-01');
  await dash.getByRole('button', { name: /Add \d+ skills? to my profile/ }).click();
  await expect(dash.getByText(/Added \d+ skills? from your text/)).toBeVisible();
  await expect(dash.locator('[data-skill-id="sql"]').first()).toBeVisible();
  const profile = await sendMessage<{ skills: { skillId: string; level: number }[] }>(dash, 'profile.get', {});
  expect(Object.fromEntries(profile.skills.map((s) => [s.skillId, s.level]))).toMatchObject({
    sql: 2,
    'microsoft-excel': 4,
    spanish: 5,
    python: 1,
  });
  const creds = await sendMessage<{ items: { title: string; expiresAt: number | null; source?: string }[] }>(
    dash,
    'credentials.list',
    {},
  );
  expect(creds.items.map((c) => [c.title, c.source, new Date(c.expiresAt!).getFullYear()])).toEqual([
    ['ServSafe', 'resume', 2027],
  ]);

  // A Word file, dropped on the text box: the skills already held are shown as such, unticked.
  const docx = makeDocx(['Nurse resume', 'Registered Nurse licence.\tBasic Life Support (BLS).', 'Fluent Spanish.']);
  const data = await dash.evaluateHandle(
    ([b64]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'nurse.docx'));
      return dt;
    },
    [docx.toString('base64')] as const,
  );
  await dash.getByLabel(/Paste your résumé/).dispatchEvent('drop', { dataTransfer: data });
  await expect(dash.getByText('Read “nurse.docx”.')).toBeVisible();
  await expect(dash.getByLabel(/Paste your résumé/)).toHaveValue(/Registered Nurse licence\.\tBasic Life Support/);
  await expect(found('registered-nurse')).toHaveAttribute('data-level', '');
  await expect(found('bls')).toHaveAttribute('data-level', '');
  await expect(found('spanish')).toContainText('in your profile');
  await expect(found('spanish').getByRole('checkbox')).not.toBeChecked();

  // An old Word file is refused with what to do, and the text box keeps what it had.
  await dash.getByLabel(/choose a résumé file/).setInputFiles({
    name: 'old.doc',
    mimeType: 'application/msword',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await expect(dash.getByRole('note')).toContainText('old Word file (.doc)');
  await expect(dash.getByLabel(/Paste your résumé/)).toHaveValue(/Registered Nurse/);
});

test('tracker Details: fit breakdown with evidence, saved description, application fields, follow-up alarm; board by status; proper site names; 420 px', async () => {
  h = await launch();
  const dash = await extensionPage(h, 'dashboard.html#tracker');
  await addSkills(dash, { python: 4, git: 3 });
  await sendMessage(dash, 'settings.set', { panelCollapsed: false });
  const expected = JSON.parse(fixture('sites/greenhouse/posting-classic.expected.json')) as { url: string };
  h.serve(expected.url, fixture('sites/greenhouse/posting-classic.html'));
  const job = await h.context.newPage();
  await job.goto(expected.url);
  await expect.poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '').toContain('Save job');
  await clickInShadow(job, 'skillfit-panel', 'Save job');
  const id = 'greenhouse:4012345';
  await expect.poll(async () => (await sendMessage<{ total: number }>(dash, 'postings.list', {})).total).toBe(1);

  await dash.reload();
  const row = dash.locator(`tbody[data-posting-id="${id}"]`);
  await expect(row).toContainText('Acme Robotics');
  await expect(row).toContainText('Greenhouse');
  await row.getByRole('button', { name: 'Show details of Robotics Software Engineer' }).click();
  // Why the fit: Python matched, C++ missing, each with the posting's own sentence.
  await expect(row.locator('.sf-matched')).toContainText('Python');
  await expect(row.locator('.sf-missing')).toContainText('C++');
  await row.getByText('Where the posting asks for each skill').click();
  await expect(row.getByRole('list', { name: /Evidence in/ })).toContainText(
    'Git (required): Experience with Git and code review',
  );
  await row.getByText('Job description as saved').click();
  await expect(row.locator('.db-description-text')).toContainText('We build autonomous forklifts for warehouses.');

  // Application fields, saved and read back.
  const form = row.getByRole('form', { name: 'Application for Robotics Software Engineer' });
  await form.getByLabel('Applied on').fill('2026-11-20');
  await form.getByLabel('Salary').fill('$95,000');
  await form.getByLabel('Contact').fill('Sam Reyes, recruiter');
  await form.getByLabel('Next step').fill('Send portfolio link');
  const followUp = new Date(Date.now() + 3 * 86_400_000);
  const day = `${followUp.getFullYear()}-${String(followUp.getMonth() + 1).padStart(2, '0')}-${String(followUp.getDate()).padStart(2, '0')}`;
  await form.getByLabel('Follow up on').fill(day);
  await form.getByRole('button', { name: 'Save application details' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved');
  const stored = await sendMessage<{ record: Record<string, unknown> }>(dash, 'posting.get', { id });
  expect(stored.record).toMatchObject({
    salary: '$95,000',
    contact: 'Sam Reyes, recruiter',
    nextStep: 'Send portfolio link',
  });
  expect(new Date(stored.record.appliedAt as number).toDateString()).toBe(new Date(2026, 10, 20).toDateString());
  const due = new Date(followUp.getFullYear(), followUp.getMonth(), followUp.getDate(), 9).getTime();
  expect(stored.record.followUpAt).toBe(due);
  // The reminder's alarm is set for 9:00 that day.
  await expect
    .poll(() => h.worker.evaluate(async () => (await chrome.alarms.get('skillfit:follow-ups'))?.scheduledTime ?? null))
    .toBe(due);
  await expect(row).toContainText(`Follow up · `);
  // A bad date is refused with a sentence, and nothing is lost.
  await form.getByLabel('Salary').fill('x'.repeat(201));
  await form.getByRole('button', { name: 'Save application details' }).click();
  await expect(form.getByRole('status')).toHaveText('At most 200 characters here.');
  await expect(form.getByLabel('Contact')).toHaveValue('Sam Reyes, recruiter');

  // The board: one column per status, the job under Saved; moving it moves it.
  await dash.getByRole('button', { name: 'Board' }).click();
  await expect(dash).toHaveURL(/view=board/);
  const column = (s: string) => dash.locator(`.db-board-col[data-status="${s}"]`);
  await expect(dash.locator('.db-board-col')).toHaveCount(6);
  await expect(column('saved').locator(`[data-posting-id="${id}"]`)).toBeVisible();
  await column('saved')
    .getByRole('combobox', { name: 'Status of Robotics Software Engineer' })
    .selectOption('interviewing');
  await expect(column('interviewing').locator(`[data-posting-id="${id}"]`)).toBeVisible();
  await expect(column('saved')).toContainText('None');
  await dash.reload();
  await expect(column('interviewing').locator(`[data-posting-id="${id}"]`)).toBeVisible();

  // 420 px: nothing scrolls sideways, in the board or the list with Details open.
  await dash.setViewportSize({ width: 420, height: 800 });
  const sideways = () =>
    dash.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await dash.getByRole('button', { name: 'List' }).click();
  await row.getByRole('button', { name: 'Show details of Robotics Software Engineer' }).click();
  await expect(row.getByRole('form')).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);

  // A reminder's click opens the job in the tracker: the same address, opened.
  const opened = await extensionPage(h, `dashboard.html#tracker?open=${encodeURIComponent(id)}`);
  await expect(opened.getByText('One saved job, opened.')).toBeVisible();
  await expect(opened.getByRole('form', { name: 'Application for Robotics Software Engineer' })).toBeVisible();
});

test('the plan aims at jobs still in play (a rejected one ignored until chosen), counts only real courses, totals time and cost, says why', async () => {
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
          company: 'Contoso Retail',
          skills: [
            { id: 'python', requirement: 'required', years: null },
            { id: 'sql', requirement: 'required', years: null },
            { id: 'tableau', requirement: 'preferred', years: null },
          ],
        },
        {
          id: 'lever:7',
          title: 'Warehouse Associate',
          status: 'rejected',
          site: 'lever',
          skills: [{ id: 'forklift', requirement: 'required', years: null }],
        },
      ]),
    }),
  );
  await page.reload();
  const gaps = page.getByRole('table', { name: 'Skill gaps across the jobs you aim at' });
  await expect(gaps).toContainText('SQL');
  await expect(gaps).not.toContainText('Forklift');
  await expect(page.locator('.db-averages')).toContainText('of the 1 job you aim at now');
  // Time and cost of the real courses; each says why it is there.
  await expect(page.locator('.db-plan-totals')).toContainText(/Time: .*(in all|self-paced)/);
  await expect(page.locator('.db-plan-totals')).toContainText(/Cost: .*(free|paid|varies)/);
  const recs = page.getByRole('list', { name: 'Recommended courses' });
  await expect(recs.locator('.db-why').first()).toContainText(
    /Closes .*, asked for by Data Analyst \(Contoso Retail\)/,
  );
  // No provider search is among the courses, or counted in the fit.
  await expect(recs.getByRole('button', { name: /^Search / })).toHaveCount(0);

  // The rejected job counts once its status is chosen.
  await page.getByText('Aimed at 1 saved job: choose which').click();
  await page.getByRole('group', { name: 'Jobs with these statuses' }).getByLabel('Rejected').check();
  await expect(gaps).toContainText('Forklift');
  await expect(page.locator('.db-averages')).toContainText('of the 2 jobs you aim at now');
  // And one job can be taken out by hand.
  await page
    .getByRole('list', { name: 'Jobs in the plan' })
    .getByLabel(/Data Analyst/)
    .uncheck();
  await expect(gaps).not.toContainText('SQL');
  await expect(gaps).toContainText('Forklift');
});

test('credentials already held: an Open Badges 3.0 file raises a saved job’s fit; one by hand with an expiry is flagged; a skill shows every credential', async () => {
  h = await launch();
  const page = await extensionPage(h, 'dashboard.html#credentials');
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
            { id: 'tableau', requirement: 'required', years: null },
          ],
        },
      ]),
    }),
  );
  const fit = async () =>
    (await sendMessage<{ record: { fit: number } }>(page, 'posting.get', { id: 'greenhouse:42' })).record.fit;
  const before = await fit();
  await page.reload();

  // A badge file: read here, previewed, added.
  const badge = openBadge({
    name: 'Tableau Desktop Specialist',
    issuer: 'Tableau',
    validFrom: '2026-01-15T00:00:00Z',
    alignments: ['Tableau', 'Underwater basket weaving'],
  });
  await page.getByLabel('Choose a badge file').setInputFiles({
    name: 'tableau.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(badge)),
  });
  const preview = page.getByRole('region', { name: 'Credential to add' });
  await expect(preview).toContainText('Tableau Desktop Specialist');
  await expect(preview).toContainText('Issued by Tableau');
  await expect(preview.getByLabel('Tableau', { exact: true })).toBeChecked();
  await expect(preview).toContainText('Not a skill SkillFit knows: “Underwater basket weaving”');
  await preview.getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('heading', { name: 'Added: Tableau Desktop Specialist' })).toBeVisible();
  const after = await fit();
  expect(after).toBeGreaterThan(before);
  await expect(page.locator('.db-change')).toContainText(`${after}%`);

  // The same file again is the same credential.
  await page.getByLabel('Choose a badge file').setInputFiles({
    name: 'tableau.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(badge)),
  });
  await page.getByRole('region', { name: 'Credential to add' }).getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByText('You already had “Tableau Desktop Specialist”: nothing changed.')).toBeVisible();

  // A file that is not a credential is refused with a sentence.
  await page.getByLabel('Choose a badge file').setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert')).toContainText('photo.json” is not an Open Badges 3.0');

  // By hand, with an expiry 20 days away: flagged ahead of time.
  const soon = new Date(Date.now() + 20 * 86_400_000);
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const form = page.getByRole('form', { name: 'Add a credential you hold' });
  await form.getByLabel('Name').fill('Tableau Certified Data Analyst');
  await form.getByLabel('Issued by').fill('Tableau');
  await form.getByLabel('Earned on').fill('2025-06-01');
  await form.getByLabel('Expires on (optional)').fill(day(soon));
  await form.getByLabel(/Skills or licence it proves/).fill('Tableau');
  await form.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('region', { name: 'Credential to add' }).getByRole('button', { name: 'Add credential' }).click();
  await expect(page.getByRole('note', { name: 'Credentials to renew' })).toContainText(
    /Tableau Certified Data Analyst · expires on .*, in (19|20) days/,
  );
  // Tableau shows both credentials that prove it.
  const stack = page.getByRole('list', { name: 'Credentials for Tableau' });
  await expect(stack.getByRole('listitem')).toHaveCount(2);
  await expect(stack).toContainText('Tableau Desktop Specialist');
  await expect(stack).toContainText('Tableau Certified Data Analyst');
});

test('autocomplete: "exc" shows Microsoft Excel first, "exel" finds it, held skills are marked, a level change is asked first', async () => {
  h = await launch();
  const dash = await extensionPage(h, 'dashboard.html#profile');
  const box = dash.getByRole('combobox', { name: 'Add a skill' });
  const options = dash.getByRole('listbox', { name: 'Matching skills' }).getByRole('option');
  await box.fill('exc');
  await expect(options.first()).toContainText('Microsoft Excel');
  await box.fill('exel');
  await expect(options.filter({ hasText: 'Microsoft Excel' })).toHaveCount(1);

  // The level is chosen first, above the box; then the skill.
  await dash.getByLabel('Level to add at').selectOption('4');
  await options.filter({ hasText: 'Microsoft Excel' }).click();
  await expect(dash.locator('[data-skill-id="microsoft-excel"]').first()).toBeVisible();
  await box.fill('exc');
  await expect(options.first()).toContainText('in your profile (level 4)');

  // Picking it again at another level asks; keeping it changes nothing.
  await dash.getByLabel('Level to add at').selectOption('2');
  await options.first().click();
  const ask = dash.getByRole('group', { name: /You have Microsoft Excel at 4/ });
  await expect(ask).toContainText('Change it to 2 · Some practice?');
  await ask.getByRole('button', { name: /^Keep/ }).click();
  const level = async () =>
    (await sendMessage<{ skills: { skillId: string; level: number }[] }>(dash, 'profile.get', {})).skills.find(
      (s) => s.skillId === 'microsoft-excel',
    )?.level;
  expect(await level()).toBe(4);
  await box.fill('exc');
  await options.first().click();
  await dash.getByRole('button', { name: 'Change to Some practice' }).click();
  await expect.poll(level).toBe(2);
});

test('axe-core: no serious or critical issue on every dashboard view, light and dark, at 1280 and 420 px; screenshots', async () => {
  // 28 axe-core runs on a busy 2-core machine. The timeout only stops a hang.
  test.setTimeout(900_000);
  mkdirSync(SHOTS, { recursive: true });
  h = await launch(undefined, { keepWelcome: true });
  await expect.poll(() => h.context.pages().some((p) => WELCOME_URL.test(p.url())), { timeout: 60_000 }).toBe(true);
  const page = h.context.pages().find((p) => WELCOME_URL.test(p.url()))!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('[data-step]')).toHaveCount(3);

  // The checker is live: a nameless button is a critical violation it must report.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'axe-probe' })));
  expect((await seriousViolations(page)).join('\n')).toContain('button-name');
  await page.evaluate(() => document.getElementById('axe-probe')?.remove());

  // Data: skills, 120 saved jobs, one real posting with its description, credentials (one expiring).
  await addSkills(page, { python: 3, 'customer-service': 4, 'microsoft-excel': 2, git: 3 });
  await sendMessage(page, 'settings.set', { panelCollapsed: false });
  await importBackup(page, backupOf({ postings: syntheticPostings(120) }));
  h.serve(POSTING_URL, fixture('sites/greenhouse/posting-classic.html'));
  const job = await h.context.newPage();
  await job.goto(POSTING_URL);
  await expect.poll(async () => (await shadowHosts(job, 'skillfit-panel'))[0]?.text ?? '').toContain('Save job');
  await clickInShadow(job, 'skillfit-panel', 'Save job');
  await job.close();
  const id = 'greenhouse:4012345';
  await expect
    .poll(async () => (await sendMessage<{ record: { saved: number } }>(page, 'posting.get', { id })).record.saved)
    .toBe(1);
  await sendMessage(page, 'posting.update', {
    id,
    appliedAt: Date.now() - 5 * 86_400_000,
    salary: '$95,000',
    contact: 'Sam Reyes, recruiter',
    nextStep: 'Send portfolio link',
  });
  await sendMessage(page, 'credentials.add', {
    title: 'Food Hygiene Level 2',
    issuer: 'Highfield',
    earnedAt: Date.now() - 700 * 86_400_000,
    expiresAt: Date.now() + 30 * 86_400_000,
    skills: ['food-safety'],
    source: 'manual',
  });
  await sendMessage(page, 'welcome.skipPin', { skipped: true });

  const report: Record<string, string[]> = {};
  const views: { name: string; hash: string; ready(p: Page): Promise<void> }[] = [
    { name: 'welcome', hash: 'welcome', ready: (p) => expect(p.locator('[data-step]')).toHaveCount(3) },
    {
      name: 'profile',
      hash: 'profile',
      ready: async (p) => {
        await p.getByRole('combobox', { name: 'Add a skill' }).fill('exc');
        await expect(p.getByRole('listbox')).toBeVisible();
      },
    },
    {
      name: 'tracker details',
      hash: `tracker?open=${encodeURIComponent(id)}`,
      ready: async (p) => {
        await expect(p.getByRole('form', { name: /^Application for/ })).toBeVisible();
        await p.getByText('Where the posting asks for each skill').click();
      },
    },
    {
      name: 'tracker board',
      hash: 'tracker?view=board',
      ready: (p) => expect(p.locator('.db-board-card').first()).toBeVisible(),
    },
    {
      name: 'plan',
      hash: 'plan',
      ready: async (p) => {
        await expect(p.getByRole('list', { name: 'Recommended courses' })).toBeVisible();
        await p.getByText(/^Aimed at \d+ saved jobs/).click();
      },
    },
    {
      name: 'credentials',
      hash: 'credentials',
      ready: (p) => expect(p.getByRole('note', { name: 'Credentials to renew' })).toBeVisible(),
    },
    { name: 'data', hash: 'data', ready: (p) => expect(p.getByRole('heading', { level: 2 }).first()).toBeVisible() },
  ];
  for (const width of [1280, 420]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const v of views) {
        await page.goto(`chrome-extension://${h.extensionId}/dashboard.html#${v.hash}`);
        await v.ready(page);
        report[`${v.name} (${scheme}, ${width} px)`] = await seriousViolations(page);
        if (scheme === 'light' && v.name !== 'welcome' && (width === 1280 || v.name.startsWith('tracker'))) {
          await page.mouse.move(0, 899);
          const slug = v.name.replace(/ /g, '-');
          await page.screenshot({
            path: `${SHOTS}/dashboard-${slug}${width === 420 ? '-420' : ''}.png`,
            fullPage: width === 420,
          });
        }
        if (width === 420)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
            `${v.name} scrolls sideways at 420 px`,
          ).toBeLessThanOrEqual(0);
      }
    }
  }
  console.log(
    `axe-core: ${Object.keys(report).length} runs, serious or critical: ${Object.values(report).flat().length}`,
  );
  // On failure the diff names each view with its violations.
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});
