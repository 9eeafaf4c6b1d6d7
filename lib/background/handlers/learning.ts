import type { RequestContext } from '../context';
import type { Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import * as learning from '../../db/learning';
import * as profileRepo from '../../db/profile';
import { markRescoreNeeded } from '../../db/rescore-flag';
import { recommendForPostings } from '../../courses/recommend';
import { currentProfile } from '../profile';
import { rescoreAll } from '../rescore';
import { ensureUserCourses } from '../user-courses';

type LearningHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  'learning.start' | 'learning.list' | 'learning.complete' | 'credentials.list' | 'plan.get'
>;

/** How many courses the learning plan shows. */
const PLAN_COURSES = 12;

/** The learning plan: courses started and finished, the credentials they earn, and what to learn next. */
export const learningHandlers: LearningHandlers = {
  async 'learning.start'({ course }, ctx) {
    return learning.startCourse(ctx.db, course, ctx.now());
  },

  async 'learning.list'(_req, ctx) {
    return { items: await learning.listLearning(ctx.db) };
  },

  async 'learning.complete'({ courseId }, ctx) {
    const now = ctx.now();
    // The course, its credential and the skills it raises are one change: all written, or none.
    const { credential, raised } = await ctx.db.transaction(
      'rw',
      [ctx.db.learning, ctx.db.credentials, ctx.db.profile, ctx.db.settings],
      async () => {
        const { credential } = await learning.completeCourse(ctx.db, courseId, now);
        const held = new Map((await profileRepo.listProfile(ctx.db)).map((r) => [r.skillId, r]));
        const raised = [];
        for (const id of credential.skills) {
          const skill = ctx.engine.taxonomy.get(id);
          if (!skill) continue;
          const from = held.get(id)?.level ?? null;
          const to = profileRepo.levelAfterCourse(from ?? undefined);
          if (from !== null && to <= from) continue;
          await profileRepo.upsertSkill(
            ctx.db,
            {
              skillId: id,
              name: skill.name,
              level: to,
              source: 'credential',
              evidence: `${credential.title} (${credential.provider})`,
              credentialId: credential.id,
            },
            now,
          );
          raised.push({ id, name: skill.name, from, to });
        }
        if (raised.length) await markRescoreNeeded(ctx.db);
        return { credential, raised };
      },
    );
    const rescored = raised.length ? await rescoreAll(ctx) : [];
    return { credential, raised, rescored };
  },

  async 'credentials.list'(_req, ctx) {
    return { items: await learning.listCredentials(ctx.db) };
  },

  async 'plan.get'(_req, ctx) {
    await ensureUserCourses(ctx);
    const profile = await currentProfile(ctx);
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const withSkills = saved.filter((p) => p.skills.length > 0);
    const plan = recommendForPostings(
      withSkills.map((p) => ({ skills: p.skills.map((s) => ({ ...s, name: ctx.engine.graph.name(s.id) })) })),
      profile,
      ctx.engine.graph,
      ctx.engine.catalog,
    );
    return { postings: withSkills.length, ...plan, recommendations: plan.recommendations.slice(0, PLAN_COURSES) };
  },
};
