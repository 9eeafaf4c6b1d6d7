import type { RequestContext } from '../context';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import { PLAN_DEFAULT_STATUSES } from '../../messaging/page-protocol';
import * as learning from '../../db/learning';
import { PostingRecordSchema, type CredentialRecord } from '../../db/records';
import { StoredPostingSchema } from '../../db/stored';
import { withFits } from '../../db/fits';
import { parseRows } from '../../db/parse';
import { safeWebUrl } from '../../safe-url';
import { recommendForPostings } from '../../courses/recommend';
import { heldEntries, stackSteps } from '../../courses/stack-steps';
import { currentProfile } from '../profile';
import { rescoreAll } from '../rescore';
import { ensureUserCourses } from '../user-courses';
import { creditSkills } from '../credentials';
import { countedSkills } from '../../fit/ignore';
import { neverCounted } from '../ignored';

type LearningHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  | 'learning.start'
  | 'learning.list'
  | 'learning.complete'
  | 'credentials.list'
  | 'credentials.add'
  | 'credentials.remove'
  | 'credentials.restore'
  | 'plan.get'
  | 'stacks.get'
>;

/** How many courses the learning plan shows. */
const PLAN_COURSES = 12;

/** A credential and the skills it raises are one change: all written, or none; then saved jobs are re-scored. */
async function credit(ctx: RequestContext, write: () => Promise<{ credential: CredentialRecord; first: boolean }>) {
  const now = ctx.now();
  const { credential, first, raised } = await ctx.db.transaction(
    'rw',
    [ctx.db.learning, ctx.db.credentials, ctx.db.profile, ctx.db.settings],
    async () => {
      const { credential, first } = await write();
      // A credential recorded before (completed twice, the same badge again) raises nothing twice.
      return { credential, first, raised: first ? await creditSkills(ctx, credential, now) : [] };
    },
  );
  const rescored = raised.length ? await rescoreAll(ctx) : [];
  return { credential, raised, rescored, added: first };
}

/** The learning plan: courses started and finished, credentials earned or already held, and what to learn next. */
export const learningHandlers: LearningHandlers = {
  async 'learning.start'({ course }, ctx) {
    return learning.startCourse(ctx.db, course, ctx.now());
  },

  async 'learning.list'(_req, ctx) {
    return { items: await learning.listLearning(ctx.db) };
  },

  async 'learning.complete'({ courseId }, ctx) {
    const { credential, raised, rescored } = await credit(ctx, () =>
      learning.completeCourse(ctx.db, courseId, ctx.now()),
    );
    return { credential, raised, rescored };
  },

  async 'credentials.list'(_req, ctx) {
    return { items: await learning.listCredentials(ctx.db) };
  },

  async 'credentials.add'(req, ctx) {
    const skills = [...new Set(req.skills)];
    const unknown = skills.find((id) => !ctx.engine.taxonomy.get(id));
    if (unknown) throw new HandlerError('bad_request', `Unknown skill "${unknown.slice(0, 60)}"`);
    const url = req.url ? safeWebUrl(req.url, true) : null;
    const record: CredentialRecord = {
      id: req.key ? `cred:${req.source}:${req.key}` : `cred:${req.source}:${ctx.newId()}`,
      title: req.title.trim(),
      provider: '',
      skills,
      earnedAt: req.earnedAt,
      expiresAt: req.expiresAt ?? null,
      source: req.source,
      ...(req.issuer?.trim() ? { issuer: req.issuer.trim() } : {}),
      ...(url ? { url } : {}),
    };
    return credit(ctx, () => learning.addCredential(ctx.db, record));
  },

  async 'credentials.remove'({ id }, ctx) {
    return { removed: (await learning.removeCredential(ctx.db, id)) ?? null };
  },

  async 'credentials.restore'({ credential }, ctx) {
    await learning.restoreCredential(ctx.db, credential);
    return { ok: true as const };
  },

  async 'plan.get'({ statuses: asked, exclude }, ctx) {
    await ensureUserCourses(ctx);
    const statuses = asked ?? [...PLAN_DEFAULT_STATUSES];
    const wanted = new Set<string>(statuses);
    const excluded = new Set(exclude ?? []);
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const inStatus = parseRows(
      PostingRecordSchema,
      await withFits(
        ctx.db,
        saved.filter((p) => wanted.has(p.status) && p.skills.length > 0),
      ),
      'postings',
    );
    const chosen = inStatus.filter((p) => !excluded.has(p.id));
    const profile = await currentProfile(ctx);
    const never = await neverCounted(ctx);
    const counted = new Map(chosen.map((p) => [p.id, countedSkills(p.skills, { never, here: p.ignored })]));
    const plan = recommendForPostings(
      chosen.map((p) => ({ skills: counted.get(p.id)!.map((s) => ({ ...s, name: ctx.engine.graph.name(s.id) })) })),
      profile,
      ctx.engine.graph,
      ctx.engine.catalog,
    );
    const recommendations = plan.recommendations.slice(0, PLAN_COURSES);
    // Why each course: the gaps it closes, and which of the chosen jobs ask for them.
    const gapNames = new Map(plan.gaps.map((g) => [g.id, g.name]));
    const why = recommendations.map((r) => {
      const gaps = r.closes.map((id) => ({ id, name: gapNames.get(id) ?? ctx.engine.graph.name(id) }));
      const ids = new Set(r.closes.length ? r.closes : r.course.skills);
      const jobs = chosen.filter((p) => counted.get(p.id)!.some((s) => ids.has(s.id))).map((p) => p.id);
      return { courseId: r.course.id, gaps, jobs };
    });
    const jobs = inStatus
      .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || a.title.localeCompare(b.title))
      .map((p) => ({
        id: p.id,
        title: p.title,
        company: p.company,
        status: p.status,
        fit: p.fit,
        excluded: excluded.has(p.id),
      }));
    return { postings: chosen.length, ...plan, recommendations, statuses, jobs, why };
  },

  async 'stacks.get'(_req, ctx) {
    await ensureUserCourses(ctx);
    const [credentials, items] = await Promise.all([learning.listCredentials(ctx.db), learning.listLearning(ctx.db)]);
    const catalog = ctx.engine.catalog;
    const held = heldEntries(
      [
        ...credentials.map((c) => ({ courseId: c.courseId, title: c.title })),
        ...items.filter((i) => i.status === 'completed').map((i) => ({ courseId: i.courseId, title: i.course.title })),
      ],
      catalog,
    );
    if (held.length === 0) return { steps: [] };
    const inPlay = new Set<string>(PLAN_DEFAULT_STATUSES);
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const postings = parseRows(
      StoredPostingSchema,
      saved.filter((p) => inPlay.has(p.status) && p.skills.length > 0),
      'postings',
    ).map((p) => ({
      id: p.id,
      title: p.title,
      company: p.company,
      skills: p.skills.map((s) => ({ ...s, name: ctx.engine.graph.name(s.id) })),
    }));
    const profile = await currentProfile(ctx);
    return { steps: stackSteps(held, catalog, postings, profile, ctx.engine.graph) };
  },
};
