import type { Page } from '@playwright/test';
// Types only: importing lib/ at run time would pull the taxonomy JSON into Playwright's loader.
// The literals below are checked against BackupSchema by the type checker.
import type { Backup } from '../../lib/backup';
import type { PostingRecord, PostingStatus, ProfileRecord, StoredSkill } from '../../lib/db/records';

/** Real taxonomy ids, across trades: the synthetic postings ask for mixes of these. */
export const SKILL_POOL = [
  'python',
  'sql',
  'microsoft-excel',
  'customer-service',
  'food-safety',
  'forklift',
  'javascript',
  'react',
  'docker',
  'kubernetes',
  'data-analysis',
  'tableau',
] as const;
const SITES = ['greenhouse', 'lever', 'ashby', 'indeed', 'linkedin', 'workday'];
const TITLES = [
  'Data Analyst',
  'Shift Lead',
  'Warehouse Associate',
  'Frontend Developer',
  'Barista',
  'Platform Engineer',
  'Office Coordinator',
  'Line Cook',
];
const COMPANIES = ['Acme Robotics', 'Blue Harbor Foods', 'Northwind Logistics', 'Fabrikam Health', 'Contoso Retail'];
const CITIES = ['Chicago, IL', 'Austin, TX', 'Remote', 'Leeds, UK', 'Toronto, ON'];
const STATUSES: PostingStatus[] = [
  'saved',
  'saved',
  'saved',
  'applied',
  'interviewing',
  'rejected',
  'offer',
  'withdrawn',
];

/** A small deterministic generator, so every run seeds the same data. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SyntheticPosting {
  id: string;
  title: string;
  company?: string;
  status?: PostingStatus;
  site?: string;
  skills: StoredSkill[];
}

/**
 * Saved postings as backup records: `n` generated ones plus any `extra` given whole. Fits are
 * left null; the import re-scores every posting against the profile.
 */
export function syntheticPostings(
  n: number,
  extra: SyntheticPosting[] = [],
  now = Date.UTC(2026, 10, 1),
): PostingRecord[] {
  const rnd = lcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: PostingRecord[] = [];
  for (let i = 0; i < n; i++) {
    const skills = new Map<string, StoredSkill>();
    const count = 2 + Math.floor(rnd() * 5);
    while (skills.size < count) {
      const id = pick(SKILL_POOL);
      skills.set(id, { id, requirement: rnd() < 0.6 ? 'required' : 'preferred', years: null });
    }
    const site = SITES[i % SITES.length]!;
    const status = pick(STATUSES);
    out.push(
      record(
        {
          id: `${site}:job-${i}`,
          title: `${pick(TITLES)} ${i}`,
          company: pick(COMPANIES),
          site,
          status,
          skills: [...skills.values()],
        },
        now - i * 60_000,
        pick(CITIES),
      ),
    );
  }
  for (const [i, p] of extra.entries()) out.push(record(p, now + (i + 1) * 60_000, 'Remote'));
  return out;
}

function record(p: SyntheticPosting, at: number, location: string): PostingRecord {
  const site = p.site ?? 'greenhouse';
  const status = p.status ?? 'saved';
  const history: PostingRecord['history'] = [{ status: 'saved', at }];
  if (status !== 'saved') history.push({ status, at: at + 3_600_000 });
  return {
    id: p.id,
    site,
    jobId: p.id.split(':')[1] ?? p.id,
    url: `https://jobs.example.com/${encodeURIComponent(p.id)}`,
    title: p.title,
    company: p.company ?? 'Acme Robotics',
    location,
    skills: p.skills,
    fit: null,
    saved: 1,
    status,
    history,
    notes: '',
    seenAt: at,
    savedAt: at,
    updatedAt: at,
  };
}

/** A profile record as a backup holds it. */
export function profileRecord(
  skillId: string,
  name: string,
  level: number,
  now = Date.UTC(2026, 10, 1),
): ProfileRecord {
  return {
    skillId,
    name,
    level,
    source: 'self',
    evidence: [{ source: 'self', text: 'Self-rated', at: now }],
    updatedAt: now,
  };
}

/** A whole backup document (lib/backup BackupSchema) around the given records. */
export function backupOf(parts: Partial<Pick<Backup, 'profile' | 'postings' | 'learning' | 'credentials'>>): Backup {
  return {
    format: 'skillfit-backup',
    version: 2,
    exportedAt: Date.UTC(2026, 10, 1),
    profile: parts.profile ?? [],
    postings: parts.postings ?? [],
    details: [],
    learning: parts.learning ?? [],
    credentials: parts.credentials ?? [],
    catalogs: [],
    settings: [],
  };
}

/**
 * Seeds the extension as a user restores a backup file: in a tab of the dashboard's "Your data"
 * view, the file is chosen, the preview shown, and Import pressed. Answers what the page reported.
 */
export async function importBackup(
  page: Page,
  backup: Backup,
): Promise<{ counts: Record<string, number>; rescored: number }> {
  // Node's URL gives chrome-extension: addresses no origin: take scheme and host by hand.
  const origin = page.url().split('/').slice(0, 3).join('/');
  const tab = await page.context().newPage();
  try {
    await tab.goto(`${origin}/dashboard.html#data`);
    await tab.locator('#sf-backup-file').setInputFiles({
      name: 'seed-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await tab.getByRole('button', { name: 'Import', exact: true }).click();
    const done = tab.locator('#sf-backup-msg').getByText(/^Imported from seed-backup\.json/);
    await done.waitFor({ timeout: 120_000 });
    const text = (await done.textContent()) ?? '';
    const count = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
    return {
      counts: { profile: count(/(\d+) skills/), postings: count(/skills, (\d+) saved jobs/) },
      rescored: count(/(\d+) saved jobs? re-scored/),
    };
  } finally {
    await tab.close();
  }
}
