// The real-page check: `../shared/tools/real-pages.py` runs the scan command on job pages as the
// sites served them (kept in ../shared/pages/real, never copied here) and compares each with a
// person's reading. It fails below FLOOR, the share of checks right. `.ci/run` calls it after the
// test suite; a clone without ../shared (a user's) has nothing to check and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Raise it as the readers and the skill engine improve; never lower it to pass. */
const FLOOR = 0.7;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, '..', 'shared', 'tools', 'real-pages.py');
if (!existsSync(tool) || !existsSync(join(root, '..', 'shared', 'pages', 'real'))) {
  console.log('real-page check: skipped (no ../shared/pages/real beside this clone)');
  process.exit(0);
}
const r = spawnSync('python3', [tool, '--min', String(FLOOR)], { cwd: root, stdio: 'inherit' });
if (r.error) {
  console.error(`real-page check: could not run python3 (${r.error.message})`);
  process.exit(1);
}
process.exit(r.status ?? 1);
