import { browser } from 'wxt/browser';
import type { SkillFitDB } from '../db/database';
import { dueFollowUps, markReminded, nextFollowUp } from '../db/follow-ups';
import type { PostingRecord } from '../db/records';

/**
 * Follow-up reminders. One alarm, set to the earliest follow-up whose reminder has not been shown
 * (alarms are few and may not survive a browser restart, so it is re-armed at start and after
 * every change). When it fires, every due follow-up becomes one notification — if the user allowed
 * notifications (an optional permission asked for when a follow-up is set); otherwise they wait
 * until the user allows them, shown on the tracker meanwhile.
 */
export const FOLLOW_UP_ALARM = 'skillfit:follow-ups';
/** Notification ids are `follow-up:<posting id>`, so a click can open that posting. */
export const FOLLOW_UP_PREFIX = 'follow-up:';

/** The browser APIs reminders use (the real ones, or a recorder in tests). */
export interface ReminderPorts {
  setAlarm(when: number | null): Promise<void>;
  /** Whether notifications are allowed now. */
  canNotify(): Promise<boolean>;
  notify(id: string, title: string, message: string): Promise<void>;
}

export const browserReminderPorts: ReminderPorts = {
  async setAlarm(when) {
    if (when === null) await browser.alarms.clear(FOLLOW_UP_ALARM);
    else await browser.alarms.create(FOLLOW_UP_ALARM, { when });
  },
  async canNotify() {
    return browser.permissions.contains({ permissions: ['notifications'] });
  },
  async notify(id, title, message) {
    // `notifications` exists only once the optional permission is granted.
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  },
};

/** Sets the alarm for the next pending follow-up (at once when one is overdue), or clears it. Answers when. */
export async function armReminders(db: SkillFitDB, now: number, ports = browserReminderPorts): Promise<number | null> {
  const next = await nextFollowUp(db);
  const when = next === null ? null : Math.max(next, now);
  await ports.setAlarm(when);
  return when;
}

/** The words of one reminder: the job, and what to do next. */
export function reminderText(p: PostingRecord): { title: string; message: string } {
  const job = p.company ? `${p.title} at ${p.company}` : p.title;
  const next = p.nextStep?.trim();
  return {
    title: `Follow up: ${job}`.slice(0, 200),
    message: (next ? `Next step: ${next}` : 'You planned to follow up on this application today.').slice(0, 400),
  };
}

/** The alarm fired: shows each due follow-up once and re-arms for the next. Answers the postings shown. */
export async function remindDue(db: SkillFitDB, now: number, ports = browserReminderPorts): Promise<string[]> {
  if (!(await ports.canNotify())) return [];
  const due = await dueFollowUps(db, now);
  for (const p of due) {
    const { title, message } = reminderText(p);
    await ports.notify(`${FOLLOW_UP_PREFIX}${p.id}`, title, message);
  }
  await markReminded(db, due, now);
  await armReminders(db, now, ports);
  return due.map((p) => p.id);
}
