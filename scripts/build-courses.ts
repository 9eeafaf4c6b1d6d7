/**
 * Builds lib/courses/data/catalog.json from scripts/courses/credentials.ts (catalog v2:
 * recognised credentials per sector), scripts/data/curated-courses.ts and ../shared/data/courses
 * (free-programming-books, OSSU), mapping each course to taxonomy skill ids, and
 * writes beside it catalog.inputs.json (the rows each course was mapped from, see
 * scripts/courses/mapping.ts) and catalog.manifest.json. Prints the coverage of in-demand skills.
 *
 *   npm run build:courses            # write the catalog and manifest
 *   npm run build:courses -- --check # regenerate in memory, exit 1 if the committed file differs
 */
import '../lib/skills/node-data'; // the taxonomy data file, from disk
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogFileSchema, type Course } from '../lib/courses/schema';
import { extractSkills, loadTaxonomy } from '../lib/skills/index';
import { CURATED_COURSES } from './data/curated-courses';
import { CREDENTIALS, credentialCourse } from './courses/credentials';
import { ESCO_CLASSIFICATION_ZIP, ESCO_RELATIONS_ZIP, sectorDemand } from './courses/demand';
import {
  ONET_FILE,
  SKILLSPAN_FILE,
  coverage,
  formatCoverage,
  formatSectorCoverage,
  sectorCoverage,
  onetHotTechnologies,
  topSkillSpanSkills,
} from './courses/coverage';
import {
  CATALOG_FILE,
  COURSE_REPO_INPUTS,
  COURSE_SCRIPT_FILES,
  MANIFEST_FILE,
  hashFiles,
  sha256,
  type CourseManifest,
} from './courses/manifest';
import { INPUTS_FILE, type MappingFile, type MappingInput, mapRow, serializeMapping } from './courses/mapping';
import { SkillMapper, unique } from './courses/skills';
import { FPB_FILE, OSSU_FILE, readFreeProgrammingBooks, readOssu, type RawCourse } from './courses/sources';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '../shared/data');

function slug(s: string, max = 48): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}

/** URL identity for de-duplication: host case and a trailing slash do not make a new course. */
function urlKey(url: string): string {
  const u = new URL(url);
  return `${u.host.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
}

export function buildCatalog(): { courses: Course[]; mapping: MappingFile; report: string[] } {
  const taxonomy = loadTaxonomy();
  const mapper = new SkillMapper(taxonomy, extractSkills);
  const report: string[] = [];
  const byUrl = new Map<string, Course>();
  const rowsById = new Map<string, MappingInput[]>();
  const dropped: MappingInput[] = [];

  const add = (course: Omit<Course, 'skills'>, input: MappingInput, own = false) => {
    // A credential sharing its provider's page with another credential keeps its own entry.
    const key = own && byUrl.has(urlKey(course.url)) ? `${urlKey(course.url)}#${course.id}` : urlKey(course.url);
    const prev = byUrl.get(key);
    const skills = mapRow(mapper, input);
    // First source wins (curated, then OSSU, then free-programming-books); skills are merged.
    if (prev) {
      prev.skills = unique([...prev.skills, ...skills]);
      rowsById.get(prev.id)?.push(input);
    } else if (skills.length === 0) dropped.push(input);
    else {
      byUrl.set(key, { ...course, skills });
      rowsById.set(course.id, [input]);
    }
  };

  for (const e of CREDENTIALS) add(credentialCourse(e), ['ids', e.skills], true);
  const curatedProvenance = {
    source: 'scripts/data/curated-courses.ts: provider pages in wide public use',
    page: 'listed',
    checked: 'unchecked',
  } as const;
  for (const c of CURATED_COURSES)
    add({ ...c, source: 'curated', provenance: curatedProvenance }, ['curated', c.skills]);

  const prefix = { ossu: 'ossu', 'free-programming-books': 'fpb' } as const;
  const listSource = {
    ossu: 'OSSU computer-science curriculum (MIT licence), as the list gives the URL',
    'free-programming-books': 'EbookFoundation free-programming-books (CC BY 4.0), as the list gives the URL',
  } as const;
  const fromRaw = (r: RawCourse): Omit<Course, 'skills'> => ({
    id: `${prefix[r.source]}:${slug(r.title)}-${sha256(r.url).slice(0, 6)}`,
    title: r.title,
    provider: r.provider,
    url: r.url,
    minutes: r.minutes,
    level: r.level,
    cost: r.cost,
    credential: r.credential,
    source: r.source,
    provenance: { source: listSource[r.source], page: 'listed', checked: 'unchecked' },
  });
  const ossu = readOssu(dataDir);
  const fpb = readFreeProgrammingBooks(dataDir);
  for (const r of ossu.rows) add(fromRaw(r), ['ossu', r.title]);
  for (const r of fpb.rows) add(fromRaw(r), ['fpb', r.title, r.topic]);

  const courses = [...byUrl.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set<string>();
  for (const c of courses) {
    if (ids.has(c.id)) throw new Error(`duplicate course id ${c.id}`);
    ids.add(c.id);
  }
  report.push(
    `courses: ${courses.length} (credentials ${courses.filter((c) => c.id.startsWith('cred:')).length}, ` +
      `curated ${courses.filter((c) => c.source === 'curated' && !c.id.startsWith('cred:')).length}, ` +
      `OSSU ${courses.filter((c) => c.source === 'ossu').length}, free-programming-books ${courses.filter((c) => c.source === 'free-programming-books').length}); ` +
      `with minutes ${courses.filter((c) => c.minutes !== null).length}; skills taught ${new Set(courses.flatMap((c) => c.skills)).size}`,
    `dropped: ${fpb.skipped.length + ossu.skipped.length} non-https links, ${dropped.length} courses mapped to no skill`,
  );
  if (mapper.unresolved.size > 0) report.push(`unresolved names: ${[...mapper.unresolved].sort().join('; ')}`);
  const mapping: MappingFile = {
    version: 1,
    courses: Object.fromEntries(courses.map((c) => [c.id, rowsById.get(c.id) ?? []])),
    dropped,
  };
  return { courses, mapping, report };
}

/** The committed file's text: one course per line, so diffs stay readable. */
export function serialize(courses: readonly Course[]): string {
  const file = CatalogFileSchema.parse({ version: 1, courses });
  return `{"version":${file.version},"courses":[\n${file.courses.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
}

function manifestFor(catalog: string, inputs: string): CourseManifest {
  return {
    output: { [CATALOG_FILE]: sha256(catalog), [INPUTS_FILE]: sha256(inputs) },
    scripts: hashFiles(root, COURSE_SCRIPT_FILES),
    repoInputs: hashFiles(root, COURSE_REPO_INPUTS),
    inputs: hashFiles(dataDir, [FPB_FILE, OSSU_FILE]),
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const started = Date.now();
  const { courses, mapping, report } = buildCatalog();
  const text = serialize(courses);
  const inputs = serializeMapping(mapping);
  const manifest = `${JSON.stringify(manifestFor(text, inputs), null, 2)}\n`;
  if (check) {
    const same = (file: string, want: string) => {
      try {
        return readFileSync(path.join(root, file), 'utf8') === want;
      } catch {
        return false;
      }
    };
    const ok = same(CATALOG_FILE, text) && same(INPUTS_FILE, inputs) && same(MANIFEST_FILE, manifest);
    console.log(ok ? 'catalog is up to date' : 'catalog differs from its sources: run npm run build:courses');
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(path.join(root, CATALOG_FILE), text);
  writeFileSync(path.join(root, INPUTS_FILE), inputs);
  writeFileSync(path.join(root, MANIFEST_FILE), manifest);
  for (const line of report) console.log(line);

  // Coverage of in-demand skills (inputs: SkillSpan train, O*NET hot technologies).
  const taxonomy = loadTaxonomy();
  const top = topSkillSpanSkills(dataDir, taxonomy, extractSkills);
  const onet = onetHotTechnologies(dataDir, taxonomy);
  const lines = [
    coverage(`SkillSpan train top ${top.length}`, top, courses),
    coverage(
      `O*NET hot technologies (${onet.ids.length} resolved, ${onet.unresolved.length} not in taxonomy)`,
      onet.ids,
      courses,
    ),
    coverage('union', unique([...top, ...onet.ids]), courses),
  ];
  for (const l of lines) console.log(formatCoverage(l));

  const creds = courses.filter((c) => c.id.startsWith('cred:'));
  for (const checked of ['stored-copy', 'domain-seen', 'unchecked'] as const) {
    const ids = creds.filter((c) => c.provenance?.checked === checked).map((c) => c.id);
    console.log(`credential pages ${checked}: ${ids.length}${ids.length ? ` (${ids.join(', ')})` : ''}`);
  }

  // Per sector (catalog v2): ESCO essential skills of common occupations and O*NET hot technologies.
  console.log('in-demand skills per sector (scripts/courses/demand.ts):');
  for (const d of sectorDemand(dataDir, taxonomy)) {
    for (const l of formatSectorCoverage(sectorCoverage(d.sector, d.ids, courses))) console.log(l);
    if (d.unresolved.length > 0) console.log(`  not in the taxonomy (not counted): ${d.unresolved.join('; ')}`);
  }
  if (process.argv.includes('--verbose')) {
    for (const l of lines) console.log(`${l.label} without a course: ${l.missing.join(', ')}`);
    console.log(`O*NET hot technologies not in taxonomy: ${onet.unresolved.join('; ')}`);
  }
  console.log(
    `inputs: ${SKILLSPAN_FILE}, ${ONET_FILE}, ${ESCO_CLASSIFICATION_ZIP}, ${ESCO_RELATIONS_ZIP}; wrote ${CATALOG_FILE} in ${Date.now() - started} ms`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
