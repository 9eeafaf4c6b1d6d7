import type { RequestContext } from '../context';
import type { Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import { parseUserCatalog } from '../../courses/user-catalog';
import { getSettings, updateSettings } from '../../db/settings';
import { listCatalogs, putCatalog, removeCatalog, restoreCatalog } from '../../db/catalogs';
import { resumeRescore } from '../rescore';
import { ensureUserCourses } from '../user-courses';
import { armReminders } from '../reminders';
import { skipPinStep, welcomeStatus } from '../welcome';
import { isCustomSkillId } from '../../skills';
import { forgetUserState } from '../user-state';

type DataHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  | 'ping'
  | 'catalog.import'
  | 'catalog.list'
  | 'catalog.remove'
  | 'catalog.restore'
  | 'data.changed'
  | 'skills.unknown'
  | 'settings.get'
  | 'settings.set'
  | 'dashboard.open'
  | 'welcome.status'
  | 'welcome.skipPin'
  | 'reminders.arm'
>;

/** The user's data as a whole: imported catalogs, backups, settings, reminders; the way to the dashboard and its first run. */
export const dataHandlers: DataHandlers = {
  async ping(_req, ctx) {
    return { version: ctx.version, taxonomySize: ctx.engine.taxonomy.size };
  },

  async 'catalog.import'({ name, format, text, ifExists }, ctx) {
    const nothing = { id: '', added: 0, exists: false, replaced: false };
    const { courses, errors } = parseUserCatalog(text, format, (n) => ctx.engine.taxonomy.resolve(n)?.id);
    if (courses.length === 0) return { ...nothing, errors: errors.length ? errors : ['No courses found'] };
    const exists = (await listCatalogs(ctx.db)).some((c) => c.name === name);
    if (exists && ifExists === 'ask') return { ...nothing, errors, exists: true };
    const id = `catalog:${ctx.newId()}`;
    const { replaced } = await putCatalog(ctx.db, { id, name, importedAt: ctx.now(), courses });
    await ensureUserCourses(ctx, true);
    return { id, added: courses.length, errors, exists, replaced: replaced !== null };
  },

  async 'catalog.list'(_req, ctx) {
    return {
      catalogs: (await listCatalogs(ctx.db)).map((c) => ({
        id: c.id,
        name: c.name,
        courses: c.courses.length,
        importedAt: c.importedAt,
      })),
    };
  },

  async 'catalog.remove'({ id }, ctx) {
    const removed = await removeCatalog(ctx.db, id, ctx.now());
    await ensureUserCourses(ctx, true);
    return { removed: removed ?? null };
  },

  async 'catalog.restore'({ catalog }, ctx) {
    await restoreCatalog(ctx.db, catalog);
    await ensureUserCourses(ctx, true);
    return { ok: true as const };
  },

  async 'data.changed'(_req, ctx) {
    // The dashboard wrote to the database itself: what the worker keeps of the user's data goes.
    forgetUserState();
    // An import marks stored fits stale in its own transaction; the re-score clears the mark (or
    // the next start finishes it, if the worker stops first).
    await ensureUserCourses(ctx, true);
    // An import may bring follow-up dates (or a deletion take them away).
    await armReminders(ctx.db, ctx.now());
    return { rescored: await resumeRescore(ctx) };
  },

  async 'skills.unknown'({ ids }, ctx) {
    // A custom skill is known by its id alone: the profile record carries its name.
    return { unknown: [...new Set(ids)].filter((id) => !isCustomSkillId(id) && !ctx.engine.taxonomy.get(id)) };
  },

  async 'settings.get'(_req, ctx) {
    return getSettings(ctx.db);
  },

  async 'settings.set'(changes, ctx) {
    return updateSettings(ctx.db, changes);
  },

  async 'dashboard.open'({ section }, ctx) {
    await ctx.openPage(`/dashboard.html#${section}`);
    return { ok: true as const };
  },

  async 'welcome.status'(_req, ctx) {
    return welcomeStatus(ctx.db, ctx.now());
  },

  async 'welcome.skipPin'({ skipped }, ctx) {
    await skipPinStep(ctx.db, skipped);
    return { ok: true as const };
  },

  async 'reminders.arm'(_req, ctx) {
    return { next: await armReminders(ctx.db, ctx.now()) };
  },
};
