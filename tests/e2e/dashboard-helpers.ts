import type { Page } from '@playwright/test';
// Types only: importing lib/ at run time would pull the taxonomy JSON into Playwright's loader.
// The literals below are checked against BackupSchema by the type checker.
import type { Backup } from '../../lib/backup';
import type { PostingRecord, PostingStatus, ProfileRecord, StoredSkill } from '../../lib/db/records';
import { sendMessage } from './harness';

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
 * left null; backup.import re-scores every posting against the profile.
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
    version: 1,
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

/** Seeds the extension through the protocol, as a user's backup file would. */
export async function importBackup(
  page: Page,
  backup: Backup,
): Promise<{ counts: Record<string, number>; rescored: number }> {
  return sendMessage(page, 'backup.import', { text: JSON.stringify(backup) });
}
