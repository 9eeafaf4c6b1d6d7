import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SkillFitDB } from '@/lib/db/database';
import { upsertSkill } from '@/lib/db/profile';
import { setNeverCount } from '@/lib/db/settings';
import { greenhouseJob, pageClient, testContext } from './context';

let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);

beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

const PAGE = 'https://www.linkedin.com/jobs/search/?keywords=data';
const analyst = greenhouseJob('77', 'Junior Data Analyst', 'Requirements:\n- 2+ years of SQL\n- Strong Excel skills');
const score = async (text: string) =>
  (await send('cards.score', { page: PAGE, cards: [{ key: 'k', id: null, text }] })).scores[0]!;

describe("cards.score and the user's data it keeps in memory", () => {
  it('reads the profile and the never-count list once, not at every request', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    await score('Data Analyst (SQL, Excel)');
    const profileReads = vi.spyOn(ctx.db.profile, 'orderBy');
    const settingsReads = vi.spyOn(ctx.db.settings, 'get');
    const again = await score('Data Analyst (SQL, Excel)');
    expect(again.score).toBeGreaterThan(0);
    expect(profileReads).not.toHaveBeenCalled();
    expect(settingsReads).not.toHaveBeenCalled();
  });

  it("scores with the profile as it is after the user's change, and with the never-count list as it is", async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    const before = await score('Data Analyst (SQL, Excel)');
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const after = await score('Data Analyst (SQL, Excel)');
    expect(after.score).toBeGreaterThan(before.score!);
    expect(after.have).toContain('Microsoft Excel');

    await setNeverCount(ctx.db, ['microsoft-excel']);
    const never = await score('Data Analyst (SQL, Excel)');
    expect(never.have ?? []).not.toContain('Microsoft Excel');
    expect(never.lack ?? []).not.toContain('Microsoft Excel');
  });

  it('reads by key only the postings it has, and scores a posting stored since the last request exactly', async () => {
    await send('profile.set', { skillId: 'sql', level: 4 });
    const card = { key: 'k', id: 'greenhouse:77', text: 'Junior Data Analyst' };
    const byKey = vi.spyOn(ctx.db.postings, 'bulkGet');
    const first = await send('cards.score', { page: PAGE, cards: [card] });
    expect(first.scores[0]).toMatchObject({ exact: false });
    expect(byKey).not.toHaveBeenCalled();
    await send('page.analyze', { posting: analyst });
    // Storing it read the row it replaces (lib/db/tallies.ts): only cards.score's reads count here.
    byKey.mockClear();
    const second = await send('cards.score', {
      page: PAGE,
      cards: [card, { key: 'n', id: 'greenhouse:78', text: 'Cook' }],
    });
    expect(second.scores.map((s) => [s.key, s.exact])).toEqual([
      ['k', true],
      ['n', false],
    ]);
    expect(second.scores[0]!.score).toBeGreaterThan(0);
    expect(byKey).toHaveBeenCalledTimes(1);
    expect(byKey.mock.calls[0]![0]).toEqual(['greenhouse:77']);
  });

  it('sees a write made by another connection to the database (the dashboard importing a backup)', async () => {
    const before = await score('Python Developer');
    expect(before.score).toBeNull();
    const dashboard = new SkillFitDB(ctx.db.name);
    await upsertSkill(dashboard, { skillId: 'python', name: 'Python', level: 4, source: 'self' });
    dashboard.close();
    const after = await score('Python Developer');
    expect(after.score).toBe(100);
  });
});
