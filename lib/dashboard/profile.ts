import { LEVEL_WORDS, type Evidence, type ProfileRecord, type SkillSource } from '../db/records';
import type { Req, Res } from '../messaging/protocol';
import { HELD_CERTIFICATION_LEVEL } from '../db/profile';
import { DEFAULT_LEVEL, inferLevel, type Confidence } from './resume-levels';

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

/** A skill found in pasted text or a résumé file, as the user reviews it before adding. */
export interface TextCandidate {
  id: string;
  name: string;
  sentence: string;
  kind: string;
  /** The level the skill has in the profile now, or null when it is new. */
  heldLevel: number | null;
  picked: boolean;
  /** The level to add it at; null for a licence or certification, which is held without a level. */
  level: number | null;
  /** How sure the reading is; a low one starts unticked. */
  confidence: Confidence;
  /** The words the level was read from ("basic", "5 years"), or null when none said it. */
  cue: string | null;
  /** A licence's expiry day (`YYYY-MM-DD`), or '' (none given). */
  expiresOn: string;
}

/** A licence or certification: held or not, never at a level. */
export const isCertification = (kind: string) => kind === 'certification';

/**
 * Turns `skills.fromText` results into candidates: one per skill (first sentence wins), each at the
 * level its words and years give (lib/dashboard/resume-levels.ts). New skills are ticked unless the
 * reading is unsure; skills already held start unticked at their current level, so that adding
 * them would only add the sentence as evidence.
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
    const guess = inferLevel(f);
    const certification = isCertification(f.kind);
    out.push({
      id: f.id,
      name: f.name,
      sentence: f.sentence,
      kind: f.kind,
      heldLevel,
      picked: heldLevel === null && guess.confidence !== 'low',
      level: certification
        ? null
        : heldLevel !== null && guess.cue === null
          ? heldLevel
          : (guess.level ?? DEFAULT_LEVEL),
      confidence: guess.confidence,
      cue: guess.cue,
      expiresOn: '',
    });
  }
  return out;
}

/** The `profile.set` requests for the ticked candidates: source 'text', the sentence as evidence; a licence is held in full. */
export function textAdditions(candidates: readonly TextCandidate[]): Req<'profile.set'>[] {
  return candidates
    .filter((c) => c.picked)
    .map((c) => ({
      skillId: c.id,
      level: c.level ?? HELD_CERTIFICATION_LEVEL,
      source: 'text' as const,
      evidence: c.sentence.slice(0, 2000),
      // The background keeps it for a phrase the taxonomy lacks, which becomes a custom skill of
      // the name the text gave it (a taxonomy skill keeps the taxonomy's name).
      ...(c.name.trim() ? { name: c.name.trim().slice(0, 100) } : {}),
    }));
}

/** Ticked licences given an expiry day become credentials, so that SkillFit can warn before they lapse. */
export function textCredentials(candidates: readonly TextCandidate[], now: number): Req<'credentials.add'>[] {
  return candidates.flatMap((c) => {
    const expiresAt = c.picked && isCertification(c.kind) ? dayToTime(c.expiresOn) : null;
    return expiresAt === null
      ? []
      : [{ title: c.name, earnedAt: now, expiresAt, skills: [c.id], source: 'resume' as const, key: c.id }];
  });
}

/** `YYYY-MM-DD` (a date input's value) → the start of that day in local time, or null. */
export function dayToTime(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isFinite(t) ? t : null;
}

/** A time → `YYYY-MM-DD` in local time (a date input's value), or '' for null. */
export function timeToDay(t: number | null | undefined): string {
  if (t === null || t === undefined) return '';
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
