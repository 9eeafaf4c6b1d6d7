// How `npm test` finds or gets a Chromium: which method on which machine. Nothing is installed here.
import { describe, expect, it } from 'vitest';
import { ensureChromium, findChromium, installPlans, type Situation } from '../../../scripts/find-chromium.mjs';

const BUNDLED = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const machine = (s: Partial<Situation>): Situation => ({
  platform: 'linux',
  chromiumPathSet: false,
  isRoot: false,
  passwordlessSudo: false,
  hasAptGet: false,
  ...s,
});
const methods = (s: Partial<Situation>) => installPlans(machine(s)).map((p) => p.method);

describe('findChromium', () => {
  const on =
    (...files: string[]) =>
    (p: string) =>
      files.includes(p);

  it('takes CHROMIUM_PATH when it names a file, and nothing else when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, on('/opt/c/chrome', '/usr/bin/chromium'), BUNDLED)).toBe(
      '/opt/c/chrome',
    );
    expect(findChromium({ CHROMIUM_PATH: '/nope' }, on('/usr/bin/chromium'), BUNDLED)).toBeNull();
  });

  it("prefers the system's browser to Playwright's download, and finds the download alone", () => {
    expect(findChromium({}, on(BUNDLED, '/usr/bin/google-chrome'), BUNDLED)).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, on(BUNDLED), BUNDLED)).toBe(BUNDLED);
    expect(findChromium({}, on(), BUNDLED)).toBeNull();
  });
});

describe('installPlans', () => {
  it("Debian as root: Playwright's download, then apt-get without sudo", () => {
    const plans = installPlans(machine({ isRoot: true, hasAptGet: true }));
    expect(plans.map((p) => p.method)).toEqual(['playwright', 'apt']);
    expect(plans[0]!.steps).toEqual([['npx', 'playwright', 'install', '--no-shell', 'chromium']]);
    expect(plans[1]!.steps).toEqual([
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
  });

  it('Debian with sudo that asks no password: apt-get through sudo -n, which never prompts', () => {
    const plans = installPlans(machine({ passwordlessSudo: true, hasAptGet: true }));
    expect(plans.map((p) => p.method)).toEqual(['playwright', 'apt']);
    expect(plans[1]!.steps).toEqual([
      ['sudo', '-n', 'apt-get', 'update', '-qq'],
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
  });

  it('without root or passwordless sudo, without apt-get, or off Linux: only Playwright', () => {
    expect(methods({ hasAptGet: true })).toEqual(['playwright']);
    expect(methods({ isRoot: true })).toEqual(['playwright']);
    expect(methods({ platform: 'darwin', isRoot: true, hasAptGet: true })).toEqual(['playwright']);
    expect(methods({ platform: 'win32' })).toEqual(['playwright']);
  });

  it('a CHROMIUM_PATH naming no file installs nothing: the user chose that browser', () => {
    expect(methods({ chromiumPathSet: true, isRoot: true, hasAptGet: true })).toEqual([]);
  });
});

describe('ensureChromium', () => {
  const plans = () => installPlans(machine({ isRoot: true, hasAptGet: true }));

  it('installs nothing when a Chromium is there', () => {
    const ran: string[][] = [];
    const found = ensureChromium({ find: () => '/usr/bin/chromium', plans, run: (s) => (ran.push(s), null) });
    expect(found).toBe('/usr/bin/chromium');
    expect(ran).toEqual([]);
  });

  it("falls back to apt-get when Playwright's download fails, and says so in one line each", () => {
    const ran: string[][] = [];
    const log: string[] = [];
    let installed = false;
    const found = ensureChromium({
      find: () => (installed ? '/usr/bin/chromium' : null),
      plans,
      run: (step) => {
        ran.push(step);
        if (step[0] === 'npx') return 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev';
        if (step.includes('install')) installed = true;
        return null;
      },
      works: () => true,
      log: (l) => log.push(l),
    });
    expect(found).toBe('/usr/bin/chromium');
    expect(ran.map((s) => s.join(' '))).toEqual([
      'npx playwright install --no-shell chromium',
      'apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
    expect(log).toHaveLength(3);
    expect(log[1]).toMatch(/playwright did not give a working Chromium: .*ENOTFOUND/);
  });

  it('stops after the first step that fails, tries a browser that does not start no further, and gives up with null', () => {
    const ran: string[][] = [];
    const found = ensureChromium({
      find: () => (ran.length ? BUNDLED : null),
      plans,
      run: (step) => (ran.push(step), step[1] === 'update' ? 'E: could not resolve deb.debian.org' : null),
      works: () => false,
      log: () => undefined,
    });
    expect(found).toBeNull();
    expect(ran.map((s) => s.join(' '))).toEqual(['npx playwright install --no-shell chromium', 'apt-get update -qq']);
  });
});
