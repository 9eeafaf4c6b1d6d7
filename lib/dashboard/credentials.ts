import type { CredentialRecord, ProfileRecord, StoredSkill } from '../db/records';

/** How often saved postings ask for one skill. */
export interface SkillDemand {
  /** Saved postings that name the skill at all. */
  asked: number;
  /** Of those, the ones that list it as a requirement. */
  required: number;
}

/** Counts, for each of `skillIds`, the saved postings that ask for it. */
export function countDemand(
  postings: Iterable<{ skills: readonly Pick<StoredSkill, 'id' | 'requirement'>[] }>,
  skillIds: ReadonlySet<string>,
): Map<string, SkillDemand> {
  const out = new Map<string, SkillDemand>();
  for (const id of skillIds) out.set(id, { asked: 0, required: 0 });
  for (const p of postings) {
    const done = new Set<string>();
    for (const s of p.skills) {
      const d = out.get(s.id);
      if (!d || done.has(s.id)) continue;
      done.add(s.id);
      d.asked++;
      if (s.requirement === 'required') d.required++;
    }
  }
  return out;
}

/** One skill with the credentials that back it and what it is worth toward saved postings. */
export interface CredentialStack {
  skillId: string;
  name: string;
  /** Current profile level, or null if the skill was removed from the profile since. */
  level: number | null;
  credentials: CredentialRecord[];
  demand: SkillDemand;
}

/**
 * Groups credentials by the skills they taught (a course teaching three skills appears under each),
 * most-asked skills first, so the user sees which credentials count most toward their saved jobs.
 */
export function stackCredentials(
  credentials: readonly CredentialRecord[],
  profile: readonly ProfileRecord[],
  demand: ReadonlyMap<string, SkillDemand>,
): CredentialStack[] {
  const held = new Map(profile.map((p) => [p.skillId, p]));
  const groups = new Map<string, CredentialStack>();
  for (const c of credentials) {
    for (const id of new Set(c.skills)) {
      let g = groups.get(id);
      if (!g) {
        const p = held.get(id);
        g = {
          skillId: id,
          name: p?.name ?? id,
          level: p?.level ?? null,
          credentials: [],
          demand: demand.get(id) ?? { asked: 0, required: 0 },
        };
        groups.set(id, g);
      }
      g.credentials.push(c);
    }
  }
  for (const g of groups.values()) g.credentials.sort((a, b) => b.earnedAt - a.earnedAt);
  return [...groups.values()].sort(
    (a, b) =>
      b.demand.asked - a.demand.asked || b.credentials.length - a.credentials.length || a.name.localeCompare(b.name),
  );
}

/** Every distinct skill the credentials teach. */
export function credentialSkills(credentials: readonly CredentialRecord[]): Set<string> {
  return new Set(credentials.flatMap((c) => c.skills));
}
