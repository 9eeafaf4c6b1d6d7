import { readFileSync } from 'node:fs';
import { extractSkills, loadTaxonomy } from './lib/skills/index';
const base = readFileSync('tests/fixtures/text/skillspan-train.txt', 'utf8');
const text = base.repeat(11);
loadTaxonomy(); extractSkills(base);
for (let r = 0; r < 4; r++) extractSkills(text);
