/**
 * Writes tests/fixtures/text/skillspan-train.txt, the job-ad text `npm run bench` repeats to
 * several MB: every SkillSpan train sentence (tokens joined by spaces, one a line), with a
 * manifest beside it. `--check` regenerates in memory and exits 1 when the files differ.
 *
 *   npx tsx scripts/taxonomy/build-bench-corpus.ts [--check]
 *
 * SkillSpan: Zhang et al., NAACL 2022, MIT licence (see tests/fixtures/text/README.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const input = path.resolve(root, '../shared/data/skillspan/train.json');
const OUT = 'tests/fixtures/text/skillspan-train.txt';
const MANIFEST = 'tests/fixtures/text/skillspan-train.manifest.json';
const SCRIPT = 'scripts/taxonomy/build-bench-corpus.ts';

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function build(): { text: string; manifest: string } {
  const raw = readFileSync(input, 'utf8');
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { tokens: string[] };
    if (r.tokens.length) lines.push(r.tokens.join(' '));
  }
  const text = `${lines.join('\n')}\n`;
  const manifest = `${JSON.stringify(
    {
      output: { [OUT]: sha256(text) },
      scripts: { [SCRIPT]: sha256(readFileSync(path.join(root, SCRIPT))) },
      inputs: { 'skillspan/train.json': sha256(raw) },
    },
    null,
    2,
  )}\n`;
  return { text, manifest };
}

const { text, manifest } = build();
if (process.argv.includes('--check')) {
  const same = (f: string, s: string) =>
    existsSync(path.join(root, f)) && readFileSync(path.join(root, f), 'utf8') === s;
  const ok = same(OUT, text) && same(MANIFEST, manifest);
  console.log(
    ok ? 'bench corpus up to date' : 'bench corpus differs: run npx tsx scripts/taxonomy/build-bench-corpus.ts',
  );
  process.exit(ok ? 0 : 1);
}
writeFileSync(path.join(root, OUT), text);
writeFileSync(path.join(root, MANIFEST), manifest);
console.log(`${OUT}: ${(text.length / 1024).toFixed(0)} KiB`);
