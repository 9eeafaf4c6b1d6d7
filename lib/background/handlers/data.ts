import type { RequestContext } from '../context';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import { parseUserCatalog } from '../../courses/user-catalog';
import { exportAll, importAll } from '../../backup';
import { getSettings, updateSettings } from '../../db/settings';
import { rescoreAll } from '../rescore';
import { ensureUserCourses } from '../user-courses';

type DataHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  | 'ping'
  | 'catalog.import'
  | 'catalog.list'
  | 'catalog.remove'
  | 'backup.export'
  | 'backup.import'
  | 'settings.get'
  | 'settings.set'
  | 'dashboard.open'
>;

/** The user's data as a whole: imported catalogs, backups, settings; and the way to the dashboard. */
export const dataHandlers: DataHandlers = {
  async ping(_req, ctx) {
    return { version: ctx.version, taxonomySize: ctx.engine.taxonomy.size };
  },

  async 'catalog.import'({ name, format, text }, ctx) {
    const { courses, errors } = parseUserCatalog(text, format, (n) => ctx.engine.taxonomy.resolve(n)?.id);
    if (courses.length === 0) return { id: '', added: 0, errors: errors.length ? errors : ['No courses found'] };
    const now = ctx.now();
    const id = `catalog:${now.toString(36)}`;
    await ctx.db.catalogs.put({ id, name, importedAt: now, courses });
    await ensureUserCourses(ctx, true);
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
    await ensureUserCourses(ctx, true);
    return { ok: true as const };
  },

  async 'backup.export'(_req, ctx) {
    return { json: JSON.stringify(await exportAll(ctx.db, ctx.now())) };
  },

  async 'backup.import'({ text }, ctx) {
    // Imported postings carry scores from another profile: the import marks them stale, and they
    // are brought up to date here (or on the next start, if the worker stops first).
    const result = await importAll(ctx.db, text);
    if (!result.ok) throw new HandlerError('bad_request', result.error);
    await ensureUserCourses(ctx, true);
    const rescored = await rescoreAll(ctx);
    return { counts: result.counts, rescored: rescored.length };
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
};
