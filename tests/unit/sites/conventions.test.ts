// Conventions meta-test: one adapter per file, id = file name, registered once, with example
// URLs, a fixture folder and a `selectors` const at the top of the file; a board feed is the
// adapter's named export `feed`, listed in feeds.ts, and never part of the content script.
import { builtManifest } from '../manifest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { adapters, matchesAny, type SiteAdapter } from '../../../lib/sites/index';
import { feeds } from '../../../lib/sites/feeds';
import { importGraph } from '../../../scripts/check-cycles';
import { FIXTURES, SITES_DIR } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts'));
const adapterFiles = files.filter((f) => /satisfies SiteAdapter/.test(readFileSync(SITES_DIR + f, 'utf8')));

describe('site adapter conventions', () => {
  it('finds the adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(9);
  });

  it('registers every adapter file exactly once, with id = file name', async () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const f of adapterFiles) {
      const mod = (await import(/* @vite-ignore */ SITES_DIR + f)) as { default: { id: string } };
      expect(mod.default.id).toBe(f.replace(/\.ts$/, ''));
      expect(adapters).toContain(mod.default);
    }
  });

  it('no other lib/sites module default-exports something adapter-shaped (an unmarked adapter)', async () => {
    for (const f of files.filter((x) => !adapterFiles.includes(x))) {
      const mod = (await import(/* @vite-ignore */ SITES_DIR + f)) as { default?: { detect?: unknown } };
      expect(typeof mod.default?.detect, f).not.toBe('function');
    }
  });

  for (const f of adapterFiles) {
    const id = f.replace(/\.ts$/, '');
    it(`${id}: selectors const, label, patterns, fixtures`, () => {
      const src = readFileSync(SITES_DIR + f, 'utf8');
      expect(src).toMatch(/^const selectors = \{$/m);
      const a = adapters.find((x) => x.id === id)!;
      expect(a.label.length).toBeGreaterThan(0);
      expect(a.matches.length).toBeGreaterThan(0);
      expect(existsSync(FIXTURES + id)).toBe(true);
      const htmls = readdirSync(FIXTURES + id).filter((n) => n.endsWith('.html'));
      expect(htmls.length).toBeGreaterThan(0);
      for (const h of htmls)
        expect(existsSync(FIXTURES + id + '/' + h.replace(/\.html$/, '.expected.json'))).toBe(true);
      // Site adapters read posting and list pages: both kinds need a fixture.
      if (id !== 'generic') {
        const kinds = htmls.map(
          (h) =>
            (
              JSON.parse(readFileSync(FIXTURES + id + '/' + h.replace(/\.html$/, '.expected.json'), 'utf8')) as {
                kind: string;
              }
            ).kind,
        );
        expect(kinds).toContain('posting');
        expect(kinds).toContain('list');
      }
    });
  }

  it('lists every adapter that declares a feed in feeds.ts under its id, and nothing else', async () => {
    const declared: string[] = [];
    for (const f of adapterFiles) {
      const id = f.replace(/\.ts$/, '');
      const mod = (await import(/* @vite-ignore */ SITES_DIR + f)) as { default: SiteAdapter; feed?: unknown };
      // On the adapter object, a feed would ship in the content script with every adapter.
      expect(mod.default, id).not.toHaveProperty('feed');
      if (mod.feed === undefined) continue;
      declared.push(id);
      expect(feeds[id], `${id}: its feed, listed in feeds.ts as ${id}`).toBe(mod.feed);
      for (const u of mod.default.examples.list ?? []) expect(feeds[id]!.board(new URL(u)), u).not.toBeNull();
    }
    expect(declared.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(feeds).sort()).toEqual(declared.sort());
  });

  it("may fetch every feed: each feed URL is under one of the manifest's host permissions", () => {
    const hosts = builtManifest('chrome').host_permissions ?? [];
    expect(hosts.length).toBeGreaterThan(0);
    for (const a of adapters) {
      const feed = feeds[a.id];
      if (!feed) continue;
      // Posting URLs too: they name instances the lists do not (Lever's EU one).
      for (const u of [...(a.examples.list ?? []), ...(a.examples.posting ?? [])]) {
        const page = new URL(u);
        const board = feed.board(page);
        const url = board && feed.url(board, page);
        if (url) expect(matchesAny(hosts, new URL(url)), url).toBe(true);
      }
    }
  });

  it('the content script and the on-demand page reader never import the feed list', () => {
    const graph = importGraph(ROOT);
    for (const entry of ['entrypoints/jobs.content/index.ts', 'entrypoints/scan-page.ts']) {
      const seen = new Set([entry]);
      for (const file of seen) for (const dep of graph.get(file) ?? []) seen.add(dep);
      expect(seen.size, entry).toBeGreaterThan(10);
      expect([...seen], entry).not.toContain('lib/sites/feeds.ts');
    }
  }, 30_000); // parses every source file: seconds on a busy machine

  it("tree-shakes every feed out of the page reader's bundle (no feed code left in it)", async () => {
    // The content script's bundler on lib/sites' public face: what a page pays for is readPage & co.
    const out = (await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: 'lib/sites/index.ts', formats: ['es'], fileName: 'sites' } },
    })) as Rollup.RollupOutput[];
    const code = out.flatMap((o) => o.output.map((c) => (c.type === 'chunk' ? c.code : ''))).join('\n');
    expect(code).toContain('function readPage');
    for (const feed of Object.values(feeds)) {
      const host = new URL(feed.url('acme', new URL('https://example.com/acme'))).host;
      expect(code, host).not.toContain(host);
    }
    // Keys only the feeds' job schemas name.
    for (const key of ['absolute_url', 'hostedUrl', 'descriptionPlain', 'isListed'])
      expect(code, key).not.toContain(key);
  }, 30_000); // runs the bundler: seconds on a busy machine

  it('the generic adapter runs last and matches every URL', () => {
    const generic = adapters.find((a) => a.id === 'generic')!;
    for (const a of adapters) if (a !== generic) expect(a.priority).toBeGreaterThan(generic.priority);
    expect(generic.matches).toContain('<all_urls>');
  });

  it('lib/sites imports no Node modules and no linkedom (it is bundled for the browser)', () => {
    for (const f of files) {
      const src = readFileSync(SITES_DIR + f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](?:node:|fs|path|linkedom|url['"])/);
      expect(src, f).not.toMatch(/\b(?:window|globalThis\.document|browser)\./);
    }
  });
});
