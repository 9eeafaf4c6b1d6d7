import { z } from 'zod';

/**
 * A credential file the user already holds: an Open Badges 3.0 credential or any W3C Verifiable
 * Credential, as JSON or as a signed JWT (`header.payload.signature`). Read for its shape only —
 * the achievement's name, the issuer, the dates, the skills it aligns to. Nothing is fetched and
 * the signature is not checked (SkillFit has no network to check it against): the dashboard says
 * so. Pure.
 */

const Name = z.string().trim().min(1).max(300);
/** A name given as a string, or in several languages (`{ "en": "…" }`, JSON-LD `@value`). */
const Text = z.union([
  Name,
  z
    .array(z.object({ '@value': Name }))
    .min(1)
    .transform((xs) => xs[0]!['@value']),
  z
    .record(z.string(), Name)
    .refine((r) => Object.keys(r).length > 0)
    .transform((r) => Object.values(r)[0]!),
]);
const Time = z.string().max(100);

const AlignmentSchema = z.object({ targetName: z.optional(Text), targetCode: z.optional(z.string().max(200)) });
const AchievementSchema = z.object({
  id: z.optional(z.string().max(2000)),
  name: Text,
  achievementType: z.optional(z.string().max(100)),
  alignment: z.optional(z.array(AlignmentSchema).max(100)),
  /** OB 3.0 lists skills and competencies as tags too. */
  tag: z.optional(z.array(z.string().max(200)).max(100)),
});
const IssuerSchema = z.union([
  z.string().max(2000),
  z.object({ id: z.optional(z.string().max(2000)), name: z.optional(Text) }),
]);
const SubjectSchema = z.object({
  achievement: z.optional(z.union([AchievementSchema, z.array(AchievementSchema).min(1)])),
  /** Some issuers name the credential on the subject. */
  name: z.optional(Text),
});

export const VerifiableCredentialSchema = z.object({
  '@context': z.union([z.string(), z.array(z.unknown())]),
  type: z.union([z.string(), z.array(z.string())]),
  id: z.optional(z.string().max(2000)),
  name: z.optional(Text),
  issuer: IssuerSchema,
  validFrom: z.optional(Time),
  issuanceDate: z.optional(Time),
  awardedDate: z.optional(Time),
  validUntil: z.optional(Time),
  expirationDate: z.optional(Time),
  credentialSubject: z.union([SubjectSchema, z.array(SubjectSchema).min(1)]),
});

/** What a credential file says, ready for the user to confirm. */
export interface BadgeReading {
  title: string;
  issuer: string | null;
  earnedAt: number;
  expiresAt: number | null;
  /** Names to look up as skills: the alignments and tags, and the achievement's own name. */
  skillNames: string[];
  /** Makes the same file imported twice one credential. */
  key: string;
  /** Where to see it, when the file gives an https address. */
  url: string | null;
}

export class BadgeError extends Error {
  override name = 'BadgeError';
}

const first = <T>(x: T | T[]): T => (Array.isArray(x) ? x[0]! : x);

/** A JWT's payload (its middle part), or null when the text is not one. */
function jwtPayload(text: string): unknown {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function time(s: string | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}

/** Reads a credential file's text. Throws BadgeError with a sentence for the user. */
export function readBadge(text: string, fileName = 'the file'): BadgeReading {
  let data: unknown;
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      data = JSON.parse(trimmed) as unknown;
    } catch {
      throw new BadgeError(`${fileName} is not valid JSON.`);
    }
  } else {
    const payload = jwtPayload(trimmed) as { vc?: unknown } | null;
    if (!payload) throw new BadgeError(`${fileName} is neither a JSON credential nor a signed credential (JWT).`);
    data = payload.vc ?? payload;
  }
  const parsed = VerifiableCredentialSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the top level';
    throw new BadgeError(
      `${fileName} is not an Open Badges 3.0 or Verifiable Credential file SkillFit can read (${where}: ${issue.message}).`,
    );
  }
  const vc = parsed.data;
  const types = [vc.type].flat();
  if (!types.includes('VerifiableCredential') && !types.some((t) => /Badge|Credential/i.test(t)))
    throw new BadgeError(`${fileName} does not say it is a credential (its "type" is ${types.join(', ')}).`);
  const subject = first(vc.credentialSubject);
  const achievement = subject.achievement ? first(subject.achievement) : undefined;
  const title = achievement?.name ?? vc.name ?? subject.name;
  if (!title) throw new BadgeError(`${fileName} names no achievement (credentialSubject.achievement.name).`);
  const issued = time(vc.validFrom ?? vc.issuanceDate ?? vc.awardedDate);
  if (issued === null) throw new BadgeError(`${fileName} gives no valid date it was issued (validFrom).`);
  const issuer = typeof vc.issuer === 'string' ? null : (vc.issuer.name ?? null);
  const names = [
    ...(achievement?.alignment ?? []).map((a) => a.targetName).filter((n): n is string => Boolean(n)),
    ...(achievement?.tag ?? []),
    title,
  ];
  const id = vc.id ?? achievement?.id ?? `${title}|${issuer ?? ''}|${issued}`;
  const url = /^https:\/\//.test(vc.id ?? '') ? vc.id! : null;
  return {
    title,
    issuer,
    earnedAt: issued,
    expiresAt: time(vc.validUntil ?? vc.expirationDate),
    skillNames: [...new Set(names.map((n) => n.trim()).filter(Boolean))].slice(0, 50),
    key: id.slice(0, 500),
    url,
  };
}

/** How near a credential is to lapsing: expired, within `soonDays`, or fine (null). */
export function expiryState(
  expiresAt: number | null | undefined,
  now: number,
  soonDays = 60,
): 'expired' | 'soon' | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  if (expiresAt <= now) return 'expired';
  return expiresAt - now <= soonDays * 86_400_000 ? 'soon' : null;
}
