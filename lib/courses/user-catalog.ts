import * as z from 'zod/mini';
import { detectDelimiter, parseCsv } from './csv';
import { CourseFormatSchema, CourseSchema, type Course } from './schema';

/**
 * Import of an employer's own learning catalog (JSON, or CSV separated by comma, semicolon or
 * tab). Accepted columns / keys, case-insensitive: title (or name), url (or link), provider,
 * skills (a list, or one string split on ';', '|' or ','), minutes, hours, level, cost,
 * credential, id, and the catalog v2 fields: format (online, in person, blended), recognised
 * (yes / no), stacks into (ids of the next courses, split like skills), note. Each row is checked on its own: bad rows are skipped with a message naming
 * the row; good rows are kept.
 */
const LEVELS = CourseSchema.shape.level.def.innerType.options;
const COSTS = CourseSchema.shape.cost.options;
const CREDENTIALS = CourseSchema.shape.credential.options;
const FORMATS = CourseFormatSchema.options;

const cell = z.optional(z.union([z.string(), z.number(), z.null()]));
/** A raw row after key normalisation; values are still user text. */
const RawRowSchema = z.object({
  id: cell,
  title: cell,
  url: cell,
  provider: cell,
  skills: z.optional(z.union([z.array(z.string()), z.string(), z.null()])),
  minutes: cell,
  hours: cell,
  level: cell,
  cost: cell,
  credential: cell,
  format: cell,
  recognised: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  stacksInto: z.optional(z.union([z.array(z.string()), z.string(), z.null()])),
  note: cell,
});
type RawRow = z.infer<typeof RawRowSchema>;

const KEY_ALIASES: Readonly<Record<string, keyof RawRow>> = {
  id: 'id',
  title: 'title',
  name: 'title',
  url: 'url',
  link: 'url',
  provider: 'provider',
  skills: 'skills',
  skill: 'skills',
  minutes: 'minutes',
  hours: 'hours',
  level: 'level',
  cost: 'cost',
  price: 'cost',
  credential: 'credential',
  format: 'format',
  delivery: 'format',
  recognised: 'recognised',
  recognized: 'recognised',
  'stacks into': 'stacksInto',
  stacks_into: 'stacksInto',
  stacksinto: 'stacksInto',
  next: 'stacksInto',
  note: 'note',
  description: 'note',
};

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function pick<T extends string>(value: string, allowed: readonly T[], what: string, errors: string[]): T | undefined {
  const v = value.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  errors.push(`${what} "${value}" is not one of ${allowed.join(', ')}`);
  return undefined;
}

/** Turns one normalised row into a course, or the reasons it cannot be one. */
function toCourse(
  raw: RawRow,
  resolveSkill: (name: string) => string | undefined,
): { course?: Course; problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const title = text(raw.title);
  const url = text(raw.url);
  if (!title) problems.push('missing title');
  if (!url) problems.push('missing url');
  else if (!CourseSchema.shape.url.safeParse(url).success) problems.push(`url "${url}" is not an https address`);

  const names = Array.isArray(raw.skills) ? raw.skills : text(raw.skills).split(/[;|,]/);
  const skills: string[] = [];
  for (const n of names.map((s) => s.trim()).filter(Boolean)) {
    const id = resolveSkill(n);
    if (id === undefined) warnings.push(`unknown skill "${n}" ignored`);
    else if (!skills.includes(id)) skills.push(id);
  }
  if (skills.length === 0) problems.push('no known skills');

  let minutes: number | null = null;
  const m = text(raw.minutes);
  const h = text(raw.hours);
  if (m || h) {
    // Semicolon-separated exports write decimals with a comma ("1,5").
    const num = (v: string) => Number(/^\d+,\d+$/.test(v) ? v.replace(',', '.') : v);
    const value = m ? num(m) : num(h) * 60;
    if (!Number.isFinite(value) || value <= 0) problems.push(`duration "${m || h}" is not a positive number`);
    else minutes = Math.max(1, Math.round(value));
  }
  const level = text(raw.level) ? (pick(text(raw.level), LEVELS, 'level', problems) ?? null) : null;
  const cost = text(raw.cost) ? pick(text(raw.cost), COSTS, 'cost', problems) : 'unknown';
  const credential = text(raw.credential) ? pick(text(raw.credential), CREDENTIALS, 'credential', problems) : 'unknown';
  const format = text(raw.format)
    ? pick(text(raw.format).replace(/[\s_]+/g, '-'), FORMATS, 'format', problems)
    : undefined;
  let recognised: boolean | undefined;
  const r = typeof raw.recognised === 'boolean' ? String(raw.recognised) : text(raw.recognised).toLowerCase();
  if (/^(yes|true|1|y)$/.test(r)) recognised = true;
  else if (/^(no|false|0|n)$/.test(r)) recognised = false;
  else if (r) problems.push(`recognised "${r}" is not yes or no`);
  const next = Array.isArray(raw.stacksInto) ? raw.stacksInto : text(raw.stacksInto).split(/[;|,]/);
  // A bare id names a row of the same import ("user:<id>"); a prefixed one ("cred:cna") any catalog entry.
  const stacksInto = next
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.includes(':') ? s : `user:${slug(s)}`));
  const note = text(raw.note);
  if (problems.length > 0 || cost === undefined || credential === undefined) return { problems, warnings };

  const course = CourseSchema.safeParse({
    id: `user:${slug(text(raw.id)) || slug(url.replace(/^https:\/\//, ''))}`,
    title,
    provider: text(raw.provider) || new URL(url).hostname.replace(/^www\./, ''),
    url,
    skills,
    minutes,
    level,
    cost,
    credential,
    source: 'user',
    ...(format ? { format } : {}),
    ...(recognised !== undefined ? { recognised } : {}),
    ...(stacksInto.length > 0 ? { stacksInto } : {}),
    ...(note ? { note } : {}),
  });
  if (!course.success)
    return { problems: course.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), warnings };
  return { course: course.data, problems, warnings };
}

function normaliseKeys(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = KEY_ALIASES[k.trim().toLowerCase()];
    if (key && out[key] === undefined) out[key] = v;
  }
  return out;
}

/**
 * Parses a user catalog export. Never throws: unreadable input yields no courses and one error;
 * each bad row yields an error naming it ("Row 3: missing url") and is skipped; unknown skill
 * names are reported but do not reject a row that has at least one known skill. Duplicate ids
 * keep the first row.
 */
export function parseUserCatalog(
  text: string,
  format: 'json' | 'csv',
  resolveSkill: (name: string) => string | undefined,
): { courses: Course[]; errors: string[] } {
  const errors: string[] = [];
  const rows: { label: string; value: unknown }[] = [];
  try {
    if (format === 'json') {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        return { courses: [], errors: [`Not valid JSON: ${(e as Error).message}`] };
      }
      const list = Array.isArray(data) ? data : (data as { courses?: unknown } | null)?.courses;
      if (!Array.isArray(list))
        return { courses: [], errors: ['Expected a JSON array of courses or an object with a "courses" array'] };
      list.forEach((value, i) => rows.push({ label: `Row ${i + 1}`, value }));
    } else {
      const csv = parseCsv(text, detectDelimiter(text));
      errors.push(...csv.errors);
      const [header, ...body] = csv.rows;
      if (!header) return { courses: [], errors: [...errors, 'Empty CSV: expected a header row'] };
      const keys = header.cells.map((h) => h.trim().toLowerCase());
      if (!keys.some((k) => KEY_ALIASES[k] === 'url') || !keys.some((k) => KEY_ALIASES[k] === 'title')) {
        return { courses: [], errors: [...errors, 'CSV header must name at least a title and a url column'] };
      }
      for (const r of body) {
        rows.push({ label: `Line ${r.line}`, value: Object.fromEntries(keys.map((k, i) => [k, r.cells[i] ?? ''])) });
      }
    }

    const courses: Course[] = [];
    const seen = new Set<string>();
    for (const { label, value } of rows) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push(`${label}: expected an object`);
        continue;
      }
      const raw = RawRowSchema.safeParse(normaliseKeys(value as Record<string, unknown>));
      if (!raw.success) {
        errors.push(`${label}: ${raw.error.issues.map((i) => `${i.path.join('.')} has the wrong type`).join('; ')}`);
        continue;
      }
      const { course, problems, warnings } = toCourse(raw.data, resolveSkill);
      for (const w of warnings) errors.push(`${label}: ${w}`);
      if (!course) {
        errors.push(`${label}: ${problems.join('; ')}`);
        continue;
      }
      if (seen.has(course.id)) {
        errors.push(`${label}: duplicate id ${course.id}, row skipped`);
        continue;
      }
      seen.add(course.id);
      courses.push(course);
    }
    return { courses, errors };
  } catch (e) {
    // Defensive: a resolver supplied by the caller may throw.
    return { courses: [], errors: [...errors, `Import failed: ${(e as Error).message}`] };
  }
}
