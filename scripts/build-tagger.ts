/**
 * Trains the phrase tagger (lib/skills/tagger.ts) on the SkillSpan train split
 * (../shared/data/skillspan/train.json, MIT licence, Zhang et al., NAACL 2022) and writes
 * lib/skills/data/tagger.json with its manifest. Only the train split is read: the dev split is
 * the benchmark.
 *
 *   npm run build:tagger            train and write the data file and manifest
 *   npm run build:tagger -- --check fail when the committed files differ from a fresh build
 *   npm run build:tagger -- --cv    two-fold cross-validation inside train: held-out precision
 *                                   and recall of the whole extractor at a few biases
 *
 * What it learns from: each train posting read by the extractor (`taggerInput`: its tokens, the
 * matcher's candidates, the skills the context rules kept), with the knowledge spans a person
 * marked as the tags. The extractor's view of a posting comes from a taxonomy built without that
 * posting's half of the split (the halves of scripts/skillspan-cv.ts), as it will be on ads the
 * taxonomy never saw; otherwise the tagger would learn to trust names the build took from the
 * very postings it is trained on.
 *
 * Deterministic: a fixed shuffle seed, and the same arithmetic in every run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideTaxonomyData, loadTaxonomy } from '../lib/skills/taxonomy';
import { taggerInput } from '../lib/skills/extract';
import {
  FEATURES_PER_TOKEN,
  Tag,
  TaggerFeatures,
  blankRuleFeatures,
  prevTagBucket,
  provideTaggerData,
  scoreTags,
  toBase64,
  type TaggerData,
} from '../lib/skills/tagger';
import { Engine } from '../lib/background/engine';
import { buildTaxonomy } from './build-taxonomy';
import { halves } from './skillspan-cv';
import { readRows, score, spans, type Row } from './skill-accuracy';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'lib/skills/data/tagger.json';
const MANIFEST = 'lib/skills/data/tagger.manifest.json';
const TRAIN = '../shared/data/skillspan/train.json';

/** The settings of the model, chosen by `--cv` (figures in the README). */
export const TAGGER_SETTINGS = { bits: 16, epochs: 6, bias: 5, blank: 0.3, seed: 20221, prune: 0.02 };

/** Files whose change changes what the tagger sees or learns: the manifest records their hashes. */
const SCRIPTS = [
  'scripts/build-tagger.ts',
  'lib/skills/tagger.ts',
  'lib/skills/extract.ts',
  'lib/skills/matcher.ts',
  'lib/skills/trie.ts',
  'lib/skills/context.ts',
  'lib/skills/clauses.ts',
  'lib/skills/lexicon.ts',
  'lib/skills/requirements.ts',
  'lib/skills/slots.ts',
  'lib/skills/brackets.ts',
  'lib/skills/stem.ts',
  'lib/skills/tokens.ts',
  'lib/skills/language.ts',
  'lib/skills/keys.ts',
  'lib/skills/data/taxonomy.json',
];

/** One posting as the tagger learns from it. */
interface Example {
  features: Int32Array;
  tags: Uint8Array;
  lineStart: Uint8Array;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The postings of a JSON-lines split, each as the text the accuracy scripts read and its gold. */
function postingsOf(jsonLines: string): { text: string; gold: [number, number][] }[] {
  const out: { text: string; gold: [number, number][] }[] = [];
  for (const source of ['tech', 'house']) {
    const byIdx = new Map<number, Row[]>();
    for (const r of readRows(jsonLines, source)) {
      const list = byIdx.get(r.idx) ?? [];
      list.push(r);
      byIdx.set(r.idx, list);
    }
    for (const rows of byIdx.values()) {
      let text = '';
      const gold: [number, number][] = [];
      for (const r of rows) {
        const offs: [number, number][] = [];
        r.tokens.forEach((t, j) => {
          if (j) text += ' ';
          offs.push([text.length, text.length + t.length]);
          text += t;
        });
        text += '\n';
        for (const [a, b] of spans(r.tags_knowledge)) gold.push([offs[a]![0], offs[b - 1]![1]]);
      }
      out.push({ text, gold });
    }
  }
  return out;
}

/** A posting read with the taxonomy that is provided now, its tokens tagged from the gold spans. */
function exampleOf(p: { text: string; gold: [number, number][] }, mask: number): Example {
  const input = taggerInput(p.text, loadTaxonomy());
  const f = new TaggerFeatures(input);
  const n = f.count;
  const features = new Int32Array(n * FEATURES_PER_TOKEN);
  const tags = new Uint8Array(n);
  const lineStart = new Uint8Array(n);
  const row = new Int32Array(FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    f.write(i, mask, row);
    features.set(row, i * FEATURES_PER_TOKEN);
    lineStart[i] = f.startsLine(i) ? 1 : 0;
  }
  // A token inside a gold span is I, the span's first token B.
  const { start, end } = input.tokens;
  let g = 0;
  const gold = [...p.gold].sort((a, b) => a[0] - b[0]);
  let inSpan = -1;
  for (let i = 0; i < n; i++) {
    const s = start[i] as number;
    const e = end[i] as number;
    while (g < gold.length && gold[g]![1] <= s) g++;
    const span = g < gold.length && gold[g]![0] < e ? g : -1;
    tags[i] = span < 0 ? Tag.O : span === inSpan && !lineStart[i] ? Tag.I : Tag.B;
    inSpan = span;
  }
  return { features, tags, lineStart };
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Averaged perceptron: the averaged weights, (1 << bits) × 3. */
function train(examples: readonly Example[], settings = TAGGER_SETTINGS): Float32Array {
  const size = (1 << settings.bits) * 3;
  const mask = (1 << settings.bits) - 1;
  const w = new Float64Array(size);
  const acc = new Float64Array(size);
  const prevBucket = [prevTagBucket(Tag.O, mask), prevTagBucket(Tag.B, mask), prevTagBucket(Tag.I, mask)];
  const score = new Float64Array(3);
  let c = 1;
  const update = (f: Int32Array, prev: number, tag: number, v: number) => {
    for (let k = 0; k < f.length; k++) {
      const at = (f[k] as number) * 3 + tag;
      w[at] = (w[at] as number) + v;
      acc[at] = (acc[at] as number) + c * v;
    }
    const at = prev * 3 + tag;
    w[at] = (w[at] as number) + v;
    acc[at] = (acc[at] as number) + c * v;
  };
  // a copy of each posting's features with the rules' part blanked (`blank` of its tokens, at random)
  const blankRate = settings.blank;
  let seed = settings.seed >>> 0;
  const rnd = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const withBlanks = blankRate
    ? examples.map((ex) => {
        const features = ex.features.slice();
        for (let i = 0; i < ex.tags.length; i++)
          if (rnd() < blankRate) blankRuleFeatures(features, i * FEATURES_PER_TOKEN, mask);
        return { ...ex, features };
      })
    : examples;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const ex of shuffled(withBlanks, settings.seed + epoch)) {
      const n = ex.tags.length;
      let prev: Tag = Tag.O;
      for (let i = 0; i < n; i++) {
        const f = ex.features.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN);
        const pb = prevBucket[prev] as number;
        scoreTags(w, f, pb, score);
        let best = 0;
        for (let t = 1; t < 3; t++) if ((score[t] as number) > (score[best] as number)) best = t;
        const gold = ex.tags[i] as Tag;
        if (best !== gold) {
          update(f, pb, gold, 1);
          update(f, pb, best, -1);
        }
        c++;
        prev = gold;
      }
    }
  }
  const out = new Float32Array(size);
  for (let k = 0; k < size; k++) out[k] = (w[k] as number) - (acc[k] as number) / c;
  return out;
}

/** The data file of trained weights: buckets with any weight above `prune`, int16 quantized. */
function dataOf(weights: Float32Array, settings = TAGGER_SETTINGS): TaggerData {
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const at: number[] = [];
  const w: number[] = [];
  for (let b = 0; b < weights.length / 3; b++) {
    const row = [weights[b * 3] as number, weights[b * 3 + 1] as number, weights[b * 3 + 2] as number];
    if (row.every((x) => Math.abs(x) < settings.prune)) continue;
    at.push(b);
    for (const x of row) w.push(Math.round(x / scale));
  }
  return {
    v: 1,
    bits: settings.bits,
    bias: settings.bias,
    scale: Number(scale.toPrecision(9)),
    at: toBase64(new Uint8Array(new Int32Array(at).buffer)),
    w: toBase64(new Uint8Array(new Int16Array(w).buffer)),
  };
}

function fold(jsonLines: string): { examples: [Example[], Example[]]; taxonomies: [string, string] } {
  const [a, b] = halves(jsonLines);
  const mask = (1 << TAGGER_SETTINGS.bits) - 1;
  // the taxonomy built from half A reads half B, and the other way round
  const fromA = buildTaxonomy({ train: a }).json;
  const fromB = buildTaxonomy({ train: b }).json;
  provideTaxonomyData(JSON.parse(fromB));
  const exA = postingsOf(a).map((p) => exampleOf(p, mask));
  provideTaxonomyData(JSON.parse(fromA));
  const exB = postingsOf(b).map((p) => exampleOf(p, mask));
  return { examples: [exA, exB], taxonomies: [fromA, fromB] };
}

function build(): { json: string; manifest: string } {
  const train = readFileSync(path.resolve(root, TRAIN), 'utf8');
  const { examples } = fold(train);
  const data = dataOf(train_(examples));
  const json = `${JSON.stringify(data)}\n`;
  const scripts: Record<string, string> = {};
  for (const f of SCRIPTS) scripts[f] = sha256(readFileSync(path.join(root, f)));
  const manifest = {
    output: { [OUT]: sha256(json) },
    scripts,
    inputs: { 'skillspan/train.json': sha256(train) },
    settings: TAGGER_SETTINGS,
  };
  return { json, manifest: `${JSON.stringify(manifest, null, 2)}\n` };
}
const train_ = (examples: [Example[], Example[]]) => train([...examples[0], ...examples[1]]);

function crossValidate(): void {
  const train0 = readFileSync(path.resolve(root, TRAIN), 'utf8');
  const [a, b] = halves(train0);
  const { examples, taxonomies } = fold(train0);
  const list = (flag: string, fallback: number) =>
    process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1]!.split(',').map(Number) : [fallback];
  const models = [examples[0], examples[1]].map((ex) => dataOf(train(ex)));
  for (const bias of list('--biases', TAGGER_SETTINGS.bias)) {
    const sums = new Map<string, { p: number; r: number }>();
    // train on half A (read by the taxonomy from B), test on half B with the taxonomy from A; and back
    for (const [k, test] of [
      [0, b],
      [1, a],
    ] as const) {
      provideTaxonomyData(JSON.parse(taxonomies[k]));
      provideTaggerData({ ...models[k], bias });
      const engine = new Engine();
      for (const source of ['tech', 'house']) {
        const s = score(readRows(test, source), engine);
        const x = sums.get(source) ?? { p: 0, r: 0 };
        sums.set(source, { p: x.p + s.precision / 2, r: x.r + s.recall / 2 });
      }
    }
    for (const [source, x] of sums)
      console.log(`bias ${bias}, ${source}: held-out precision ${x.p.toFixed(3)} recall ${x.r.toFixed(3)}`);
  }
}

function main(): void {
  if (process.argv.includes('--cv')) return crossValidate();
  const t0 = performance.now();
  const { json, manifest } = build();
  if (process.argv.includes('--check')) {
    const same =
      readFileSync(path.join(root, OUT), 'utf8') === json &&
      readFileSync(path.join(root, MANIFEST), 'utf8') === manifest;
    console.log(same ? 'tagger data is up to date' : `${OUT} differs from a fresh build: run npm run build:tagger`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(path.join(root, OUT), json);
  writeFileSync(path.join(root, MANIFEST), manifest);
  console.log(
    `wrote ${OUT} (${(json.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
