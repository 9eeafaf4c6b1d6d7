// `npm test`: type check, unit tests, build, then the browser tests on the built extension.
// Ends with one line "N passed, N failed" summed over Vitest and Playwright.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
const run = (label, cmd, args, env = {}) => {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
let broken = false;

if (run('type check', 'npx', ['tsc', '--noEmit']) !== 0) broken = true;

rmSync('.tmp/vitest.json', { force: true });
const unit = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
]);
const v = readJson('.tmp/vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (unit !== 0 && (!v || v.numFailedTests === 0)) broken = true;

if (run('build (Chrome)', 'npx', ['wxt', 'build']) !== 0) broken = true;
else {
  rmSync('.tmp/playwright.json', { force: true });
  const e2e = run('browser tests', 'npx', ['playwright', 'test'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/playwright.json',
  });
  const p = readJson('.tmp/playwright.json');
  if (p) {
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  }
  if (e2e !== 0 && (!p || p.stats.unexpected === 0)) broken = true;
}

if (broken) {
  console.error('\nA step failed before its tests could be counted (see above).');
  failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
