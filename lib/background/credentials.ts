import type { BackgroundContext } from './context';
import * as profileRepo from '../db/profile';
import { markRescoreNeeded } from '../db/rescore-flag';
import type { CredentialRecord } from '../db/records';
import type { RaisedSkill } from '../messaging/views';

/**
 * What a credential does to the profile, however it was earned (a course finished here, a
 * certificate entered by hand, a badge file): each skill it proves goes up — a licence or
 * certification to "held", anything else one step as a finished course does — with the credential
 * as evidence, and the stored fits are marked stale. Run it inside a transaction over
 * `profile` and `settings`; re-score after it commits. Answers the skills that went up.
 */
export async function creditSkills(
  ctx: BackgroundContext,
  credential: CredentialRecord,
  now: number,
): Promise<RaisedSkill[]> {
  const held = new Map((await profileRepo.listProfile(ctx.db)).map((r) => [r.skillId, r]));
  const by = credential.issuer || credential.provider;
  const raised: RaisedSkill[] = [];
  for (const id of new Set(credential.skills)) {
    const skill = ctx.engine.taxonomy.get(id);
    if (!skill) continue;
    const from = held.get(id)?.level ?? null;
    const to = profileRepo.levelFromCredential(skill.kind, from ?? undefined);
    if (from !== null && to <= from) continue;
    await profileRepo.upsertSkill(
      ctx.db,
      {
        skillId: id,
        name: skill.name,
        level: to,
        source: 'credential',
        evidence: by ? `${credential.title} (${by})` : credential.title,
        credentialId: credential.id,
      },
      now,
    );
    raised.push({ id, name: skill.name, from, to });
  }
  if (raised.length) await markRescoreNeeded(ctx.db);
  return raised;
}
