// Finds the Chromium the browser tests drive: CHROMIUM_PATH, else the usual system paths, else the
// one Playwright downloads. When there is none, `npm test` gets one itself where it can
// (ensureChromium): Playwright's own download (any platform, needs the internet), then Debian's
// package when it may install system packages (root, or sudo without a password), as .ci/run does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.';

/** @returns {string | null} */
export function findChromium(env = process.env, exists = existsSync, bundled = chromium.executablePath()) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return [...SYSTEM_PATHS, bundled].find((p) => exists(p)) ?? null;
}

/**
 * The ways to get a Chromium on this machine, in the order to try them. Pure: `situation()` says
 * what the machine is. A CHROMIUM_PATH that names no file is the user's choice gone wrong: nothing
 * is installed over it.
 * @param {{ platform: string, chromiumPathSet: boolean, isRoot: boolean, passwordlessSudo: boolean, hasAptGet: boolean }} s
 * @returns {{ method: 'playwright' | 'apt', steps: string[][] }[]}
 */
export function installPlans(s) {
  if (s.chromiumPathSet) return [];
  // Chrome for Testing into Playwright's cache (~/.cache/ms-playwright); --no-shell: the tests drive
  // the full browser, not the headless shell.
  const plans = [{ method: 'playwright', steps: [['npx', 'playwright', 'install', '--no-shell', 'chromium']] }];
  if (s.platform === 'linux' && s.hasAptGet && (s.isRoot || s.passwordlessSudo)) {
    const sudo = s.isRoot ? [] : ['sudo', '-n'];
    plans.push({
      method: 'apt',
      steps: [
        [...sudo, 'apt-get', 'update', '-qq'],
        [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  }
  return plans;
}

/** What `installPlans` needs to know about this machine. */
export function situation(env = process.env) {
  const isRoot = process.getuid?.() === 0;
  const ok = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return {
    platform: process.platform,
    chromiumPathSet: Boolean(env.CHROMIUM_PATH),
    isRoot,
    hasAptGet: process.platform === 'linux' && ok('apt-get', ['--version']),
    passwordlessSudo: !isRoot && process.platform === 'linux' && ok('sudo', ['-n', 'true']),
  };
}

/** Runs a step quietly; on failure returns its last error line, so that a failed try costs one line. */
function runStep(argv) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 15 * 60_000 });
  if (r.status === 0) return null;
  const lines = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /^(Error|E):/.test(l)) ?? lines.find(Boolean) ?? r.error?.message ?? `exit ${r.status}`;
}

const starts = (path) => spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

/**
 * The Chromium to test with, installed first if there is none and it can be (see installPlans).
 * @returns {string | null} null when none could be had: print INSTALL_HINT.
 */
export function ensureChromium({
  find = () => findChromium(),
  plans = () => installPlans(situation()),
  run = runStep,
  works = starts,
  log = console.log,
} = {}) {
  const found = find();
  if (found) return found;
  for (const [i, { method, steps }] of plans().entries()) {
    log(`${i === 0 ? 'No Chromium found: getting one with' : 'Trying'} ${steps.map((s) => s.join(' ')).join(' && ')}`);
    const failure = steps.reduce((err, step) => err ?? run(step), null);
    const path = failure ? null : find();
    if (path && works(path)) return path;
    log(
      `  ${method} did not give a working Chromium${failure ? `: ${failure}` : path ? ` (${path} does not start)` : ''}`,
    );
  }
  return null;
}
