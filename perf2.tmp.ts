import { readFileSync } from 'node:fs';
import { taxonomyFromFile } from './lib/skills/taxonomy';
import { indexFor } from './lib/skills/matcher';
import { normalizeKey } from './lib/skills/tokens';
const txt = readFileSync('lib/skills/data/taxonomy.json', 'utf8');
for (let i = 0; i < 5; i++) {
  const a = performance.now();
  const f = JSON.parse(txt);
  const b = performance.now();
  const t = taxonomyFromFile(f);
  const c = performance.now();
  indexFor(t);
  const d = performance.now();
  let n = 0; for (const r of f.s) { normalizeKey(r[1]); for (const x of r[3]) {normalizeKey(x); n++;} }
  const e = performance.now();
  console.log(`parse ${(b-a).toFixed(1)} construct ${(c-b).toFixed(1)} index ${(d-c).toFixed(1)} keys-only ${(e-d).toFixed(1)} aliases ${n}`);
}
