/**
 * Two-fold cross-validation of what the taxonomy build learns from the SkillSpan train split:
 * the train postings are cut into two halves (alternate postings of each source), the taxonomy
 * is built from one half and measured on the other, and the other way round. The held-out
 * figures tell how a threshold of scripts/taxonomy/skillspan.ts or of the word counts in
 * build-taxonomy.ts does on postings it never saw, without looking at the dev split.
 *
 *   npx tsx scripts/skillspan-cv.ts [--errors N] [--votes N] [--postings N] [--share X] [--max-tokens N]
 *                                   [--no-nominal]
 *
 * Prints, per source (tech, house), each fold's posting-level precision and recall (the metric of
 * scripts/skill-accuracy.ts) and their mean; `--errors N` lists the N most frequent held-out
 * errors of each fold. The other flags replace one of the phrase thresholds of
 * scripts/taxonomy/skillspan.ts (SKILLSPAN_THRESHOLDS) for the run; `--no-nominal` builds without
 * the noun compounds of ESCO's verb phrases (scripts/taxonomy/nominal.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideTaxonomyData } from '../lib/skills/taxonomy';
import { provideTaggerData } from '../lib/skills/tagger';
import { Engine } from '../lib/background/engine';
import { buildTaxonomy } from './build-taxonomy';
import { SKILLSPAN_THRESHOLDS } from './taxonomy/skillspan';
import { readRows, score, type Row } from './skill-accuracy';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['tech', 'house'] as const;

/** The train split's JSON lines cut into two halves: alternate postings of each source. */
export function halves(jsonLines: string): [string, string] {
  const lines = jsonLines.split('\n').filter((l) => l.trim());
  const order = new Map<string, number[]>();
  for (const l of lines) {
    const r = JSON.parse(l) as Row;
    const list = order.get(r.source) ?? [];
    if (!list.includes(r.idx)) list.push(r.idx);
    order.set(r.source, list);
  }
  const fold = new Map<number, number>();
  for (const list of order.values()) list.forEach((idx, i) => fold.set(idx, i % 2));
  const out: [string[], string[]] = [[], []];
  for (const l of lines) (fold.get((JSON.parse(l) as Row).idx) === 1 ? out[1] : out[0]).push(l);
  return [`${out[0].join('\n')}\n`, `${out[1].join('\n')}\n`];
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1] ?? fallback) : fallback;
}

function main(): void {
  const errors = flag('--errors', 0);
  const t = SKILLSPAN_THRESHOLDS;
  const phrases = {
    minVotes: flag('--votes', t.minVotes),
    minPostings: flag('--postings', t.minPostings),
    minShare: flag('--share', t.minShare),
    maxTokens: flag('--max-tokens', t.maxTokens),
  };
  console.log(`phrase thresholds: ${JSON.stringify(phrases)}`);
  const train = readFileSync(path.resolve(root, '../shared/data/skillspan/train.json'), 'utf8');
  const [a, b] = halves(train);
  // The phrase tagger learned from the whole train split, held-out halves included: this measures
  // the rules and the taxonomy alone (`npm run build:tagger -- --cv` measures them with the tagger).
  provideTaggerData(null);
  const figures = new Map<string, { p: number; r: number }[]>();
  for (const [fit, test, name] of [
    [a, b, 'fit A, test B'],
    [b, a, 'fit B, test A'],
  ] as const) {
    const t0 = performance.now();
    const { json } = buildTaxonomy({ train: fit, phrases, nominal: !process.argv.includes('--no-nominal') });
    provideTaxonomyData(JSON.parse(json));
    const engine = new Engine();
    for (const source of SOURCES) {
      const s = score(readRows(test, source), engine);
      const list = figures.get(source) ?? [];
      list.push({ p: s.precision, r: s.recall });
      figures.set(source, list);
      console.log(
        `${name}, ${source}: ${s.postings} postings, ${s.gold} gold, ${s.predicted} predicted; ` +
          `precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`,
      );
      if (errors > 0) {
        const top = (list: [string, number][]) => list.slice(0, errors).map(([k, n]) => `    ${n}\t${k}`);
        console.log(['  wrong:', ...top(s.wrong), '  missed:', ...top(s.missed)].join('\n'));
      }
    }
    console.log(`  (built and measured in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  for (const [source, list] of figures) {
    const mean = (f: (x: { p: number; r: number }) => number) => list.reduce((n, x) => n + f(x), 0) / list.length;
    const p = mean((x) => x.p);
    const r = mean((x) => x.r);
    console.log(
      `held-out mean, ${source}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(p + r, 1e-9)).toFixed(3)}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
