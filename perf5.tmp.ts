import { readFileSync } from 'node:fs';
import { extractSkills, loadTaxonomy } from './lib/skills/index';
import { tokenizeText } from './lib/skills/matcher';
const base = readFileSync('tests/fixtures/text/skillspan-train.txt', 'utf8');
const text = base.repeat(11);
loadTaxonomy(); extractSkills(base);
const cpu = (f: () => unknown) => { const a = process.cpuUsage(); f(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
for (let r = 0; r < 8; r++) {
  const t = cpu(() => tokenizeText(text));
  const e = cpu(() => extractSkills(text));
  const b = cpu(() => text.toLowerCase().split(/[^a-z0-9]+/).length);
  console.log(`tokenize ${t.toFixed(0)} extract ${e.toFixed(0)} baseline ${b.toFixed(0)} ratio ${(e/b).toFixed(2)}`);
}
