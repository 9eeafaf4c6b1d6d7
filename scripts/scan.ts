/**
 * The scan command (contract: ../shared/DESIGN.md, "The scan command"):
 *
 *   npm run --silent scan -- --text FILE                  # FILE may be - for standard input
 *   npm run --silent scan -- --html FILE --url URL [--profile PROFILE.json]
 *
 * Prints one JSON object on stdout and nothing else. Bad input exits 2 with one line on stderr.
 */
import '../lib/skills/node-data'; // the taxonomy data file, from disk
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Engine, postingText } from '../lib/background/engine';
import type { ProfileSkill } from '../lib/fit/index';
import { postingOf, type PageReading } from '../lib/sites/index';
import type { Taxonomy } from '../lib/skills/index';
import { readHtml } from './read-html';

/** Bad input: reported as one line on stderr, exit code 2. */
class UsageError extends Error {}

interface Args {
  text?: string;
  html?: string;
  url?: string;
  profile?: string;
}

const FLAGS = ['--text', '--html', '--url', '--profile'] as const;

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (!(FLAGS as readonly string[]).includes(flag))
      throw new UsageError(`unknown argument: ${flag} (expected ${FLAGS.join(', ')})`);
    const value = argv[i + 1];
    if (value === undefined || (value.startsWith('--') && value !== '-')) throw new UsageError(`${flag} needs a value`);
    args[flag.slice(2) as keyof Args] = value;
    i++;
  }
  if (args.text !== undefined && args.html !== undefined)
    throw new UsageError('give either --text or --html, not both');
  if (args.text === undefined && args.html === undefined)
    throw new UsageError('missing input: --text FILE or --html FILE --url URL');
  if (args.html !== undefined && args.url === undefined)
    throw new UsageError('--html needs --url URL (the address the page was loaded from)');
  if (args.url !== undefined) {
    try {
      new URL(args.url);
    } catch {
      throw new UsageError(`--url is not a valid URL: ${args.url}`);
    }
  }
  return args;
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${code ?? String(e)}`);
  }
}

const ProfileFileSchema = z.object({
  skills: z.array(z.object({ name: z.string().min(1), level: z.number().int().min(1).max(5).default(3) })),
});

/** Reads PROFILE.json; every name must resolve (by any alias) to a taxonomy skill. */
export function readProfile(file: string, taxonomy: Taxonomy): ProfileSkill[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readInput(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`profile ${file} is not valid JSON`);
  }
  const parsed = ProfileFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `profile ${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'} (expected { "skills": [ { "name": "TypeScript", "level": 4 } ] })`,
    );
  }
  const out = new Map<string, ProfileSkill>();
  for (const s of parsed.data.skills) {
    const skill = taxonomy.resolve(s.name);
    if (!skill) throw new UsageError(`profile ${file}: unknown skill "${s.name}"`);
    out.set(skill.id, { id: skill.id, level: Math.max(s.level, out.get(skill.id)?.level ?? 0) });
  }
  return [...out.values()];
}

/** What `--html` found on the page: its kind, and a list page's cards (v2: `page`). */
interface ScanPage {
  kind: PageReading['kind'];
  cards: { title: string; company: string | null; url: string | null }[];
}

function pageOf(reading: PageReading): ScanPage {
  return {
    kind: reading.kind,
    cards: reading.kind === 'list' ? reading.cards.map(({ title, company, url }) => ({ title, company, url })) : [],
  };
}

/**
 * Runs the scan. The skills, fit and courses come from the background's own Engine, so the scan
 * and the extension give the same answers. As in the extension, `fit` is null when there is
 * nothing to score: no profile given, an empty one, or a text that asks for no skill.
 */
export function scan(argv: readonly string[]): unknown {
  const args = parseArgs(argv);
  const engine = new Engine();
  const profile = args.profile !== undefined ? readProfile(args.profile, engine.taxonomy) : [];

  let text: string;
  let posting: { title: string; company: string | null; location: string | null; url: string; site: string } | null =
    null;
  let page: ScanPage | undefined;
  if (args.html !== undefined) {
    const reading = readHtml(readInput(args.html), args.url as string, () => {});
    const p = postingOf(reading);
    if (p) posting = { title: p.title, company: p.company, location: p.location, url: p.url, site: p.site };
    page = pageOf(reading);
    text = p ? postingText(p) : '';
  } else text = readInput(args.text as string); // as is: the mentions' offsets point into the file

  // --html reads the posting as the extension does (its title first); --text reads the file as it is.
  const { skills, signals } = engine.readText(text, args.html !== undefined);
  const fit = engine.fit(skills, profile);
  const courses = engine.recommend(skills, profile);
  return {
    posting,
    ...(page ? { page } : {}),
    skills: skills.map((s) => ({
      id: s.id,
      name: s.name,
      // The contract's three values: a skill asked with no cue either way is required.
      requirement: s.requirement === 'unspecified' ? 'required' : s.requirement,
      anyOf: s.anyOf ?? null,
      evidence: s.evidence ?? '',
      mentions: s.mentions,
    })),
    signals,
    fit: fit && {
      score: fit.score,
      matched: fit.matched.map((m) => m.id),
      partial: fit.partial.map((m) => m.id),
      missing: fit.missing.map((m) => m.id),
    },
    courses: courses.map(({ course }) => ({
      title: course.title,
      provider: course.provider,
      url: course.url,
      minutes: course.minutes,
      skills: course.skills,
    })),
  };
}

function main(): void {
  try {
    process.stdout.write(`${JSON.stringify(scan(process.argv.slice(2)))}\n`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
