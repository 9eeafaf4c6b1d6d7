import { LEVEL_WORDS, type Evidence, type ProfileRecord, type SkillSource } from '../db/records';
import type { Req, Res } from '../messaging/protocol';

/** How each kind of evidence is named next to a skill. */
export const SOURCE_WORDS: Record<SkillSource, string> = {
  self: 'Self-rated',
  text: 'From your text',
  credential: 'From a credential',
};

/** "3 · Comfortable": the number for people who think in scales, the word for everyone. */
export function levelLabel(level: number): string {
  return `${level} · ${LEVEL_WORDS[level] ?? '?'}`;
}

/** One line per piece of evidence, newest first, as the profile shows it. */
export function describeEvidence(e: Evidence): { source: string; text: string } {
  const source = SOURCE_WORDS[e.source];
  // A self-rating carries no text of its own beyond the placeholder the repository writes.
  const text = e.source === 'self' || e.text.trim() === '' ? '' : e.text.trim();
  return { source, text };
}

/**
 * Evidence worth showing: repeated self-ratings say nothing new, so only the newest is kept;
 * every sentence and credential stays.
 */
export function visibleEvidence(evidence: readonly Evidence[]): Evidence[] {
  let selfSeen = false;
  return evidence.filter((e) => {
    if (e.source !== 'self') return true;
    if (selfSeen) return false;
    selfSeen = true;
    return true;
  });
}

/** A skill found in pasted text, as the user reviews it before adding. */
export interface TextCandidate {
  id: string;
  name: string;
  sentence: string;
  /** The level the skill has in the profile now, or null when it is new. */
  heldLevel: number | null;
  picked: boolean;
  level: number;
}

/**
 * Turns `skills.fromText` results into candidates: one per skill (first sentence wins), new
 * skills ticked at "Comfortable", skills already held unticked at their current level so that
 * adding them would only add the sentence as evidence.
 */
export function textCandidates(
  found: Res<'skills.fromText'>['found'],
  profile: readonly ProfileRecord[],
): TextCandidate[] {
  const held = new Map(profile.map((p) => [p.skillId, p.level]));
  const seen = new Set<string>();
  const out: TextCandidate[] = [];
  for (const f of found) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const heldLevel = held.get(f.id) ?? null;
    out.push({ ...f, heldLevel, picked: heldLevel === null, level: heldLevel ?? 3 });
  }
  return out;
}

/** The `profile.set` requests for the ticked candidates: source 'text', the sentence as evidence. */
export function textAdditions(candidates: readonly TextCandidate[]): Req<'profile.set'>[] {
  return candidates
    .filter((c) => c.picked)
    .map((c) => ({ skillId: c.id, level: c.level, source: 'text' as const, evidence: c.sentence.slice(0, 2000) }));
}
