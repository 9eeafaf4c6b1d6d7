import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentClient, greenhouseJob, pageClient, testContext } from './context';
import { getPosting } from '@/lib/db/postings';
import { rereadForCustomSkills } from '@/lib/background/custom-skills';

/**
 * A phrase the taxonomy lacks, read where an ad names a skill (lib/skills/slots.ts), is a skill
 * with a `custom:` id the user's custom skills do not hold: it is named in words wherever it is
 * shown, "I have this" makes it a custom skill, and re-reads for custom skills keep it.
 */
let ctx: ReturnType<typeof testContext>;
const send: ReturnType<typeof pageClient> = (type, payload) => pageClient(ctx)(type, payload);
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

const SLOT = 'custom:zeolite-membranes';
const chemist = greenhouseJob(
  '91',
  'Research Chemist',
  'Requirements:\n- 3+ years of experience in Zeolite Membranes\n- Strong Excel skills',
);
const second = greenhouseJob('92', 'Process Chemist', 'Requirements:\n- Knowledge of zeolite membranes\n- SQL');
const names = (items: { id: string; name: string }[] | undefined) =>
  Object.fromEntries((items ?? []).map((i) => [i.id, i.name]));

describe('a skill the taxonomy lacks, read from its slot', () => {
  it('is named in words in the view, the stored fit and the badge, never by its id', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const view = await send('posting.save', { posting: chemist });
    expect(names(view.fit?.missing)[SLOT]).toBe('Zeolite Membranes');
    // A list page's card is scored from the stored skills, which keep ids only.
    const { scores } = await contentClient(
      ctx,
      3,
      'https://boards.greenhouse.io/acme',
    )('cards.score', {
      page: 'https://boards.greenhouse.io/acme',
      cards: [{ key: 'a', id: view.id, text: 'Research Chemist' }],
    });
    expect(scores[0]!.lack).toContain('zeolite membranes');
    expect(JSON.stringify(scores)).not.toContain('custom:');
  });

  it('"I have this" adds it as a custom skill of the posting’s name and re-scores every posting that asks for it; Undo takes it back', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const view = await send('posting.save', { posting: chemist });
    await send('posting.save', { posting: second });
    const otherBefore = (await getPosting(ctx.db, 'greenhouse:92'))!.fit ?? 0;

    const after = await contentClient(ctx, 3, chemist.url)('gap.act', { id: view.id, skillId: SLOT, action: 'have' });
    expect(await ctx.db.profile.get(SLOT)).toMatchObject({ name: 'Zeolite Membranes', level: 4, source: 'self' });
    expect(after.fit!.score).toBeGreaterThan(view.fit!.score);
    expect(names(after.fit?.matched)[SLOT]).toBe('Zeolite Membranes');
    expect((await getPosting(ctx.db, 'greenhouse:92'))!.fit ?? 0).toBeGreaterThan(otherBefore);

    const undone = await contentClient(
      ctx,
      3,
      chemist.url,
    )('gap.act', {
      id: view.id,
      skillId: SLOT,
      action: 'have',
      undo: true,
    });
    expect(await ctx.db.profile.get(SLOT)).toBeUndefined();
    expect(Object.keys(names(undone.fit?.missing))).toContain(SLOT);
    expect(undone.fit!.score).toBe(view.fit!.score);
  });

  it('"Never count this" lists it by name in the dashboard', async () => {
    await send('profile.set', { skillId: 'microsoft-excel', level: 4 });
    const view = await send('posting.save', { posting: chemist });
    await send('gap.act', { id: view.id, skillId: SLOT, action: 'everywhere' });
    await send('gap.act', { id: 'greenhouse:91', skillId: SLOT, action: 'here' });
    const listed = await send('ignored.list', {});
    expect(listed.never).toEqual([{ id: SLOT, name: 'zeolite membranes' }]);
    expect(listed.here.map((h) => h.name)).toEqual(['zeolite membranes']);
  });

  it('stays on a posting whose description is gone when the custom skills change, while a removed custom skill goes', async () => {
    await send('profile.addCustom', { name: 'Glovebox handling', level: 3 });
    const seen = greenhouseJob(
      '93',
      'Lab Technician',
      'Requirements:\n- Experience in zeolite membranes\n- Glovebox handling',
    );
    await contentClient(ctx, 4, seen.url)('page.analyze', { posting: seen });
    const id = 'greenhouse:93';
    const skillIds = async () => (await getPosting(ctx.db, id))!.skills.map((s) => s.id);
    expect(await skillIds()).toEqual(expect.arrayContaining([SLOT, 'custom:glovebox-handling']));
    await ctx.db.details.delete(id);

    await send('profile.remove', { skillId: 'custom:glovebox-handling' });
    await rereadForCustomSkills(ctx);
    expect(await skillIds()).toContain(SLOT);
    expect(await skillIds()).not.toContain('custom:glovebox-handling');
  });

  it('a résumé’s phrase is added as a custom skill under the name the résumé gives it', async () => {
    const { found } = await send('skills.fromText', {
      text: 'Five years of experience in Zeolite Membranes at a refinery.',
    });
    const slot = found.find((f) => f.id === SLOT);
    expect(slot?.name).toBe('Zeolite Membranes');
    const r = await send('profile.setMany', {
      skills: [{ skillId: SLOT, level: 4, source: 'text', name: slot!.name }],
    });
    expect(r.skills).toMatchObject([{ skillId: SLOT, name: 'Zeolite Membranes', level: 4 }]);
    // Without a name the id alone is refused, and nothing is written.
    await expect(send('profile.set', { skillId: 'custom:other-thing', level: 2 })).rejects.toThrow(/Unknown skill/);
    expect(await ctx.db.profile.get('custom:other-thing')).toBeUndefined();
  });
});
