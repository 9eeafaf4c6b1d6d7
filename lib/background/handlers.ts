import * as postings from '../db/postings';
import * as profileRepo from '../db/profile';
import * as learning from '../db/learning';
import { getSetting, setSetting } from '../db/settings';
import type { PostingRecord } from '../db/records';
import type { Posting } from '../sites/schema';
import { stableId } from '../sites';
import type { Handlers } from '../messaging/router';
import { HandlerError } from '../messaging/router';
import type { BackgroundMessage, PostingView } from '../messaging/protocol';
import type { PostingSkill } from '../skills';
import { toProfileSkills } from './engine';
import { CourseSchema, parseUserCatalog, recommendForPostings } from '../courses';
import { rescoreAll } from './rescore';
import { exportAll, importAll } from '../backup';
import { countDemand } from '../dashboard/credentials';
import { scoreCards } from './cards';
import { sentencesWithSkills } from './sentences';
import type { BackgroundContext } from './context';

export type { BackgroundContext } from './context';

async function profileSkills(ctx: BackgroundContext) {
  return toProfileSkills(await profileRepo.listProfile(ctx.db));
}

function view(
  ctx: BackgroundContext,
  record: PostingRecord,
  skills: PostingSkill[],
  profile: Awaited<ReturnType<typeof profileSkills>>,
  fit = ctx.engine.fit(skills, profile),
): PostingView {
  return {
    id: record.id,
    site: record.site,
    url: record.url,
    title: record.title,
    company: record.company,
    location: record.location,
    skills,
    fit,
    saved: record.saved === 1,
    status: record.status,
    recommendations: ctx.engine.recommend(skills, profile).slice(0, 5),
    profileEmpty: profile.length === 0,
  };
}

async function storePosting(ctx: BackgroundContext, posting: Posting, save: boolean, keepSkills?: string[]) {
  await loadUserCourses(ctx);
  const profile = await profileSkills(ctx);
  const found = ctx.engine.extract(`${posting.title}\n${posting.description}`);
  const keep = keepSkills ? new Set(keepSkills) : null;
  const skills = keep ? found.filter((s) => keep.has(s.id)) : found;
  const fit = ctx.engine.fit(skills, profile);
  const input = { ...posting, id: stableId(posting), skills, fit: fit?.score ?? null };
  const record = save ? await postings.savePosting(ctx.db, input) : await postings.recordSeen(ctx.db, input);
  return view(ctx, record, skills, profile, fit);
}

/** User catalogs join the bundled one; read from the database once per service-worker life. */
async function loadUserCourses(ctx: BackgroundContext, force = false): Promise<void> {
  if (ctx.engine.userCoursesLoaded && !force) return;
  const rows = await ctx.db.catalogs.toArray();
  const courses = rows
    .flatMap((r) => r.courses)
    .flatMap((c) => {
      const parsed = CourseSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    });
  ctx.engine.setUserCourses(courses);
}

export const handlers: Handlers<BackgroundContext, BackgroundMessage> = {
  async ping(_req, ctx) {
    return { version: ctx.version, taxonomySize: ctx.engine.taxonomy.size };
  },

  async 'page.analyze'({ posting }, ctx) {
    return storePosting(ctx, posting, false);
  },

  async 'cards.score'(req, ctx) {
    return scoreCards(ctx, req);
  },

  async 'posting.save'({ posting, keepSkills }, ctx) {
    return storePosting(ctx, posting, true, keepSkills);
  },

  async 'posting.get'({ id }, ctx) {
    const record = await postings.getPosting(ctx.db, id);
    if (!record) throw new HandlerError('not_found', 'That posting is not in your tracker any more');
    const detail = (await postings.getDetail(ctx.db, id)) ?? null;
    const profile = await profileSkills(ctx);
    const skills = detail?.skills ?? [];
    return { view: view(ctx, record, skills, profile), record, detail };
  },

  async 'posting.setStatus'({ id, status }, ctx) {
    return postings.setStatus(ctx.db, id, status);
  },

  async 'posting.setNotes'({ id, notes }, ctx) {
    return postings.setNotes(ctx.db, id, notes);
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

  async 'profile.get'(_req, ctx) {
    return { skills: await profileRepo.listProfile(ctx.db) };
  },

  async 'profile.set'({ skillId, level, source, evidence }, ctx) {
    const skill = ctx.engine.taxonomy.get(skillId);
    if (!skill) throw new HandlerError('bad_request', `Unknown skill "${skillId.slice(0, 60)}"`);
    const record = await profileRepo.upsertSkill(ctx.db, {
      skillId,
      name: skill.name,
      level,
      source,
      ...(evidence ? { evidence } : {}),
    });
    const rescored = await rescoreAll(ctx);
    return { skill: record, rescored: rescored.length };
  },

  async 'profile.setMany'({ skills }, ctx) {
    const unknown = skills.find((s) => !ctx.engine.taxonomy.get(s.skillId));
    if (unknown) throw new HandlerError('bad_request', `Unknown skill "${unknown.skillId.slice(0, 60)}"`);
    const records = [];
    for (const s of skills) {
      records.push(
        await profileRepo.upsertSkill(ctx.db, {
          skillId: s.skillId,
          name: ctx.engine.taxonomy.get(s.skillId)!.name,
          level: s.level,
          source: s.source,
          ...(s.evidence ? { evidence: s.evidence } : {}),
        }),
      );
    }
    const rescored = records.length ? await rescoreAll(ctx) : [];
    return { skills: records, rescored: rescored.length };
  },

  async 'skills.demand'({ skillIds }, ctx) {
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const demand = countDemand(saved, new Set(skillIds));
    return { saved: saved.length, demand: [...demand].map(([id, d]) => ({ id, ...d })) };
  },

  async 'profile.remove'({ skillId }, ctx) {
    const removed = await profileRepo.removeSkill(ctx.db, skillId);
    const rescored = removed ? await rescoreAll(ctx) : [];
    return { removed, rescored: rescored.length };
  },

  async 'skills.suggest'({ query, limit }, ctx) {
    const q = query.trim();
    if (!q) return { skills: [] };
    return { skills: ctx.engine.taxonomy.suggest(q, limit).map(({ id, name, kind }) => ({ id, name, kind })) };
  },

  async 'skills.fromText'({ text }, ctx) {
    return { found: sentencesWithSkills(text, ctx.engine.extract(text)) };
  },

  async 'learning.start'({ course }, ctx) {
    return learning.startCourse(ctx.db, course);
  },

  async 'learning.list'(_req, ctx) {
    return { items: await learning.listLearning(ctx.db) };
  },

  async 'learning.complete'({ courseId }, ctx) {
    const { credential } = await learning.completeCourse(ctx.db, courseId);
    const held = new Map((await profileRepo.listProfile(ctx.db)).map((r) => [r.skillId, r]));
    const raised = [];
    for (const id of credential.skills) {
      const skill = ctx.engine.taxonomy.get(id);
      if (!skill) continue;
      const from = held.get(id)?.level ?? null;
      const to = profileRepo.levelAfterCourse(from ?? undefined);
      if (from !== null && to <= from) continue;
      await profileRepo.upsertSkill(ctx.db, {
        skillId: id,
        name: skill.name,
        level: to,
        source: 'credential',
        evidence: `${credential.title} (${credential.provider})`,
        credentialId: credential.id,
      });
      raised.push({ id, name: skill.name, from, to });
    }
    const rescored = raised.length ? await rescoreAll(ctx) : [];
    return { credential, raised, rescored };
  },

  async 'credentials.list'(_req, ctx) {
    return { items: await learning.listCredentials(ctx.db) };
  },

  async 'plan.get'(_req, ctx) {
    await loadUserCourses(ctx);
    const profile = await profileSkills(ctx);
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const withSkills = saved.filter((p) => p.skills.length > 0);
    const plan = recommendForPostings(
      withSkills.map((p) => ({ skills: p.skills.map((s) => ({ ...s, name: ctx.engine.graph.name(s.id) })) })),
      profile,
      ctx.engine.graph,
      ctx.engine.catalog,
    );
    return { postings: withSkills.length, ...plan, recommendations: plan.recommendations.slice(0, 12) };
  },

  async 'catalog.import'({ name, format, text }, ctx) {
    const { courses, errors } = parseUserCatalog(text, format, (n) => ctx.engine.taxonomy.resolve(n)?.id);
    if (courses.length === 0) return { id: '', added: 0, errors: errors.length ? errors : ['No courses found'] };
    const id = `catalog:${Date.now().toString(36)}`;
    await ctx.db.catalogs.put({ id, name, importedAt: Date.now(), courses });
    await loadUserCourses(ctx, true);
    return { id, added: courses.length, errors };
  },

  async 'catalog.list'(_req, ctx) {
    const rows = await ctx.db.catalogs.toArray();
    return {
      catalogs: rows.map((c) => ({ id: c.id, name: c.name, courses: c.courses.length, importedAt: c.importedAt })),
    };
  },

  async 'catalog.remove'({ id }, ctx) {
    await ctx.db.catalogs.delete(id);
    await loadUserCourses(ctx, true);
    return { ok: true as const };
  },

  async 'backup.export'(_req, ctx) {
    return { json: JSON.stringify(await exportAll(ctx.db)) };
  },

  async 'backup.import'({ text }, ctx) {
    const result = await importAll(ctx.db, text);
    if (!result.ok) throw new HandlerError('bad_request', result.error);
    await loadUserCourses(ctx, true);
    // Imported postings carry scores from another profile: bring them up to date.
    const rescored = await rescoreAll(ctx);
    return { counts: result.counts, rescored: rescored.length };
  },

  async 'settings.get'(_req, ctx) {
    return {
      showBadges: await getSetting(ctx.db, 'showBadges'),
      panelCollapsed: await getSetting(ctx.db, 'panelCollapsed'),
    };
  },

  async 'settings.set'(changes, ctx) {
    if (changes.showBadges !== undefined) await setSetting(ctx.db, 'showBadges', changes.showBadges);
    if (changes.panelCollapsed !== undefined) await setSetting(ctx.db, 'panelCollapsed', changes.panelCollapsed);
    return {
      showBadges: await getSetting(ctx.db, 'showBadges'),
      panelCollapsed: await getSetting(ctx.db, 'panelCollapsed'),
    };
  },

  async 'dashboard.open'({ section }, ctx) {
    await ctx.openPage(`/dashboard.html#${section}`);
    return { ok: true as const };
  },
};
