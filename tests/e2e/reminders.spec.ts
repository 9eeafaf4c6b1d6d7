// Issue 15: a follow-up date raises a notification. Headless Chromium cannot show the browser's
// question for the optional `notifications` permission, so the test stands in for the user's
// answer and for the system tray: `chrome.permissions` answers "allowed" and
// `chrome.notifications.create` records what it is asked to show. Everything between (the
// dashboard's form, the stored date, the alarm the background arms, the alarm firing, the words
// of the reminder, the record marked as reminded) is the built extension's own.
import { expect, test, type Page, type Worker } from '@playwright/test';
import { extensionPage, launch, sendMessage, type Harness } from './harness';
import { backupOf, importBackup, syntheticPostings } from './dashboard-helpers';

let h: Harness;
test.afterEach(async () => {
  await h.close();
});

/** In an extension page or the worker: notifications allowed, and every one shown kept in `__shown`. */
async function allowAndRecordNotifications(target: Page | Worker): Promise<void> {
  const stand = () => {
    const g = globalThis as unknown as {
      __shown: unknown[];
      chrome: Record<string, unknown>;
      browser?: Record<string, unknown>;
    };
    g.__shown = [];
    const answer =
      <T>(value: T) =>
      (...args: unknown[]) => {
        const done = args.at(-1);
        if (typeof done === 'function') (done as (v: T) => void)(value);
        else return Promise.resolve(value);
      };
    // Chromium names the same API `chrome` and, in recent versions, `browser` too: both are told.
    for (const api of [g.chrome, g.browser].filter(Boolean)) {
      const permissions = api!.permissions as Record<string, unknown>;
      permissions.contains = answer(true);
      permissions.request = answer(true);
      api!.notifications = {
        create: (id: string, options: Record<string, unknown>, done?: (id: string) => void) => {
          g.__shown.push({ id, title: options.title, message: options.message });
          done?.(id);
          return done ? undefined : Promise.resolve(id);
        },
        onClicked: { addListener() {}, hasListener: () => true, removeListener() {} },
      };
    }
  };
  await ('goto' in target ? target.evaluate(stand) : target.evaluate(stand));
}

const dayOf = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('a follow-up date that has come raises one notification naming the job and the next step', async () => {
  h = await launch();
  const dash = await extensionPage(h, 'dashboard.html#tracker');
  const id = 'greenhouse:shift-lead-7';
  await importBackup(
    dash,
    backupOf({
      postings: syntheticPostings(0, [
        {
          id,
          title: 'Shift Lead',
          company: 'Bistro Uno',
          skills: [{ id: 'customer-service', requirement: 'required', years: null }],
        },
      ]),
    }),
  );
  await allowAndRecordNotifications(h.worker);
  await dash.reload();
  await allowAndRecordNotifications(dash);

  const row = dash.locator(`tbody[data-posting-id="${id}"]`);
  await row.getByRole('button', { name: 'Show details of Shift Lead' }).click();
  const form = row.getByRole('form', { name: 'Application for Shift Lead' });
  await form.getByLabel('Next step').fill('Call the manager about the interview');
  // Yesterday: the reminder is due as soon as the date is saved.
  await form.getByLabel('Follow up on').fill(dayOf(Date.now() - 86_400_000));
  await form.getByRole('button', { name: 'Save application details' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved');

  const shown = () => h.worker.evaluate(() => (globalThis as unknown as { __shown: unknown[] }).__shown);
  await expect.poll(shown, { timeout: 30_000 }).toHaveLength(1);
  expect(await shown()).toEqual([
    {
      id: `follow-up:${id}`,
      title: 'Follow up: Shift Lead at Bistro Uno',
      message: 'Next step: Call the manager about the interview',
    },
  ]);
  // Shown once: the record says so, and no alarm is left for it.
  const stored = await sendMessage<{ record: { remindedAt?: number } }>(dash, 'posting.get', { id });
  expect(stored.record.remindedAt).toEqual(expect.any(Number));
  expect(await h.worker.evaluate(async () => (await chrome.alarms.get('skillfit:follow-ups')) ?? null)).toBeNull();
  // The dashboard did not tell the user notifications are off: they were allowed.
  await expect(dash.getByText(/Notifications are off/)).toHaveCount(0);
});
