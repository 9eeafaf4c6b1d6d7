/**
 * In-demand skills per sector, for the coverage report of `npm run build:courses`:
 * - ESCO: the essential skills of each sector's common occupations (listed below by ESCO
 *   preferred label), kept when at least two of the sector's occupations need them, most shared
 *   first, at most ESCO_PER_SECTOR; each resolved to a taxonomy id by its ESCO label.
 * - O*NET: hot technologies of the sector's O*NET-SOC occupations, kept when at least two of them
 *   list it (one for a sector with fewer than two), most shared first, then the ones most
 *   occupations overall list as hot, at most ONET_PER_SECTOR.
 * The occupation lists are the project's choice of the jobs people in each sector most often
 * hold; ESCO has no employment counts, so "most common" is judged, and written down here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../lib/courses/csv';
import type { Taxonomy } from '../../lib/skills/index';
import { readZipEntry } from './zip';

export const ESCO_CLASSIFICATION_ZIP = 'taxonomy/esco-1.1.1/esco-v1.1.1-classification-en-csv.zip';
export const ESCO_RELATIONS_ZIP = 'taxonomy/esco-1.1.1/esco-v1.1.1-relations-csv.zip';
export const ONET_TECH_FILE = 'taxonomy/onet-29.2/technology-skills.tsv';
export const ESCO_PER_SECTOR = 20;
export const ONET_PER_SECTOR = 8;

export const SECTORS = [
  'food service',
  'retail',
  'warehouse/logistics',
  'care',
  'trades',
  'office/finance',
  'tech',
] as const;
export type Sector = (typeof SECTORS)[number];

interface SectorDef {
  /** ESCO occupation preferred labels (v1.1.1). */
  esco: readonly string[];
  /** O*NET-SOC codes (29.2). */
  onet: readonly string[];
}

export const SECTOR_OCCUPATIONS: Readonly<Record<Sector, SectorDef>> = {
  'food service': {
    esco: ['waiter/waitress', 'cook', 'kitchen assistant', 'barista', 'kitchen porter', 'bartender'],
    // Fast food and counter workers, cooks (restaurant), food preparation workers, waiters, bartenders.
    onet: ['35-3023.00', '35-2014.00', '35-2021.00', '35-3031.00', '35-3011.00'],
  },
  retail: {
    esco: [
      'shop assistant',
      'cashier',
      'sales assistant',
      'shelf filler',
      'retail department manager',
      'customer service representative',
    ],
    // Retail salespersons, cashiers, stockers, first-line supervisors of retail, customer service reps.
    onet: ['41-2031.00', '41-2011.00', '53-7065.00', '41-1011.00', '43-4051.00'],
  },
  'warehouse/logistics': {
    esco: [
      'warehouse worker',
      'forklift operator',
      'warehouse order picker',
      'car and van delivery driver',
      'moving truck driver',
      'dangerous goods driver',
    ],
    // Laborers and material movers, industrial truck operators, heavy truck drivers, light truck drivers, shipping clerks.
    onet: ['53-7062.00', '53-7051.00', '53-3032.00', '53-3033.00', '43-5071.00'],
  },
  care: {
    esco: [
      'healthcare assistant',
      'care at home worker',
      'nurse assistant',
      'phlebotomist',
      'pharmacy assistant',
      'residential home older adult care worker',
    ],
    // Home health aides, nursing assistants, phlebotomists, pharmacy technicians, medical assistants.
    onet: ['31-1121.00', '31-1131.00', '31-9097.00', '29-2052.00', '31-9092.00'],
  },
  trades: {
    esco: [
      'welder',
      'electrician',
      'plumber',
      'carpenter',
      'refrigeration air condition and heat pump technician',
      'construction painter',
    ],
    // Welders, electricians, plumbers, carpenters, HVAC mechanics.
    onet: ['51-4121.00', '47-2111.00', '47-2152.00', '47-2031.00', '49-9021.00'],
  },
  'office/finance': {
    esco: [
      'bookkeeper',
      'office clerk',
      'receptionist',
      'administrative assistant',
      'accounting assistant',
      'call centre agent',
    ],
    // Bookkeeping clerks, general office clerks, receptionists, secretaries, customer service reps.
    onet: ['43-3031.00', '43-9061.00', '43-4171.00', '43-6014.00', '43-4051.00'],
  },
  tech: {
    esco: [
      'ICT help desk agent',
      'software developer',
      'web developer',
      'ICT system administrator',
      'data analyst',
      'ICT network technician',
    ],
    // Computer user support, software developers, web developers, network and systems admins, data scientists.
    onet: ['15-1232.00', '15-1252.00', '15-1254.00', '15-1244.00', '15-2051.00'],
  },
};

export interface SectorDemand {
  sector: Sector;
  /** Taxonomy ids, ESCO first then O*NET, without repeats. */
  ids: string[];
  /** ESCO skill labels and O*NET names that resolved to no taxonomy skill. */
  unresolved: string[];
}

function csvRecords(text: string): Record<string, string>[] {
  const { rows } = parseCsv(text);
  const header = rows[0]?.cells ?? [];
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}

/**
 * Keys ranked by how many groups hold them, then by `weight` (higher first), then by key; kept
 * when held by at least `min` groups; at most `max`.
 */
export function shared(
  groups: readonly (readonly string[])[],
  min: number,
  max: number,
  weight: (key: string) => number = () => 0,
): string[] {
  const counts = new Map<string, number>();
  for (const g of groups) for (const k of new Set(g)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || weight(b[0]) - weight(a[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([k]) => k);
}

export function sectorDemand(dataDir: string, taxonomy: Taxonomy): SectorDemand[] {
  const cls = path.join(dataDir, ESCO_CLASSIFICATION_ZIP);
  const occupations = new Map(
    csvRecords(readZipEntry(cls, 'occupations_en.csv')).map((r) => [r.preferredLabel!, r.conceptUri!]),
  );
  const skillLabels = new Map(
    csvRecords(readZipEntry(cls, 'skills_en.csv')).map((r) => [r.conceptUri!, r.preferredLabel!.trim()]),
  );
  const essential = new Map<string, string[]>();
  // 123,855 rows of four unquoted URI/word columns: split by hand (and quickly).
  for (const line of readZipEntry(path.join(dataDir, ESCO_RELATIONS_ZIP), 'occupationSkillRelations.csv').split(
    /\r?\n/,
  )) {
    const [occupation, relation, , skill] = line.split(',');
    if (relation !== 'essential' || !occupation || !skill) continue;
    const list = essential.get(occupation) ?? [];
    list.push(skill);
    essential.set(occupation, list);
  }
  const hot = new Map<string, string[]>();
  const hotCount = new Map<string, number>();
  const lines = readFileSync(path.join(dataDir, ONET_TECH_FILE), 'utf8').split('\n');
  const head = lines[0]!.split('\t');
  const [codeCol, nameCol, hotCol] = ['O*NET-SOC Code', 'Example', 'Hot Technology'].map((h) => head.indexOf(h));
  for (const line of lines.slice(1)) {
    const c = line.split('\t');
    if (c[hotCol!] !== 'Y') continue;
    const list = hot.get(c[codeCol!]!) ?? [];
    list.push(c[nameCol!]!);
    hot.set(c[codeCol!]!, list);
    hotCount.set(c[nameCol!]!, (hotCount.get(c[nameCol!]!) ?? 0) + 1);
  }

  return SECTORS.map((sector) => {
    const def = SECTOR_OCCUPATIONS[sector];
    const escoGroups = def.esco.map((label) => {
      const uri = occupations.get(label);
      if (!uri) throw new Error(`ESCO occupation not found: ${label}`);
      return essential.get(uri) ?? [];
    });
    const onetGroups = def.onet.map((code) => {
      if (!hot.has(code)) throw new Error(`O*NET occupation without hot technologies: ${code}`);
      return hot.get(code)!;
    });
    const names = [
      ...shared(escoGroups, 2, ESCO_PER_SECTOR).map((uri) => skillLabels.get(uri) ?? uri),
      ...shared(onetGroups, Math.min(2, onetGroups.length), ONET_PER_SECTOR, (n) => hotCount.get(n) ?? 0),
    ];
    const ids: string[] = [];
    const unresolved: string[] = [];
    for (const n of names) {
      const s = taxonomy.resolve(n);
      if (!s) unresolved.push(n);
      else if (!ids.includes(s.id)) ids.push(s.id);
    }
    return { sector, ids, unresolved };
  });
}
