/**
 * Builds lib/skills/data/taxonomy.json (+ taxonomy.manifest.json) from ../shared/data and the
 * curated list. `--check` regenerates in memory and exits 1 when the committed files differ.
 *
 *   npm run build:taxonomy [-- --check]
 *
 * Sources, in the order they may name a skill (the first owns it, later ones add labels):
 * curated rows, Linguist, github-explore topics, O*NET technology skills, the ESCO v1.1.1
 * skills pillar (with its Spanish and French labels), O*NET tools used, the ESCO 1.1.0
 * label list (for the ids it gave before), and the phrases SkillSpan's train split marks as
 * knowledge (scripts/taxonomy/skillspan.ts). scripts/taxonomy/published-ids.tsv lists every id
 * ever published: one that no longer names a skill must have been merged into another
 * (written to `moved`), or the build fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED } from './taxonomy/curated';
import {
  AMBIGUOUS_WORDS,
  COMPANY_NAMES,
  ONET_LEFT_OUT,
  ORDINARY_TRANSLATED,
  ORDINARY_WORDS,
} from './taxonomy/ambiguity';
import { TaxonomyBuilder, type Draft } from './taxonomy/merge';
import { emit, serialize } from './taxonomy/emit';
import {
  collectionUris,
  readEscoBroader,
  readEscoLanguages,
  readEscoSkillRelations,
  readEscoSkills,
  readEscoTranslations,
  readOccupationLinks,
} from './taxonomy/esco';
import { readOnetTech, readOnetTools } from './taxonomy/onet';
import { readSkillSpanPhrases, SKILLSPAN_THRESHOLDS, type PhraseThresholds } from './taxonomy/skillspan';
import {
  type InputFile,
  readEscoAllLabels,
  readGithubTopics,
  readInput,
  readLinguist,
  parseCsv,
} from './taxonomy/sources';
import { readZipMember } from './taxonomy/zip';
import { nominalisations } from './taxonomy/nominal';
import { tokenize } from '../lib/skills/tokens';
import { slugify } from '../lib/skills/ids';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '../shared/data');

/** Files whose content shapes the output; the manifest test rehashes them. */
export const TAXONOMY_SCRIPT_FILES = [
  'scripts/build-taxonomy.ts',
  'scripts/taxonomy/curated.ts',
  'scripts/taxonomy/ambiguity.ts',
  'scripts/taxonomy/merge.ts',
  'scripts/taxonomy/emit.ts',
  'scripts/taxonomy/esco.ts',
  'scripts/taxonomy/onet.ts',
  'scripts/taxonomy/skillspan.ts',
  'scripts/taxonomy/sources.ts',
  'scripts/taxonomy/zip.ts',
  'scripts/taxonomy/nominal.ts',
  'lib/skills/tokens.ts',
  'lib/skills/stem.ts',
  'lib/skills/keys.ts',
  'lib/skills/ids.ts',
  'lib/skills/schema.ts',
];
const OUT = 'lib/skills/data/taxonomy.json';
const MANIFEST = 'lib/skills/data/taxonomy.manifest.json';
const PUBLISHED = 'scripts/taxonomy/published-ids.tsv';

/** ESCO 1.1.0 labels longer than this are sentences ("control compliance of railway vehicles regulations"), rarely written in ads. */
const ESCO_MAX_WORDS = 3;
/** ESCO alternative labels longer than this are descriptions: left out of the index. */
const ESCO_MAX_ALT_WORDS = 6;
/** An O*NET tool used by at least this many occupations is common enough to count as hot. */
const TOOL_HOT_OCCUPATIONS = 20;

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

/** Previously published ids with their names, from PUBLISHED (tab-separated, "#" comments). */
function readPublished(): [string, string][] {
  const file = path.join(root, PUBLISHED);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
}

/**
 * The taxonomy as data, in memory. `train` replaces the SkillSpan train split's JSON lines (the
 * cross-validation in scripts/skillspan-cv.ts builds from one half and measures on the other);
 * `nominal: false` leaves out the noun compounds of ESCO verb phrases (taxonomy/nominal.ts).
 */
export function buildTaxonomy(opts: { train?: string; phrases?: PhraseThresholds; nominal?: boolean } = {}): {
  json: string;
  published: string;
  inputs: Record<string, string>;
  size: number;
  cw: number;
  moved: number;
  unresolved: string[];
  problems: string[];
} {
  const inputs: Record<string, string> = {};
  const raw = (f: InputFile) => {
    const t = readInput(dataDir, f);
    inputs[f] = sha256(t);
    return t;
  };
  const read = (f: InputFile) => raw(f).toString('utf8');
  const classification = raw('taxonomy/esco-1.1.1/esco-v1.1.1-classification-en-csv.zip');
  const relations = raw('taxonomy/esco-1.1.1/esco-v1.1.1-relations-csv.zip');
  const esco = (name: string) => readZipMember(classification, name);
  const escoRelations = (name: string) => readZipMember(relations, name);

  const train = opts.train ?? read('skillspan/train.json');
  const occupations = read('taxonomy/onet-29.2/occupation-data.tsv');
  const skillsCsv = esco('skills_en.csv');
  const collections = {
    digital: collectionUris(esco('digitalSkillsCollection_en.csv')),
    transversal: collectionUris(esco('transversalSkillsCollection_en.csv')),
    language: collectionUris(esco('languageSkillsCollection_en.csv')),
  };
  const escoDescriptions = [
    ...parseCsv(esco('digitalSkillsCollection_en.csv')),
    ...parseCsv(esco('transversalSkillsCollection_en.csv')),
    ...parseCsv(esco('languageSkillsCollection_en.csv')),
    ...parseCsv(esco('skillGroups_en.csv')),
  ].map((r) => r.description ?? '');
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

  const translated: [Draft, { es?: readonly string[]; fr?: readonly string[] }][] = [];
  for (const [name, kind, aliases, implies, options] of CURATED) {
    const { es, fr, ...rest } = options ?? {};
    const d = b.add({ name, kind, aliases: [...aliases], related: [] }, { ...rest, implies, source: 'curated' });
    for (const twin of options?.esco ?? []) if (d) b.claim(d, twin, true);
    if (d && (es || fr)) translated.push([d, { es, fr }]);
  }
  const companies = new Set(COMPANY_NAMES);
  const companiesUsed = new Set<string>();
  const bare = (name: string) => {
    const k = tokenize(name).join(' ');
    if (!companies.has(k)) return true;
    companiesUsed.add(k);
    return false;
  };
  for (const e of readLinguist(read('taxonomy/linguist/languages.yml'))) b.add(e, { source: 'linguist' });
  for (const e of readGithubTopics(read('taxonomy/github-explore-topics/topics.jsonl')))
    b.add(e, { source: 'github', bare: bare(e.name) });
  // Every word written in lower case in the prose and the SkillSpan sentences, however rarely.
  const lowerWords = new Set<string>();
  for (const text of [...occupationDescriptions, ...escoDescriptions, train])
    for (const w of text.split(/[^A-Za-z]+/)) if (w && /^[a-z]+$/.test(w)) lowerWords.add(w);
  for (const e of readOnetTech(
    read('taxonomy/onet-29.2/technology-skills.tsv'),
    (w) => prose.has(w),
    (w) => lowerWords.has(w),
  )) {
    const leftOut = ONET_LEFT_OUT[tokenize(e.name).join(' ')];
    if (leftOut === undefined) b.add(e, { source: 'onet', hot: e.hot, bare: bare(e.name) });
    else {
      const to = b.find(leftOut);
      if (!to) throw new Error(`ONET_LEFT_OUT: no skill named "${leftOut}"`);
      b.mergedIds.set(slugify(e.name), to);
    }
  }

  // ESCO: the skills pillar, with the labels the 1.2.0 collections gave the same concepts.
  const older = new Map<string, string>();
  for (const f of [
    'taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv',
    'taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv',
  ] as const)
    for (const r of parseCsv(read(f))) older.set(r.conceptUri ?? '', (r.preferredLabel ?? '').trim());
  const { popularity, together } = readOccupationLinks(escoRelations('occupationSkillRelations.csv'));
  // Names first, then alternative labels: one concept's alternative label is sometimes another's
  // name ("teach physics" under "teach chemistry"), and a name always wins. A product named with
  // its field ("Swift (computer programming)") merges into the product of that name.
  const pillar = readEscoSkills(skillsCsv, collections);
  for (const e of pillar) {
    const bare = e.name.replace(/\s*\([^)]*\)$/, '');
    b.add(
      { ...e, aliases: [], mergeKeys: bare !== e.name ? [bare] : [] },
      { source: 'esco', uri: e.uri, mergeByAlias: false },
    );
  }
  for (const e of pillar) {
    const d = b.byUri.get(e.uri);
    if (!d) continue;
    const before = older.get(e.uri);
    const aliases = e.aliases.filter((a) => tokenize(a).length <= ESCO_MAX_ALT_WORDS);
    if (before && before !== e.name) aliases.push(before);
    b.addLabels(d, b.sourceAliases(aliases, d.named), false);
  }
  // "plan menus" is written "menu planning" in ads (scripts/taxonomy/nominal.ts): hidden labels,
  // after every source label, so that a concept ESCO names so keeps its own.
  if (opts.nominal !== false)
    for (const e of pillar) {
      const d = b.byUri.get(e.uri);
      for (const n of d ? nominalisations([e.name, ...e.aliases]) : []) if (d) b.claim(d, n, false);
    }
  // Concepts the 1.2.0 collections added after 1.1.1 ("blockchain architecture", "data engineering").
  for (const f of [
    'taxonomy/esco-1.2.0/digitalSkillsCollection_en.csv',
    'taxonomy/esco-1.2.0/transversalSkillsCollection_en.csv',
  ] as const) {
    const csv = read(f);
    const uris = collectionUris(csv);
    const kinds = f.includes('digital')
      ? { digital: uris, transversal: new Set<string>(), language: new Set<string>() }
      : { digital: new Set<string>(), transversal: uris, language: new Set<string>() };
    for (const e of readEscoSkills(csv, kinds)) if (!b.byUri.has(e.uri)) b.add(e, { source: 'esco', uri: e.uri });
  }
  for (const { name, uris } of [
    ...readEscoLanguages(esco('languageSkillsCollection_en.csv')),
    ...readEscoLanguages(read('taxonomy/esco-1.2.0/languageSkillsCollection_en.csv')),
  ]) {
    const d = b.add({ name, kind: 'human-language', aliases: [], related: [] }, { source: 'esco' });
    if (!d) continue;
    for (const u of uris) {
      b.byUri.set(u, d);
      d.uris.push(u);
    }
  }
  for (const e of readOnetTools(read('taxonomy/onet-29.2/tools-used.tsv')))
    b.add(e, { source: 'onet-tools', gated: true, hot: e.occupations >= TOOL_HOT_OCCUPATIONS });
  // The all-labels list has no alt labels: only exact-name merges, never alias guesses.
  for (const e of readEscoAllLabels(read('taxonomy/esco-1.2.0/all-skill-labels-esco-1.1.0.txt'), ESCO_MAX_WORDS))
    if (tokenize(e.name).length) b.add(e, { source: 'esco-labels', mergeByAlias: false });
  // Names ads write, from the phrases SkillSpan's annotators marked (train split only). One
  // lower-case word marked once ("prototype") is also a verb or a plain noun: it counts only
  // where the text talks about skills (held-out F1 0.778 against 0.777 ungated, 0.775 with
  // every lower-case phrase gated: scripts/skillspan-cv.ts).
  for (const e of readSkillSpanPhrases(train, opts.phrases ?? SKILLSPAN_THRESHOLDS))
    b.add(e, {
      source: 'skillspan',
      mergeByAlias: false,
      gated: e.kind === 'domain' && tokenize(e.name).length === 1,
    });

  // Translations, by the concepts each skill holds.
  const es = readEscoTranslations(read('taxonomy/esco-1.0-es-fr/skills_es.csv'));
  const fr = readEscoTranslations(read('taxonomy/esco-1.0-es-fr/skills_fr.csv'));
  const ordinaryEs = new Set(ORDINARY_TRANSLATED.es);
  const ordinaryFr = new Set(ORDINARY_TRANSLATED.fr);
  for (const d of b.skills)
    for (const u of d.uris) {
      d.es.push(...(es.get(u) ?? []).filter((l) => !ordinaryEs.has(l)));
      d.fr.push(...(fr.get(u) ?? []).filter((l) => !ordinaryFr.has(l)));
    }
  // Curated names ads write in Spanish and French, after ESCO's (whose first stays the display name).
  for (const [d, t] of translated) {
    d.es.push(...(t.es ?? []));
    d.fr.push(...(t.fr ?? []));
  }

  // ESCO concept labels written in lower case: such a word is a skill by itself ("marketing").
  const conceptKeys = new Set<string>();
  for (const e of readEscoSkills(skillsCsv, collections))
    for (const l of [e.name, ...e.aliases]) {
      const t = tokenize(l);
      if (t.length === 1 && l === l.toLowerCase()) conceptKeys.add(t[0] as string);
    }
  const broader = new Map<string, string[]>();
  for (const [n, w] of readEscoBroader(escoRelations('broaderRelationsSkillPillar.csv')))
    broader.set(n, [...(broader.get(n) ?? []), w]);
  const relatedUris = new Map<string, string[]>(together);
  for (const [a, r] of readEscoSkillRelations(escoRelations('skillSkillRelations.csv')))
    relatedUris.set(a, [r, ...(relatedUris.get(a) ?? [])]);

  const published = readPublished();
  const { file, unresolved, problems } = emit({
    builder: b,
    forced: AMBIGUOUS_WORDS,
    conceptKeys,
    broader,
    relatedUris,
    popularity,
    published,
    writtenLower: (w) => lowerWords.has(w),
  });
  for (const w of ordinary) if (!ordinaryUsed.has(w)) problems.push(`ordinary word "${w}" is no source key`);
  for (const w of companies) if (!companiesUsed.has(w)) problems.push(`company name "${w}" is no source name`);
  const known = new Set(published.map(([id]) => id));
  const fresh = b.skills.filter((s) => !known.has(s.id)).map((s) => `${s.id}\t${s.name}`);
  const header = readFileSync(path.join(root, PUBLISHED), 'utf8').split('\n')[0] ?? '';
  const publishedText = `${[header, ...published.map((p) => p.join('\t')), ...fresh].join('\n')}\n`;
  return {
    json: serialize(file),
    published: publishedText,
    inputs,
    size: file.s.length,
    cw: file.cw.length + file.gw.length,
    moved: Object.keys(file.moved).length,
    unresolved,
    problems,
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const t0 = performance.now();
  const { json, published, inputs, size, cw, moved, unresolved, problems } = buildTaxonomy();
  if (unresolved.length) console.error(`unresolved curated implies: ${unresolved.join('; ')}`);
  for (const p of problems) console.error(p);
  if (unresolved.length || problems.length) process.exit(1);
  const scripts = Object.fromEntries(TAXONOMY_SCRIPT_FILES.map((f) => [f, sha256(readFileSync(path.join(root, f)))]));
  const manifest = `${JSON.stringify({ output: { [OUT]: sha256(json) }, scripts, inputs }, null, 2)}\n`;
  if (check) {
    const same = (f: string, s: string) =>
      existsSync(path.join(root, f)) && readFileSync(path.join(root, f), 'utf8') === s;
    const ok = same(OUT, json) && same(MANIFEST, manifest) && same(PUBLISHED, published);
    console.log(
      ok
        ? `taxonomy up to date (${size} skills)`
        : 'taxonomy differs from its script or inputs: run npm run build:taxonomy',
    );
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(path.join(root, OUT), json);
  writeFileSync(path.join(root, MANIFEST), manifest);
  writeFileSync(path.join(root, PUBLISHED), published);
  console.log(
    `${OUT}: ${size} skills, ${cw} common-word keys, ${moved} moved ids, ${(json.length / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
