/**
 * Coverage report: the share of in-demand skills that have a concrete (non-search) course.
 * In-demand = the 300 skills the extractor finds most often in SkillSpan train sentences
 * (counted once per sentence), plus O*NET hot technologies resolved through the taxonomy.
 * Printed by the build; it does not shape the catalog.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../../lib/courses/schema';
import { isCustomSkillId, type Taxonomy } from '../../lib/skills/index';
import type { Extract } from './skills';

export const SKILLSPAN_FILE = 'skillspan/train.json';
export const ONET_FILE = 'taxonomy/onet-29.2/technology-skills.tsv';

export function topSkillSpanSkills(dataDir: string, taxonomy: Taxonomy, extract: Extract, n = 300): string[] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path.join(dataDir, SKILLSPAN_FILE), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const tokens = (JSON.parse(line) as { tokens: string[] }).tokens;
    for (const s of extract(tokens.join(' '), taxonomy))
      if (!isCustomSkillId(s.id)) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}

export function onetHotTechnologies(dataDir: string, taxonomy: Taxonomy): { ids: string[]; unresolved: string[] } {
  const lines = readFileSync(path.join(dataDir, ONET_FILE), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const nameCol = header.indexOf('Example');
  const hotCol = header.indexOf('Hot Technology');
  const names = new Set<string>();
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    if (cols[hotCol] === 'Y' && cols[nameCol]) names.add(cols[nameCol]!);
  }
  const ids = new Set<string>();
  const unresolved: string[] = [];
  for (const name of names) {
    const s = taxonomy.resolve(name);
    if (s) ids.add(s.id);
    else unresolved.push(name);
  }
  return { ids: [...ids], unresolved };
}

export interface CoverageLine {
  label: string;
  total: number;
  covered: number;
  missing: string[];
}

export function coverage(label: string, ids: readonly string[], catalog: readonly Course[]): CoverageLine {
  const taught = new Set(catalog.flatMap((c) => c.skills));
  const missing = ids.filter((id) => !taught.has(id));
  return { label, total: ids.length, covered: ids.length - missing.length, missing };
}

export function formatCoverage(c: CoverageLine): string {
  const pct = c.total === 0 ? 0 : (100 * c.covered) / c.total;
  return `${c.label}: ${c.covered}/${c.total} = ${pct.toFixed(1)} % have a concrete course`;
}

/** One sector's line of the build report: in-demand skills with a concrete course, the rest, and catalog-root entries. */
export interface SectorCoverage extends CoverageLine {
  /** Ids of the sector's credential entries whose URL is the provider's catalog root, not a course page. */
  catalogRoots: string[];
}

export function sectorCoverage(sector: string, ids: readonly string[], catalog: readonly Course[]): SectorCoverage {
  const line = coverage(sector, ids, catalog);
  const catalogRoots = catalog
    .filter((c) => c.sectors?.includes(sector) && c.provenance?.page === 'catalog-root')
    .map((c) => c.id);
  return { ...line, catalogRoots };
}

export function formatSectorCoverage(c: SectorCoverage): string[] {
  const pct = c.total === 0 ? 0 : (100 * c.covered) / c.total;
  return [
    `${c.label}: ${c.covered}/${c.total} in-demand skills have a real course or credential (${pct.toFixed(1)} %), ` +
      `${c.missing.length} only a search link`,
    `  only a search link: ${c.missing.join(', ') || '-'}`,
    `  entries at a catalog root: ${c.catalogRoots.join(', ') || '-'}`,
  ];
}
