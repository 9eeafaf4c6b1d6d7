import type { RequestContext } from '../context';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import * as postings from '../../db/postings';
import { listBoard } from '../../db/board';
import { postingTables } from '../../db/fits';
import { armReminders } from '../reminders';
import { currentProfile } from '../profile';
import { postingView } from '../posting-view';
import { analyzeAndStore, assertFromItsPage } from './page';
import { countedSkills } from '../../fit/ignore';
import { neverCounted } from '../ignored';

type PostingHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  | 'posting.save'
  | 'posting.get'
  | 'posting.setStatus'
  | 'posting.setNotes'
  | 'posting.update'
  | 'posting.delete'
  | 'posting.restore'
  | 'postings.list'
  | 'postings.board'
  | 'postings.sites'
>;

/** The tracker: save, read, change status and notes, delete and undo, list. */
export const postingHandlers: PostingHandlers = {
  async 'posting.save'(req, ctx) {
    if ('posting' in req) return analyzeAndStore(ctx, req.posting, true);
    // A posting analysed a moment ago (the popup's preview): saved as the user corrected it,
    // from the skills already read, without reading the text again.
    const profile = await currentProfile(ctx);
    const never = await neverCounted(ctx);
    const { record, skills, fit } = await ctx.db.transaction(
      'rw',
      [...postingTables(ctx.db), ctx.db.details],
      async () => {
        const prev = await postings.getPosting(ctx.db, req.id);
        if (!prev) throw new HandlerError('not_found', 'That page was not read yet: scan it again');
        assertFromItsPage(ctx, prev.url, prev.site);
        const detail = await postings.getDetail(ctx.db, req.id);
        const keep = req.keepSkills ? new Set(req.keepSkills) : null;
        const skills = (detail?.skills ?? []).filter((s) => !keep || keep.has(s.id));
        const fit = ctx.engine.fit(countedSkills(skills, { never, here: prev.ignored }), profile);
        const input = {
          ...prev,
          title: req.title ?? prev.title,
          company: req.company === undefined ? prev.company : req.company,
          description: detail?.description ?? '',
          skills,
          fit: fit?.score ?? null,
        };
        return { record: await postings.savePosting(ctx.db, input, ctx.now()), skills, fit };
      },
    );
    return postingView(ctx, record, skills, profile, fit);
  },

  async 'posting.get'({ id }, ctx) {
    const [record, detail] = await ctx.db.transaction('r', [...postingTables(ctx.db), ctx.db.details], () =>
      Promise.all([postings.getPosting(ctx.db, id), postings.getDetail(ctx.db, id)]),
    );
    if (!record) throw new HandlerError('not_found', 'That posting is not in your tracker any more');
    return { view: await postingView(ctx, record, detail?.skills ?? []), record, detail: detail ?? null };
  },

  async 'posting.setStatus'({ id, status }, ctx) {
    return postings.setStatus(ctx.db, id, status, ctx.now());
  },

  async 'posting.setNotes'({ id, notes }, ctx) {
    return postings.setNotes(ctx.db, id, notes, ctx.now());
  },

  async 'posting.update'({ id, ...plan }, ctx) {
    const record = await postings.updatePlan(ctx.db, id, plan, ctx.now());
    if (plan.followUpAt !== undefined) await armReminders(ctx.db, ctx.now());
    return record;
  },

  async 'posting.delete'({ id }, ctx) {
    const deleted = await postings.deletePosting(ctx.db, id);
    if (!deleted) throw new HandlerError('not_found', 'That posting was already deleted');
    return deleted;
  },

  async 'posting.restore'(deleted, ctx) {
    await postings.restorePosting(ctx.db, deleted);
    return { ok: true as const };
  },

  async 'postings.list'(query, ctx) {
    return postings.listSaved(ctx.db, query);
  },

  async 'postings.board'(query, ctx) {
    return listBoard(ctx.db, query);
  },

  async 'postings.sites'(_req, ctx) {
    return { sites: await postings.savedSites(ctx.db) };
  },
};
