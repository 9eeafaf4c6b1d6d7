// URL matrix: every adapter's example URLs match its own patterns and detect as the declared
// kind, and no other site adapter's patterns accept them.
import { describe, expect, it } from 'vitest';
import { adapters, contentScriptMatches, matchesAny } from '../../../lib/sites/index';
import { parse } from './helpers';

const empty = parse('<!DOCTYPE html><html><head></head><body></body></html>');
const sites = adapters.filter((a) => a.id !== 'generic');

describe('URL matrix', () => {
  for (const a of adapters) {
    const kinds = [
      ['posting', a.examples.posting],
      ['list', a.examples.list],
      ['none', a.examples.none],
    ] as const;
    for (const [kind, urls] of kinds) {
      for (const href of urls ?? []) {
        it(`${a.id} ${kind}: ${href}`, () => {
          const url = new URL(href);
          expect(matchesAny(a.matches, url)).toBe(true);
          for (const other of sites) if (other !== a) expect(matchesAny(other.matches, url), other.id).toBe(false);
          // Site adapters decide posting/list from the URL; generic needs page content (see fixtures).
          if (a.id !== 'generic') expect(a.detect(empty, url)).toBe(kind === 'none' ? null : kind);
        });
      }
    }
  }

  it('every site adapter has posting and list examples', () => {
    for (const a of sites) {
      expect(a.examples.posting?.length, a.id).toBeGreaterThan(0);
      expect(a.examples.list?.length, a.id).toBeGreaterThan(0);
    }
  });

  it('contentScriptMatches is the union of the site patterns, without <all_urls>', () => {
    expect(contentScriptMatches).not.toContain('<all_urls>');
    for (const a of sites) for (const m of a.matches) expect(contentScriptMatches).toContain(m);
    expect(new Set(contentScriptMatches).size).toBe(contentScriptMatches.length);
  });

  it('covers Indeed country domains and LinkedIn country subdomains', () => {
    const indeed = adapters.find((a) => a.id === 'indeed')!;
    for (const host of ['www', 'uk', 'ca', 'de', 'in']) {
      const url = new URL(`https://${host}.indeed.com/viewjob?jk=0a1b2c3d4e5f6789`);
      expect(matchesAny(indeed.matches, url)).toBe(true);
      expect(indeed.detect(empty, url)).toBe('posting');
    }
    expect(matchesAny(indeed.matches, new URL('https://notindeed.com/viewjob?jk=0a1b2c3d4e5f6789'))).toBe(false);
  });
});

describe('match patterns', () => {
  it('follows the WebExtension rules', () => {
    const m = (p: string, u: string) => matchesAny([p], new URL(u));
    expect(m('*://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(m('*://*.example.com/*', 'http://a.b.example.com/x?y=1')).toBe(true);
    expect(m('*://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(m('*://*.example.com/*', 'ftp://example.com/')).toBe(false);
    expect(m('https://example.com/jobs/*', 'http://example.com/jobs/1')).toBe(false);
    expect(m('https://example.com/jobs/*', 'https://example.com/about')).toBe(false);
    expect(m('https://example.com/viewjob*', 'https://example.com/viewjob?jk=1')).toBe(true);
    expect(m('<all_urls>', 'https://anything.example/')).toBe(true);
    expect(m('not a pattern', 'https://example.com/')).toBe(false);
  });
});
