// Issue 15 in the background: follow-up reminders on a fake clock, the first-run steps, credentials
// already held, the plan over chosen jobs, the board. fake-indexeddb, the real engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { armReminders, remindDue, type ReminderPorts } from '@/lib/background/reminders';
import { planChanges, planDraft, skillEvidence } from '@/lib/dashboard/posting-details';
import { nextStep, welcomeSteps } from '@/lib/dashboard/welcome';
import { siteName } from '@/lib/dashboard/sites';
import type { Posting } from '@/lib/sites/schema';
import { greenhouseJob, pageClient, testContext } from '../background/context';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);
let clock = Date.UTC(2026, 10, 30, 8);

beforeEach(() => {
  clock = Date.UTC(2026, 10, 30, 8);
  ctx = testContext({ now: () => clock });
});
afterEach(() => ctx.dispose());

const posting = greenhouseJob;
const analyst = posting('1', 'Data Analyst', 'Requirements:\n- SQL\n- Python\n- Tableau');
const cook = posting('2', 'Line Cook', 'Requirements:\n- Food safety\n- Knife skills\n- ServSafe certification');

async function save(p: Posting) {
  const view = await send('page.analyze', { posting: p });
  await send('posting.setStatus', { id: view.id, status: 'saved' });
  return view.id;
}

/** Reminder ports that record what they were asked, with notifications allowed or not. */
function recorder(allowed: boolean) {
  const log = { alarms: [] as (number | null)[], shown: [] as { id: string; title: string; message: string }[] };
  const ports: ReminderPorts = {
    setAlarm: async (when) => void log.alarms.push(when),
    canNotify: async () => allowed,
    notify: async (id, title, message) => void log.shown.push({ id, title, message }),
  };
  return { log, ports };
}

describe('follow-up reminders (fake clock)', () => {
  it('arms one alarm for the earliest follow-up and shows each due one once, with its next step', async () => {
    const a = await save(analyst);
    const c = await save(cook);
    const day = 86_400_000;
    await send('posting.update', { id: a, followUpAt: clock + 2 * day, nextStep: 'Call Sam' });
    await send('posting.update', { id: c, followUpAt: clock + day });
    const { log, ports } = recorder(true);
    expect(await armReminders(ctx.db, clock, ports)).toBe(clock + day);

    clock += day; // the cook's day
    expect(await remindDue(ctx.db, clock, ports)).toEqual([c]);
    expect(log.shown).toEqual([
      {
        id: `follow-up:${c}`,
        title: 'Follow up: Line Cook at Acme',
        message: 'You planned to follow up on this application today.',
      },
    ]);
    // Re-armed for the analyst; the cook's reminder is not shown twice.
    expect(log.alarms.at(-1)).toBe(clock + day);
    expect(await remindDue(ctx.db, clock, ports)).toEqual([]);

    clock += day;
    expect(await remindDue(ctx.db, clock, ports)).toEqual([a]);
    expect(log.shown.at(-1)!.message).toBe('Next step: Call Sam');
    expect(log.alarms.at(-1)).toBeNull();

    // A new date re-arms it.
    await send('posting.update', { id: a, followUpAt: clock + 3 * day });
    expect(await armReminders(ctx.db, clock, ports)).toBe(clock + 3 * day);
  });

  it('keeps due reminders waiting while notifications are not allowed', async () => {
    const a = await save(analyst);
    await send('posting.update', { id: a, followUpAt: clock - 1000 });
    const off = recorder(false);
    expect(await remindDue(ctx.db, clock, off.ports)).toEqual([]);
    const on = recorder(true);
    expect(await remindDue(ctx.db, clock, on.ports)).toEqual([a]);
  });
});

describe('the tracker’s fields, board and names', () => {
  it('turns a form into only the changed fields, due at 9:00, and refuses what it cannot store', async () => {
    const id = await save(analyst);
    const rec = (await send('posting.get', { id })).record;
    const draft = { ...planDraft(rec), followUpOn: '2026-12-04', salary: ' £30k ' };
    const r = planChanges(rec, draft);
    expect(r).toEqual({ ok: true, plan: { followUpAt: new Date(2026, 11, 4, 9).getTime(), salary: '£30k' } });
    expect(planChanges(rec, { ...draft, contact: 'x'.repeat(501) })).toMatchObject({ ok: false, field: 'contact' });
    expect(planChanges(rec, { ...draft, appliedOn: '4 Dec' })).toMatchObject({ ok: false, field: 'appliedOn' });
  });

  it('moving a job to Applied dates the application; the board counts each status', async () => {
    const a = await save(analyst);
    await save(cook);
    const applied = await send('posting.setStatus', { id: a, status: 'applied' });
    expect(applied.appliedAt).toBe(clock);
    const board = await send('postings.board', { sort: 'savedAt', dir: 'desc', limit: 20 });
    expect(Object.fromEntries(board.columns.map((c) => [c.status, c.total]))).toEqual({
      saved: 1,
      applied: 1,
      interviewing: 0,
      offer: 0,
      rejected: 0,
      withdrawn: 0,
    });
  });

  it('finds each skill’s sentence in the saved text and names sites as people write them', async () => {
    const id = await save(analyst);
    const { view, detail } = await send('posting.get', { id });
    const text = `${view.title}\n${detail!.description}`;
    expect(
      skillEvidence(
        text,
        view.skills.find((s) => s.id === 'tableau')!,
      ),
    ).toBe('- Tableau');
    expect(siteName('greenhouse')).toBe('Greenhouse');
    expect(siteName('usajobs')).toBe('USAJOBS');
    expect(siteName('acme')).toBe('Acme');
  });
});

describe('first run', () => {
  it('ticks skills, pin and job as they happen', async () => {
    const at = async () => welcomeSteps({ ...(await send('welcome.status', {})), pinned: null });
    expect(nextStep(await at())?.id).toBe('skills');
    await send('profile.set', { skillId: 'python', level: 3, source: 'self' });
    expect(nextStep(await at())?.id).toBe('pin');
    await send('welcome.skipPin', { skipped: true });
    expect(nextStep(await at())?.id).toBe('job');
    await send('page.analyze', { posting: analyst });
    expect(nextStep(await at())).toBeNull();
  });
});

describe('the plan and credentials', () => {
  it('leaves a rejected job out by default, and a chosen job out when excluded', async () => {
    await send('profile.set', { skillId: 'python', level: 3, source: 'self' });
    const a = await save(analyst);
    const c = await save(cook);
    await send('posting.setStatus', { id: c, status: 'rejected' });
    const plan = await send('plan.get', {});
    expect(plan.postings).toBe(1);
    expect(plan.jobs.map((j) => j.id)).toEqual([a]);
    const gaps = plan.gaps.map((g) => g.id);
    expect(gaps).toContain('tableau');
    expect(gaps).not.toContain('servsafe');
    const withRejected = await send('plan.get', { statuses: ['saved', 'rejected'] });
    expect(withRejected.gaps.map((g) => g.id)).toContain('servsafe');
    const none = await send('plan.get', { exclude: [a] });
    expect(none.postings).toBe(0);
    expect(none.recommendations).toEqual([]);
  });

  it('a credential already held raises its skills, re-scores saved jobs, and is one credential when imported twice', async () => {
    await send('profile.set', { skillId: 'python', level: 3, source: 'self' });
    const a = await save(analyst);
    const before = (await send('posting.get', { id: a })).record.fit!;
    const req = {
      title: 'Tableau Desktop Specialist',
      issuer: 'Tableau',
      earnedAt: clock,
      expiresAt: clock + 365 * 86_400_000,
      skills: ['tableau'],
      source: 'badge' as const,
      key: 'urn:uuid:1234',
    };
    const first = await send('credentials.add', req);
    expect(first.added).toBe(true);
    expect(first.raised.map((r) => r.id)).toEqual(['tableau']);
    expect(first.rescored[0]!.after).toBeGreaterThan(before);
    const again = await send('credentials.add', req);
    expect(again.added).toBe(false);
    expect(again.raised).toEqual([]);
    expect((await send('credentials.list', {})).items).toHaveLength(1);
    await expect(send('credentials.add', { ...req, skills: ['no-such-skill'] })).rejects.toThrow(/Unknown skill/);
  });
});
