// Conventions meta-test: one adapter per file, id = file name, registered once, with example
// URLs, a fixture folder and a `selectors` const at the top of the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/sites/index';
import { FIXTURES, SITES_DIR } from './helpers';

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
