import type { RequestContext } from '../context';
import { rankSuggestions } from '../../dashboard/suggest';
import { HandlerError, type Handlers } from '../../messaging/router';
import type { BackgroundProtocol, ParsedReq } from '../../messaging/protocol';
import * as profileRepo from '../../db/profile';
import { markRescoreNeeded } from '../../db/rescore-flag';
import type { ProfileRecord } from '../../db/records';
import { countDemand } from '../../dashboard/credentials';
import { rescoreAll } from '../rescore';
import { currentProfile } from '../profile';
import { sentencesWithSkills } from '../sentences';
import { customSkillId, isCustomSkillId } from '../../skills';

type ProfileHandlers = Pick<
  Handlers<BackgroundProtocol, RequestContext>,
  | 'profile.get'
  | 'profile.set'
  | 'profile.setMany'
  | 'profile.addCustom'
  | 'profile.remove'
  | 'profile.restore'
  | 'skills.suggest'
  | 'skills.demand'
  | 'skills.fromText'
  | 'skills.resolve'
>;

/** A skill to write; `name` for a custom skill the profile does not hold yet. */
type SkillSet = ParsedReq<'profile.set'>;

/** The name of a skill to write: the taxonomy's, or a custom skill's own (as held, or given). */
async function nameOf(ctx: RequestContext, s: SkillSet): Promise<string | undefined> {
  if (isCustomSkillId(s.skillId)) return (await ctx.db.profile.get(s.skillId))?.name ?? s.name;
  return ctx.engine.baseTaxonomy.get(s.skillId)?.name;
}

/**
 * Writes skills in one transaction, with the mark that the stored fits are stale: either all are
 * written and will be re-scored, or none is. Unknown ids are refused before anything is written.
 */
export async function writeSkills(ctx: RequestContext, skills: readonly SkillSet[]): Promise<ProfileRecord[]> {
  const names: string[] = [];
  for (const s of skills) {
    const name = await nameOf(ctx, s);
    if (!name) throw new HandlerError('bad_request', `Unknown skill "${s.skillId.slice(0, 60)}"`);
    names.push(name);
  }
  if (skills.length === 0) return [];
  const now = ctx.now();
  return ctx.db.transaction('rw', ctx.db.profile, ctx.db.settings, async () => {
    const records = [];
    for (const [i, s] of skills.entries()) {
      records.push(
        await profileRepo.upsertSkill(
          ctx.db,
          {
            skillId: s.skillId,
            name: names[i]!,
            level: s.level,
            source: s.source,
            ...(s.evidence ? { evidence: s.evidence } : {}),
          },
          now,
        ),
      );
    }
    await markRescoreNeeded(ctx.db);
    return records;
  });
}

/** The user's skills, and what the taxonomy knows to help them enter skills. */
export const profileHandlers: ProfileHandlers = {
  async 'profile.get'(_req, ctx) {
    const skills = await profileRepo.listProfile(ctx.db);
    const kinds = Object.fromEntries(
      skills.map((s) => [s.skillId, ctx.engine.taxonomy.get(s.skillId)?.kind ?? 'other']),
    );
    return { skills, kinds };
  },

  async 'profile.set'(req, ctx) {
    const [skill] = await writeSkills(ctx, [req]);
    return { skill: skill!, rescored: (await rescoreAll(ctx)).length };
  },

  async 'profile.setMany'({ skills }, ctx) {
    const records = await writeSkills(ctx, skills);
    return { skills: records, rescored: records.length ? (await rescoreAll(ctx)).length : 0 };
  },

  async 'profile.addCustom'({ name: raw, level }, ctx) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const known = name ? ctx.engine.baseTaxonomy.resolve(name) : undefined;
    const skillId = known?.id ?? customSkillId(name);
    if (!skillId) throw new HandlerError('bad_request', 'A skill name needs a letter or a digit');
    const [skill] = await writeSkills(ctx, [{ skillId, level, source: 'self', ...(known ? {} : { name }) }]);
    return { skill: skill!, rescored: (await rescoreAll(ctx)).length };
  },

  async 'profile.remove'({ skillId }, ctx) {
    const removed = await ctx.db.transaction('rw', [ctx.db.profile, ctx.db.deletions, ctx.db.settings], async () => {
      const record = await profileRepo.removeSkill(ctx.db, skillId, ctx.now());
      if (record) await markRescoreNeeded(ctx.db);
      return record ?? null;
    });
    return { removed, rescored: removed ? (await rescoreAll(ctx)).length : 0 };
  },

  async 'profile.restore'({ record }, ctx) {
    if (!isCustomSkillId(record.skillId) && !ctx.engine.baseTaxonomy.get(record.skillId)) {
      throw new HandlerError('bad_request', `Unknown skill "${record.skillId.slice(0, 60)}"`);
    }
    await ctx.db.transaction('rw', [ctx.db.profile, ctx.db.deletions, ctx.db.settings], async () => {
      await profileRepo.restoreSkill(ctx.db, record);
      await markRescoreNeeded(ctx.db);
    });
    return { rescored: (await rescoreAll(ctx)).length };
  },

  async 'skills.suggest'({ query, limit }, ctx) {
    const q = query.trim();
    if (!q) return { skills: [] };
    await currentProfile(ctx); // the user's custom skills are offered too, also after a restart
    // Ranked for people typing (lib/dashboard/suggest.ts): word starts, demand, typos.
    return {
      skills: rankSuggestions(ctx.engine.taxonomy.all(), q, limit).map(({ id, name, kind }) => ({ id, name, kind })),
    };
  },

  async 'skills.demand'({ skillIds }, ctx) {
    const saved = await ctx.db.postings.where('saved').equals(1).toArray();
    const demand = countDemand(saved, new Set(skillIds));
    return { saved: saved.length, demand: [...demand].map(([id, d]) => ({ id, ...d })) };
  },

  async 'skills.fromText'({ text }, ctx) {
    const skills = ctx.engine.extract(text);
    const byId = new Map(skills.map((s) => [s.id, s]));
    return {
      found: sentencesWithSkills(text, skills).map((f) => {
        const s = byId.get(f.id)!;
        return {
          ...f,
          kind: ctx.engine.taxonomy.get(f.id)?.kind ?? 'other',
          mention: s.mentions[0]?.text ?? '',
          mentions: s.mentions.length,
          years: s.years,
        };
      }),
    };
  },

  async 'skills.resolve'({ names }, ctx) {
    return {
      skills: names.map((name) => {
        const s = name.trim() ? ctx.engine.taxonomy.resolve(name.trim()) : undefined;
        return { name, skill: s ? { id: s.id, name: s.name, kind: s.kind } : null };
      }),
    };
  },
};
