import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../lib/background/engine';
import type { Posting } from '../../lib/sites/index';

// The scan command as outside tools use it: a child process, one JSON object on stdout.
// Each test starts tsx, which takes seconds on a busy machine: the timeout only stops a hung child.
vi.setConfig({ testTimeout: 60_000 });
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function scan(args: string[], input?: string) {
  const r = spawnSync(tsx, ['scripts/scan.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface ScanOutput {
  posting: null | { title: string; company: string | null; location: string | null; url: string; site: string };
  /** --html only. */
  page?: { kind: 'posting' | 'list' | 'none'; cards: { title: string; company: string | null; url: string | null }[] };
  skills: { id: string; name: string; requirement: string; mentions: { start: number; end: number; text: string }[] }[];
  fit: null | { score: number; matched: string[]; partial: string[]; missing: string[] };
  courses: { title: string; provider: string; url: string; minutes: number | null; skills: string[] }[];
}

const ACCEPTANCE = 'Strong JS, Postgres and k8s; go the extra mile; Excel a plus';

describe('scan --text', () => {
  it('meets the issue acceptance: JS, Postgres, k8s required, Excel preferred, no Go', () => {
    const r = scan(['--text', file('f.txt', ACCEPTANCE)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.posting).toBeNull();
    expect(out.fit).toBeNull();
    expect(out.skills.map((s) => [s.id, s.requirement])).toEqual([
      ['javascript', 'required'],
      ['postgresql', 'required'],
      ['kubernetes', 'required'],
      ['microsoft-excel', 'preferred'],
    ]);
    expect(out.skills.map((s) => s.name)).toEqual(['JavaScript', 'PostgreSQL', 'Kubernetes', 'Microsoft Excel']);
    for (const s of out.skills) for (const m of s.mentions) expect(ACCEPTANCE.slice(m.start, m.end)).toBe(m.text);
    // Exactly the contract's keys, nothing else on stdout.
    expect(Object.keys(out).sort()).toEqual(['courses', 'fit', 'posting', 'signals', 'skills']);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    for (const c of out.courses)
      expect(Object.keys(c).sort()).toEqual(['minutes', 'provider', 'skills', 'title', 'url']);
  });

  it('reads standard input with "-"', () => {
    const r = scan(['--text', '-'], 'Python and Django');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ScanOutput).skills.map((s) => s.id)).toEqual(['python', 'django']);
  });

  it('scores fit against a profile given by aliases', () => {
    const profile = file('p.json', JSON.stringify({ skills: [{ name: 'JS', level: 4 }, { name: 'postgres' }] }));
    const r = scan(['--text', file('g.txt', ACCEPTANCE), '--profile', profile]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.fit).not.toBeNull();
    expect(out.fit?.matched).toEqual(expect.arrayContaining(['javascript', 'postgresql']));
    expect(out.fit?.missing).toContain('kubernetes');
    expect(out.fit?.score).toBeGreaterThan(0);
    expect(out.fit?.score).toBeLessThan(100);
  });

  it('gives fit null, as the extension does, when the text asks for no skill', () => {
    const profile = file('q.json', JSON.stringify({ skills: [{ name: 'SQL' }] }));
    const r = scan(['--text', file('k.txt', 'A friendly team and a warm welcome.'), '--profile', profile]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.skills).toEqual([]);
    expect(out.fit).toBeNull();
  });
});

describe('scan --html', () => {
  it('reads a JSON-LD JobPosting: title, company and skills', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Acme' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin' } },
      description: '<p>Requirements:</p><ul><li>3+ years of Go and PostgreSQL</li></ul>',
      datePosted: '2026-01-01',
    };
    const html = `<!doctype html><html><head><title>Job</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Backend Engineer</h1></body></html>`;
    const r = scan(['--html', file('p.html', html), '--url', 'https://example.com/jobs/1']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.posting?.title).toBe('Backend Engineer');
    expect(out.posting?.company).toBe('Acme');
    expect(out.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['go', 'postgresql']));
    expect(out.page).toEqual({ kind: 'posting', cards: [] });
    // The contract's keys: --html adds `page`.
    expect(Object.keys(out).sort()).toEqual(['courses', 'fit', 'page', 'posting', 'signals', 'skills']);
  });

  it("prints a list page's kind and every card's title, company and link", () => {
    const fixture = path.join(root, 'tests/fixtures/sites/greenhouse/list-embed');
    const expected = JSON.parse(readFileSync(`${fixture}.expected.json`, 'utf8')) as {
      url: string;
      cards: { title: string; company: string | null; url: string | null }[];
    };
    const r = scan(['--html', `${fixture}.html`, '--url', expected.url]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.page).toEqual({
      kind: 'list',
      cards: expected.cards.map(({ title, company, url }) => ({ title, company, url })),
    });
    expect(out.posting).toBeNull();
  });

  it("reads a list page's open job and scores it as the extension's engine does", () => {
    const fixture = path.join(root, 'tests/fixtures/sites/linkedin/search-signedin');
    const expected = JSON.parse(readFileSync(`${fixture}.expected.json`, 'utf8')) as { url: string; detail: Posting };
    const profile = file('r.json', JSON.stringify({ skills: [{ name: 'Python', level: 4 }, { name: 'SQL' }] }));
    const r = scan(['--html', `${fixture}.html`, '--url', expected.url, '--profile', profile]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    const { title, company, location, url, site } = expected.detail;
    expect(out.posting).toEqual({ title, company, location, url, site });
    expect(out.page?.kind).toBe('list');
    expect(out.page?.cards.length).toBeGreaterThan(0);
    const engine = new Engine();
    const held = [
      { id: 'python', level: 4 },
      { id: 'sql', level: 3 },
    ];
    const same = engine.analyze(expected.detail, held);
    // The contract's requirement: a skill asked with no cue either way is required.
    const contract = (r: string) => (r === 'unspecified' ? 'required' : r);
    expect(out.skills.map((s) => [s.id, s.requirement])).toEqual(
      same.skills.map((s) => [s.id, contract(s.requirement)]),
    );
    expect(out.fit).toEqual({
      score: same.fit!.score,
      matched: same.fit!.matched.map((m) => m.id),
      partial: same.fit!.partial.map((m) => m.id),
      missing: same.fit!.missing.map((m) => m.id),
    });
    expect(out.courses.map((c) => c.url)).toEqual(same.recommendations.map((rec) => rec.course.url));
  });

  it('gives posting null for a page without a posting', () => {
    const r = scan([
      '--html',
      file('empty.html', '<html><body><p>Hello</p></body></html>'),
      '--url',
      'https://example.com/',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ScanOutput;
    expect(out.posting).toBeNull();
    expect(out.page).toEqual({ kind: 'none', cards: [] });
    expect(out.skills).toEqual([]);
  });
});

describe('bad input exits 2 with one clear line on stderr', () => {
  const bad = (args: string[], pattern: RegExp) => {
    const r = scan(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  };

  it('missing file', () => bad(['--text', path.join(dir, 'nope.txt')], /not found.*nope\.txt/));
  it('unknown flag', () => bad(['--txt', 'a'], /unknown argument: --txt/));
  it('no input at all', () => bad([], /missing input/));
  it('--html without --url', () => bad(['--html', file('x.html', '<html></html>')], /--html needs --url/));
  it('flag without value', () => bad(['--text'], /--text needs a value/));
  it('unreadable profile JSON', () =>
    bad(['--text', file('h.txt', 'SQL'), '--profile', file('bad.json', '{ nope')], /not valid JSON/));
  it('profile of the wrong shape', () =>
    bad(
      ['--text', file('i.txt', 'SQL'), '--profile', file('shape.json', '{"skills":[{"name":"SQL","level":9}]}')],
      /profile .*level/,
    ));
  it('unknown skill in the profile', () =>
    bad(
      ['--text', file('j.txt', 'SQL'), '--profile', file('unk.json', '{"skills":[{"name":"Quantum Basket Weaving"}]}')],
      /unknown skill "Quantum Basket Weaving"/,
    ));
});
