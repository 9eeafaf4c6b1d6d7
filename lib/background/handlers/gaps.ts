import type { RequestContext } from '../context';
import { isLicenceKind } from '../../posting/read';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import * as postings from '../../db/postings';
import * as profileRepo from '../../db/profile';
import { getNeverCount, setNeverCount } from '../../db/settings';
import { markRescoreNeeded } from '../../db/rescore-flag';
import { postingTables, putPostings } from '../../db/fits';
import type { PostingRecord } from '../../db/records';
import { askedLevel } from '../../fit/policy';
import { countedSkills, toggled } from '../../fit/ignore';
import { currentProfile } from '../profile';
import { postingView } from '../posting-view';
import { rescoreAll } from '../rescore';
import { assertFromItsPage } from './page';
import { writeSkills } from './profile';
import { isCustomSkillId, skillNameOf } from '../../skills';

type GapHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  'gap.act' | 'posting.unsave' | 'ignored.list' | 'ignored.restore'
>;

/** A stored posting, asked about by the page that shows it (a job page may only touch its own postings). */
async function ownPosting(ctx: RequestContext, id: string): Promise<PostingRecord> {
  const record = await postings.getPosting(ctx.db, id);
  if (!record) throw new HandlerError('not_found', 'That page was not read yet: open it again');
  assertFromItsPage(ctx, record.url, record.site);
  return record;
}

async function viewOf(ctx: RequestContext, id: string) {
  const [record, detail] = await Promise.all([postings.getPosting(ctx.db, id), postings.getDetail(ctx.db, id)]);
  if (!record) throw new HandlerError('not_found', 'That posting is gone');
  return postingView(ctx, record, detail?.skills ?? []);
}

/** One posting's skill set aside (or counted again), and its stored fit brought up to date in the same write. */
async function setIgnoredHere(ctx: RequestContext, id: string, skillId: string, on: boolean): Promise<boolean> {
  const never = await getNeverCount(ctx.db);
  const profile = await currentProfile(ctx);
  return ctx.db.transaction('rw', postingTables(ctx.db), async () => {
    const record = (await postings.getPosting(ctx.db, id))!;
    const ignored = toggled(record.ignored, skillId, on);
    const fit = ctx.engine.fit(countedSkills(record.skills, { never, here: ignored }), profile)?.score ?? null;
    await putPostings(ctx.db, [{ ...record, ignored, fit, updatedAt: ctx.now() }]);
    return record.saved === 1 && fit !== record.fit;
  });
}

/** A skill never counted (or counted again): written with the mark that stored fits are stale, then re-scored. */
async function setNeverCounted(ctx: RequestContext, skillId: string, on: boolean): Promise<number> {
  await ctx.db.transaction('rw', ctx.db.settings, async () => {
    await setNeverCount(ctx.db, toggled(await getNeverCount(ctx.db), skillId, on));
    await markRescoreNeeded(ctx.db);
  });
  return (await rescoreAll(ctx)).length;
}

/** What the user says about a posting's skills and its place in the tracker, from the page or the popup. */
export const gapHandlers: GapHandlers = {
  async 'gap.act'({ id, skillId, action, undo = false }, ctx) {
    const record = await ownPosting(ctx, id);
    const skill = record.skills.find((s) => s.id === skillId);
    if (!skill) throw new HandlerError('bad_request', 'That posting does not ask for this skill');
    if (action === 'here') {
      await setIgnoredHere(ctx, id, skillId, !undo);
    } else if (action === 'everywhere') {
      await setNeverCounted(ctx, skillId, !undo);
    } else if (!undo) {
      // A licence or certificate is held or not: added at the top level, as credentials add it.
      const kind = ctx.engine.taxonomy.get(skillId)?.kind;
      const held = (await ctx.db.profile.get(skillId))?.level ?? 0;
      const asked = isLicenceKind(kind) ? profileRepo.HELD_CERTIFICATION_LEVEL : askedLevel(skill.years);
      // A phrase the taxonomy lacks (read where the ad names a skill) is added as a custom skill of
      // the name the posting gives it, so that it is matched in every posting from now on.
      const name = isCustomSkillId(skillId)
        ? ((await postings.getDetail(ctx.db, id))?.skills.find((s) => s.id === skillId)?.name ??
          skillNameOf(ctx.engine.taxonomy, skillId))
        : undefined;
      // Never lowers a level the user gave before.
      await writeSkills(ctx, [{ skillId, level: Math.max(held, asked), source: 'self', ...(name ? { name } : {}) }]);
      await rescoreAll(ctx);
    } else {
      // Undo of "I have this": only a self-rated skill is taken back (never one a credential or a résumé backs).
      const removed = await ctx.db.transaction('rw', [ctx.db.profile, ctx.db.deletions, ctx.db.settings], async () => {
        if ((await ctx.db.profile.get(skillId))?.source !== 'self') return false;
        await profileRepo.removeSkill(ctx.db, skillId, ctx.now());
        await markRescoreNeeded(ctx.db);
        return true;
      });
      if (removed) await rescoreAll(ctx);
    }
    return viewOf(ctx, id);
  },

  async 'posting.unsave'({ id, undo }, ctx) {
    await ownPosting(ctx, id);
    if (undo) {
      if (!(await postings.undoUnsave(ctx.db, id))) throw new HandlerError('not_found', 'Nothing to undo for that job');
    } else if (!(await postings.unsavePosting(ctx.db, id, ctx.now()))) {
      throw new HandlerError('not_found', 'That job is not in your tracker');
    }
    return viewOf(ctx, id);
  },

  async 'ignored.list'(_req, ctx) {
    const name = (id: string) => skillNameOf(ctx.engine.taxonomy, id);
    const never = (await getNeverCount(ctx.db)).map((id) => ({ id, name: name(id) }));
    const rows = await ctx.db.postings.filter((p) => (p.ignored?.length ?? 0) > 0).toArray();
    const here = rows.flatMap((p) =>
      (p.ignored ?? []).map((id) => ({ postingId: p.id, title: p.title, company: p.company, id, name: name(id) })),
    );
    return { never, here };
  },

  async 'ignored.restore'({ skillId, postingId }, ctx) {
    if (postingId === null) return { rescored: await setNeverCounted(ctx, skillId, false) };
    if (!(await postings.getPosting(ctx.db, postingId))) throw new HandlerError('not_found', 'That posting is gone');
    return { rescored: Number(await setIgnoredHere(ctx, postingId, skillId, false)) };
  },
};
