import { extractSkills, loadTaxonomy } from './lib/skills/index';
const t = loadTaxonomy();
for (const q of process.argv.slice(2).filter(a=>a.startsWith('?'))) { const s = t.resolve(q.slice(1)); console.log(q, '->', s && JSON.stringify({...s, aliases: s.aliases.slice(0,12)})); }
for (const q of process.argv.slice(2).filter(a=>!a.startsWith('?'))) console.log(q, '=>', JSON.stringify(extractSkills(q).map(s=>[s.id, s.mentions.map(m=>m.text).join('|')])));
