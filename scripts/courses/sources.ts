/**
 * Readers for the course sources in ../shared/data/courses, turned into one raw shape.
 * Only what the source states: no durations are invented (free-programming-books has none
 * except lengths stated in a title, "Learn Git in 1 Hour"; OSSU gives weeks × hours/week).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Course } from '../../lib/courses/schema';

/** A source row before skill mapping. `topic` is the source's own subject label, if any. */
export interface RawCourse {
  title: string;
  url: string;
  provider: string;
  topic: string | null;
  minutes: number | null;
  level: Course['level'];
  cost: Course['cost'];
  credential: Course['credential'];
  source: 'free-programming-books' | 'ossu';
}

export const FPB_FILE = 'courses/free-programming-books/free-courses-en.parsed.json';
export const OSSU_FILE = 'courses/ossu/courses.parsed.json';
/** OSSU course pages are repository-relative links in the curriculum README. */
const OSSU_REPO_BASE = 'https://github.com/ossu/computer-science/blob/master/';

const FpbSchema = z.array(
  z.object({
    topic_path: z.array(z.string()),
    title: z.string(),
    url: z.string(),
    by_and_notes: z.string().nullable(),
  }),
);
const OssuSchema = z.array(
  z.object({ section: z.string(), title: z.string(), url: z.string(), duration: z.string(), effort: z.string() }),
);

/** Display names for hosts that appear often; others show their bare host name. */
const HOSTS: Readonly<Record<string, string>> = {
  'youtube.com': 'YouTube',
  'udemy.com': 'Udemy',
  'coursera.org': 'Coursera',
  'edx.org': 'edX',
  'learning.edx.org': 'edX',
  'learn.nvidia.com': 'NVIDIA Deep Learning Institute',
  'udacity.com': 'Udacity',
  'ocw.mit.edu': 'MIT OpenCourseWare',
  'codecademy.com': 'Codecademy',
  'scrimba.com': 'Scrimba',
  'v2.scrimba.com': 'Scrimba',
  'github.com': 'GitHub',
  'cognitiveclass.ai': 'Cognitive Class',
  'huggingface.co': 'Hugging Face',
  'learn.microsoft.com': 'Microsoft Learn',
  'cs50.harvard.edu': 'Harvard CS50',
  'kaggle.com': 'Kaggle',
  'freecodecamp.org': 'freeCodeCamp',
  'theodinproject.com': 'The Odin Project',
  'khanacademy.org': 'Khan Academy',
  'alison.com': 'Alison',
  'trailhead.salesforce.com': 'Salesforce Trailhead',
  'matlabacademy.mathworks.com': 'MathWorks',
  'developers.google.com': 'Google for Developers',
  'developer.android.com': 'Android Developers',
  'elastic.co': 'Elastic',
  'egghead.io': 'egghead',
  'openlearninglibrary.mit.edu': 'MIT Open Learning Library',
  'deeplearning.ai': 'DeepLearning.AI',
};

export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

export function providerFor(url: string): string {
  const host = hostOf(url);
  return HOSTS[host] ?? host;
}

/** Coursera and edX are free to audit with a paid certificate; the rest are free as listed. */
function costAndCredential(url: string): Pick<RawCourse, 'cost' | 'credential'> {
  const host = hostOf(url);
  if (host === 'coursera.org' || host === 'edx.org' || host === 'learning.edx.org')
    return { cost: 'free-audit', credential: 'certificate' };
  if (host === 'youtube.com') return { cost: 'free', credential: 'none' };
  return { cost: 'free', credential: 'unknown' };
}

/** The leaf heading, cleaned of markdown anchors and escapes ('<a id="cpp"></a>C++' → 'C++'). */
export function cleanTopic(topic: string): string {
  return topic
    .replace(/<a [^>]*><\/a>/g, '')
    .replace(/\\/g, '')
    .trim();
}

/** Markdown escapes left in parsed titles ("Docker \\| DevOps", "\\[FULL COURSE\\]"). */
export function cleanTitle(title: string): string {
  return title.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').trim();
}

/**
 * A length the title itself states ("Learn C++ in 1 Hour", "Python in 80 minutes",
 * "32-Hour Course"), in minutes; null when it states none.
 */
export function titleMinutes(title: string): number | null {
  const m = /(\d+(?:\.\d+)?)[\s-]*(hours?|hrs?|minutes?|mins?)\b/i.exec(title);
  if (!m) return null;
  const n = Number(m[1]);
  return Math.round(/^h/i.test(m[2]!) ? n * 60 : n);
}

/**
 * free-programming-books. Only the leaf of `topic_path` is used: the parsed nesting is not
 * reliable (e.g. "Nest.js > React"), while the leaf heading is the list's own subject.
 */
export function readFreeProgrammingBooks(dataDir: string): { rows: RawCourse[]; skipped: string[] } {
  const list = FpbSchema.parse(JSON.parse(readFileSync(path.join(dataDir, FPB_FILE), 'utf8')));
  const rows: RawCourse[] = [];
  const skipped: string[] = [];
  for (const e of list) {
    if (!e.url.startsWith('https://')) {
      skipped.push(`not https: ${e.url}`);
      continue;
    }
    const leaf = cleanTopic(e.topic_path.at(-1) ?? '');
    const title = cleanTitle(e.title);
    rows.push({
      title,
      url: e.url,
      provider: providerFor(e.url),
      topic: leaf && !/^\d+ - MOOC$|^Misc$/.test(leaf) ? leaf : null,
      minutes: titleMinutes(title),
      level: null,
      ...costAndCredential(e.url),
      source: 'free-programming-books',
    });
  }
  return { rows, skipped };
}

/** "13 weeks" → 13, "10-12 weeks" → 11, "6 months" → 26; null when not stated. */
export function parseWeeks(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*(weeks?|months?)$/i.exec(text.trim());
  if (!m) return null;
  const lo = Number(m[1]);
  const mid = m[2] ? (lo + Number(m[2])) / 2 : lo;
  return /^month/i.test(m[3]!) ? Math.round((mid * 52) / 12) : mid;
}

/** "6-10 hours/week" → 8, "5 hours/week" → 5; null when not stated. */
export function parseHoursPerWeek(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?\s*hours?\s*\/\s*week$/i.exec(text.trim());
  if (!m) return null;
  const lo = Number(m[1]);
  return m[2] ? (lo + Number(m[2])) / 2 : lo;
}

function ossuLevel(section: string): Course['level'] {
  if (section.startsWith('Intro')) return 'beginner';
  if (section.startsWith('Core')) return 'intermediate';
  return 'advanced';
}

/** OSSU curriculum courses, with minutes = weeks × mean hours per week where both are given. */
export function readOssu(dataDir: string): { rows: RawCourse[]; skipped: string[] } {
  const list = OssuSchema.parse(JSON.parse(readFileSync(path.join(dataDir, OSSU_FILE), 'utf8')));
  const rows: RawCourse[] = [];
  const skipped: string[] = [];
  for (const e of list) {
    const url = /^[a-z]+:/i.test(e.url) ? e.url : new URL(e.url, OSSU_REPO_BASE).href;
    if (!url.startsWith('https://')) {
      skipped.push(`not https: ${url}`);
      continue;
    }
    const weeks = parseWeeks(e.duration);
    const hours = parseHoursPerWeek(e.effort);
    rows.push({
      title: e.title.trim(),
      url,
      provider: providerFor(url),
      topic: e.section.split('>').at(-1)!.trim(),
      minutes: weeks !== null && hours !== null ? Math.round(weeks * hours * 60) : null,
      level: ossuLevel(e.section),
      ...costAndCredential(url),
      source: 'ossu',
    });
  }
  return { rows, skipped };
}
