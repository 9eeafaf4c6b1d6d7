import { readFileSync } from 'node:fs';
import { extractSkills, loadTaxonomy } from './lib/skills/index';
import { indexFor, tokenizeText, findCandidates } from './lib/skills/matcher';
import { applyContext } from './lib/skills/context';
import { ClauseIndex } from './lib/skills/clauses';
const base = readFileSync('tests/fixtures/text/skillspan-train.txt', 'utf8');
const text = base.repeat(11);
const t = loadTaxonomy(); const idx = indexFor(t); extractSkills(base);
for (let r = 0; r < 3; r++) {
let a = performance.now(); const toks = tokenizeText(text); let b = performance.now();
const c = findCandidates(idx, toks); let c2 = performance.now();
const ctx = applyContext(text, toks, c, idx.skill, new ClauseIndex(text, toks)); let d = performance.now();
const all = extractSkills(text); let e = performance.now();
const sp = text.toLowerCase().split(/[^a-z0-9]+/).length; let f = performance.now();
console.log(`tokenize ${(b-a).toFixed(0)} find ${(c2-b).toFixed(0)} context ${(d-c2).toFixed(0)} full ${(e-d).toFixed(0)} baseline ${(f-e).toFixed(0)} cands ${c.length} kept ${ctx.length}`);
}
