/**
 * Skill-extraction accuracy on SkillSpan (../shared/data/skillspan), any source and split:
 *
 *   npm run --silent accuracy -- [--source tech|house] [--split dev|train] [--errors N]
 *
 * The same metric as ../shared/tools/skill-accuracy.py (which measures the dev split's tech
 * source only): the source's sentences, tokens joined by spaces, one a line, are read as one
 * text by the extension's own engine (the scan command's path), and scored per posting:
 * - a predicted skill is right when one of its mentions in that posting overlaps a gold SKILL or
 *   KNOWLEDGE span;
 * - a gold KNOWLEDGE span (distinct lowercased text per posting) is found when any of its
 *   occurrences in that posting is overlapped by a mention.
 * Offsets are UTF-16 units, as the scan prints them; the shared tool counts code points, so after
 * an emoji (two in the dev split's tech source) its tech figures differ in the third decimal.
 * `--errors N` lists N wrong predictions and N missed spans, most frequent first: use it on the
 * train split. The dev split is a check, never a source of aliases.
 */
import '../lib/skills/node-data'; // the taxonomy data file, from disk
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../lib/background/engine';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Span = [number, number];

/** BIO tags -> token spans [start, end), as the shared tool reads them. */
export function spans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let s: number | null = null;
  const all = [...tags, 'O'];
  for (let i = 0; i < all.length; i++) {
    const g = all[i] as string;
    if (g.startsWith('B') || g === 'O' || (g.startsWith('I') && s === null)) {
      if (s !== null) {
        out.push([s, i]);
        s = null;
      }
      if (g.startsWith('B')) s = i;
    }
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** One SkillSpan sentence. */
export interface Row {
  idx: number;
  tokens: string[];
  tags_skill: string[];
  tags_knowledge: string[];
  source: string;
}

/** The rows of one split's source, as JSON lines. */
export function readRows(jsonLines: string, source: string): Row[] {
  return jsonLines
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => r.source === source && r.tokens.length);
}

export interface Score {
  postings: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  mentionPrecision: number;
  ms: number;
  /** posting-level errors, most frequent first: `skill id <- "text"` and missed span texts */
  wrong: [string, number][];
  missed: [string, number][];
}

/**
 * Posting-level precision and recall of `engine` on `rows` (see the header): the sentences,
 * tokens joined by spaces, one a line, read as one text.
 */
export function score(rows: readonly Row[], engine: Engine): Score {
  let text = '';
  const offsets: Span[][] = [];
  for (const r of rows) {
    const offs: Span[] = [];
    r.tokens.forEach((t, j) => {
      if (j) text += ' ';
      offs.push([text.length, text.length + t.length]);
      text += t;
    });
    text += '\n';
    offsets.push(offs);
  }
  const t0 = performance.now();
  const skills = engine.extract(text);
  const ms = performance.now() - t0;
  const mentions = skills
    .flatMap((s) => s.mentions.map((m) => ({ span: [m.start, m.end] as Span, id: s.id, text: m.text })))
    .sort((a, b) => a.span[0] - b.span[0]);

  let mPred = 0;
  let mOk = 0;
  const predicted = new Map<number, Map<string, boolean>>();
  const gold = new Map<number, Map<string, boolean>>();
  const wrong = new Map<string, number>();
  const missed = new Map<string, number>();
  const firstText = new Map<string, string>();
  let m = 0;
  rows.forEach((r, k) => {
    const offs = offsets[k] as Span[];
    const lo = (offs[0] as Span)[0];
    const hi = (offs[offs.length - 1] as Span)[1];
    while (m < mentions.length && (mentions[m]?.span[0] ?? 0) < lo) m++;
    const pred: typeof mentions = [];
    for (let i = m; i < mentions.length && (mentions[i]?.span[0] ?? 0) < hi; i++) pred.push(mentions[i] as never);
    const tokSpan = ([a, b]: Span): Span => [(offs[a] as Span)[0], (offs[b - 1] as Span)[1]];
    const gk = spans(r.tags_knowledge).map(([a, b]) => ({
      span: tokSpan([a, b]),
      key: r.tokens.slice(a, b).join(' ').toLowerCase(),
    }));
    const gs = spans(r.tags_skill).map(tokSpan);
    let p = predicted.get(r.idx);
    if (!p) predicted.set(r.idx, (p = new Map()));
    let g = gold.get(r.idx);
    if (!g) gold.set(r.idx, (g = new Map()));
    for (const x of pred) {
      const hit = gk.some((s) => overlaps(x.span, s.span)) || gs.some((s) => overlaps(x.span, s));
      p.set(x.id, (p.get(x.id) ?? false) || hit);
      mPred++;
      if (hit) mOk++;
      else if (!firstText.has(`${r.idx} ${x.id}`)) firstText.set(`${r.idx} ${x.id}`, x.text);
    }
    for (const s of gk) {
      const hit = pred.some((x) => overlaps(s.span, x.span));
      g.set(s.key, (g.get(s.key) ?? false) || hit);
    }
  });
  // Errors at the posting level, as the figures count them: a skill read in a posting where none
  // of its mentions overlaps a span; a gold span found nowhere in its posting.
  for (const [idx, p] of predicted)
    for (const [id, ok] of p) {
      const k = `${id} <- "${firstText.get(`${idx} ${id}`) ?? ''}"`;
      if (!ok) wrong.set(k, (wrong.get(k) ?? 0) + 1);
    }
  for (const g of gold.values()) for (const [key, ok] of g) if (!ok) missed.set(key, (missed.get(key) ?? 0) + 1);
  const count = (maps: Map<number, Map<string, boolean>>, onlyTrue: boolean) =>
    [...maps.values()].reduce((n, mp) => n + [...mp.values()].filter((v) => !onlyTrue || v).length, 0);
  const pn = count(predicted, false);
  const gn = count(gold, false);
  const byCount = (mp: Map<string, number>) => [...mp].sort((a, b) => b[1] - a[1]);
  return {
    postings: gold.size,
    gold: gn,
    predicted: pn,
    precision: count(predicted, true) / Math.max(pn, 1),
    recall: count(gold, true) / Math.max(gn, 1),
    mentionPrecision: mOk / Math.max(mPred, 1),
    ms,
    wrong: byCount(wrong),
    missed: byCount(missed),
  };
}

function main(): void {
  const source = arg('--source', 'house');
  const split = arg('--split', 'dev');
  const errors = Number(arg('--errors', '0'));
  const file = path.resolve(root, `../shared/data/skillspan/${split}.json`);
  const s = score(readRows(readFileSync(file, 'utf8'), source), new Engine());
  const P = s.precision;
  const R = s.recall;
  const F = (2 * P * R) / Math.max(P + R, 1e-9);
  console.log(
    `SkillSpan ${split}, ${source} source, ${s.postings} postings: ${s.gold} gold knowledge skills, ${s.predicted} predicted; ` +
      `mention-level precision ${s.mentionPrecision.toFixed(3)}; extraction ${s.ms.toFixed(0)} ms`,
  );
  console.log(`posting-level precision ${P.toFixed(3)} recall ${R.toFixed(3)} F1 ${F.toFixed(3)}`);
  if (errors > 0) {
    const top = (list: [string, number][]) =>
      list
        .slice(0, errors)
        .map(([k, n]) => `  ${n}\t${k}`)
        .join('\n');
    console.log(`wrong predictions:\n${top(s.wrong)}\nmissed knowledge spans:\n${top(s.missed)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
