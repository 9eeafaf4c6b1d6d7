/**
 * Builds lib/skills/data/taxonomy.json (+ taxonomy.manifest.json) from ../shared/data and the
 * curated list. `--check` regenerates in memory and exits 1 when the committed files differ.
 *
 *   npm run build:taxonomy [-- --check]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED } from './taxonomy/curated';
import { AMBIGUOUS_WORDS, ORDINARY_WORDS } from './taxonomy/ambiguity';
import { TaxonomyBuilder, serialize } from './taxonomy/merge';
import {
  type INPUT_FILES,
  readEscoAllLabels,
  readEscoDigital,
  readEscoLanguages,
  readEscoTransversal,
  readGithubTopics,
  readInput,
  readLinguist,
  readOnetTech,
  parseCsv,
} from './taxonomy/sources';
import { normalizeKey, tokenize } from '../lib/skills/tokens';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '../shared/data');

/** Files whose content shapes the output; the manifest test rehashes them. */
export const TAXONOMY_SCRIPT_FILES = [
  'scripts/build-taxonomy.ts',
  'scripts/taxonomy/curated.ts',
  'scripts/taxonomy/ambiguity.ts',
  'scripts/taxonomy/merge.ts',
  'scripts/taxonomy/sources.ts',
  'lib/skills/tokens.ts',
  'lib/skills/ids.ts',
  'lib/skills/schema.ts',
];
const OUT = 'lib/skills/data/taxonomy.json';
const MANIFEST = 'lib/skills/data/taxonomy.manifest.json';

/** ESCO labels longer than this are sentences ("control compliance of railway vehicles regulations"), rarely written in ads. */
const ESCO_MAX_WORDS = 3;

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** A word is ordinary when it occurs in lower case at least this often in the prose below… */
const PROSE_MIN_COUNT = 3;
/** …where a SkillSpan word outside any span counts only once seen this often (annotators miss
 * some tool names), and then as PROSE_MIN_COUNT occurrences. */
const SKILLSPAN_MIN_COUNT = 10;
/** Annotators calling a word a one-word skill at least this often, and in at least one in
 * SKILL_VOTE_SHARE of its other uses, make it a skill name rather than an ordinary word. */
const SKILL_MIN_VOTES = 2;
const SKILL_VOTE_SHARE = 4;

/**
 * Ordinary English words, counted in prose that is not a skill list: O*NET occupation
 * descriptions, ESCO skill descriptions and the SkillSpan train sentences outside any annotated
 * span. A tool or language named by such a word ("Go", "Swift", "Access") needs capitalisation
 * and context in the extractor; a generic skill named by one ("plan") needs a skill context.
 * Words the SkillSpan annotators mark as a one-word skill often ("agile", "java") are not
 * ordinary words for the extractor (`words`); `prose` keeps them, for filtering source aliases.
 */
function commonWords(prose: readonly string[], skillspanTrain: string): { words: Set<string>; prose: Set<string> } {
  const counts = new Map<string, number>();
  for (const text of prose) {
    // Sentence-initial words are capitalised and skipped; the rest is plain prose.
    for (const w of text.split(/[^A-Za-z]+/)) if (w && /^[a-z]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const outside = new Map<string, number>();
  const asSkill = new Map<string, number>();
  for (const line of skillspanTrain.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { tokens: string[]; tags_skill: string[]; tags_knowledge: string[] };
    r.tokens.forEach((t, i) => {
      if (!/^[a-z]+$/.test(t)) return;
      if (r.tags_skill[i] === 'O' && r.tags_knowledge[i] === 'O') outside.set(t, (outside.get(t) ?? 0) + 1);
      // A one-word knowledge span written in lower case: annotators read the word as a skill.
      if (r.tags_knowledge[i] === 'B' && r.tags_knowledge[i + 1] !== 'I') asSkill.set(t, (asSkill.get(t) ?? 0) + 1);
    });
  }
  // SkillSpan prose must be frequent: annotators miss some tool names, those are not words.
  for (const [w, n] of outside) if (n >= SKILLSPAN_MIN_COUNT) counts.set(w, (counts.get(w) ?? 0) + PROSE_MIN_COUNT);
  const words = new Set<string>();
  const plain = new Set<string>();
  for (const [w, n] of counts) {
    if (n < PROSE_MIN_COUNT) continue;
    plain.add(w);
    const votes = asSkill.get(w) ?? 0;
    if (!(votes >= SKILL_MIN_VOTES && votes * SKILL_VOTE_SHARE >= (outside.get(w) ?? 0))) words.add(w);
  }
  return { words, prose: plain };
}

export function buildTaxonomy(): {
  json: string;
  inputs: Record<string, string>;
  size: number;
  cw: number;
  unresolved: string[];
  problems: string[];
} {
  const inputs: Record<string, string> = {};
  const read = (f: (typeof INPUT_FILES)[number]) => {
    const t = readInput(dataDir, f);
    inputs[f] = sha256(t);
    return t;
  };
  const linguist = read('taxonomy/linguist/languages.yml');
  const topics = read('taxonomy/github-explore-topics/topics.jsonl');
  const onet = read('taxonomy/onet-29.2/technology-skills.tsv');
  const occupations = read('taxonomy/onet-29.2/occupation-data.tsv');
  const escoDigital = read('taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv');
  const escoTransversal = read('taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv');
  const escoLanguages = read('taxonomy/esco-1.2.0/languageSkillsCollection_en.csv');
  const escoAll = read('taxonomy/esco-1.2.0/all-skill-labels-esco-1.1.0.txt');
  const train = read('skillspan/train.json');

  const escoGroups = read('taxonomy/esco-1.2.0/skillGroups_en.csv');
  const escoDescriptions = [escoDigital, escoTransversal, escoLanguages, escoGroups].flatMap((t) =>
    parseCsv(t).map((r) => r.description ?? ''),
  );
  const occupationDescriptions = occupations
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[2] ?? '');
  const { words, prose } = commonWords([...occupationDescriptions, ...escoDescriptions], train);
  // Curated ordinary words join both sets; one no source key ever spells is reported.
  const ordinary = new Set(ORDINARY_WORDS);
  const ordinaryUsed = new Set<string>();
  const curatedWord = (key: string) => ordinary.has(key) && !!ordinaryUsed.add(key);
  const b = new TaxonomyBuilder(
    (key) => words.has(key) || curatedWord(key),
    (key) => prose.has(key) || curatedWord(key),
  );
  for (const [name, kind, aliases, implies, options] of CURATED) {
    b.add({ name, kind, aliases: [...aliases], related: [] }, { ...options, implies, curated: true });
  }
  // Linguist and O*NET list proper names (a word there is a name: "Go", "Access"); github topics
  // mix names and concepts ("Sports", "Data"), so their plain words are treated as concepts.
  for (const e of readLinguist(linguist)) b.add(e, { named: true });
  for (const e of readGithubTopics(topics)) b.add(e);
  for (const e of readOnetTech(onet)) b.add(e, { named: true });
  for (const e of readEscoDigital(escoDigital)) b.add(e);
  for (const e of readEscoTransversal(escoTransversal)) b.add(e);
  for (const e of readEscoLanguages(escoLanguages)) b.add(e);
  // The all-labels list has no alt labels: only exact-name merges, never alias guesses.
  for (const e of readEscoAllLabels(escoAll, ESCO_MAX_WORDS)) {
    if (tokenize(e.name).length) b.add(e, { mergeByAlias: false });
  }
  // ESCO concept labels written in lower case: such a word is a skill by itself ("marketing").
  const conceptKeys = new Set<string>();
  for (const e of [
    ...readEscoDigital(escoDigital),
    ...readEscoAllLabels(escoAll, 1),
    ...readEscoTransversal(escoTransversal),
  ]) {
    for (const l of [e.name, ...e.aliases]) if (l === l.toLowerCase()) conceptKeys.add(normalizeKey(l));
  }
  const { file, unresolved, problems } = b.build(conceptKeys, AMBIGUOUS_WORDS);
  for (const w of ordinary) if (!ordinaryUsed.has(w)) problems.push(`ordinary word "${w}" is no source key`);
  return {
    json: serialize(file),
    inputs,
    size: file.s.length,
    cw: file.cw.length + file.gw.length,
    unresolved,
    problems,
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const t0 = performance.now();
  const { json, inputs, size, cw, unresolved, problems } = buildTaxonomy();
  if (unresolved.length) console.error(`unresolved curated implies: ${unresolved.join('; ')}`);
  for (const p of problems) console.error(p);
  if (unresolved.length || problems.length) process.exit(1);
  const scripts = Object.fromEntries(TAXONOMY_SCRIPT_FILES.map((f) => [f, sha256(readFileSync(path.join(root, f)))]));
  const manifest = `${JSON.stringify({ output: { [OUT]: sha256(json) }, scripts, inputs }, null, 2)}\n`;
  if (check) {
    const same = (f: string, s: string) =>
      existsSync(path.join(root, f)) && readFileSync(path.join(root, f), 'utf8') === s;
    const ok = same(OUT, json) && same(MANIFEST, manifest);
    console.log(
      ok
        ? `taxonomy up to date (${size} skills)`
        : 'taxonomy differs from its script or inputs: run npm run build:taxonomy',
    );
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(path.join(root, OUT), json);
  writeFileSync(path.join(root, MANIFEST), manifest);
  console.log(
    `${OUT}: ${size} skills, ${cw} common-word keys, ${(json.length / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
