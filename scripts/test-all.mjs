// `npm test`: type check, unit tests, build, then the browser tests on the built extension.
// Ends with one line "N passed, N failed" summed over Vitest and Playwright.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureChromium, INSTALL_HINT } from './find-chromium.mjs';

// Written to a log (CI, a pipe, a file) rather than a terminal, the output is plain text: no colours
// (NO_COLOR, which Vitest and consola honour), and the build's spinner is taken out (plainLine).
const PLAIN = !process.stdout.isTTY || Boolean(process.env.CI);
const colours = PLAIN && !process.env.FORCE_COLOR ? { NO_COLOR: '1' } : {};

// Chromium first: a missing browser is found out before minutes of other steps, and got if it can be.
const chromium = ensureChromium();
if (!chromium) {
  const path = process.env.CHROMIUM_PATH;
  console.error(path ? `CHROMIUM_PATH=${path} is not a file. ${INSTALL_HINT}` : INSTALL_HINT);
  process.exit(1);
}

mkdirSync('.tmp', { recursive: true });
const run = (label, cmd, args, env = {}) => {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...colours, ...env } });
  return r.status ?? 1;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

// eslint-disable-next-line no-control-regex -- escape sequences are what is removed
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** What a terminal shows of a line: the text after its last carriage return, without escape codes. */
const plainLine = (line) =>
  line
    .split('\r')
    .map((part) => part.replace(ESCAPES, '').trimEnd())
    .filter(Boolean)
    .at(-1) ?? '';

/**
 * WXT draws its build spinner with carriage returns and cursor codes wherever its output goes
 * (wxt/dist/core/utils/spinner.mjs asks neither isTTY nor CI; consola's CI mode changes only the
 * log prefixes), so for a log the build's standard output is passed through plainLine.
 */
const build = (label, cmd, args) => {
  if (!PLAIN) return run(label, cmd, args);
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...colours } });
    let partial = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) console.log(plainLine(line));
    });
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      if (partial) console.log(plainLine(partial));
      resolve(code ?? 1);
    });
  });
};

let passed = 0;
let failed = 0;
let broken = false;

if (run('type check', 'npx', ['tsc', '--noEmit']) !== 0) broken = true;
// ESLint, Prettier and the import-cycle check: a style or structure problem fails the run too.
if (run('lint', 'npm', ['run', '--silent', 'lint']) !== 0) broken = true;

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

if ((await build('build (Chrome)', 'npx', ['wxt', 'build'])) !== 0) broken = true;
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
