/** Shared test helpers: parse HTML with linkedom (as `scan --html` does) and project readings. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { PageReading } from '../../../lib/sites/index';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
export const SITES_DIR = fileURLToPath(new URL('../../../lib/sites/', import.meta.url));

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A reading without DOM elements, in the shape of the fixtures' expected JSON. */
export function project(r: PageReading): unknown {
  if (r.kind !== 'list') return r;
  return {
    kind: r.kind,
    adapter: r.adapter,
    cards: r.cards.map(({ jobId, title, company, location, url }) => ({ jobId, title, company, location, url })),
    ...(r.detail ? { detail: r.detail } : {}),
  };
}

export interface Fixture {
  site: string;
  name: string;
  html: string;
  url: string;
  expected: unknown;
}

/** Every `<name>.html` + `<name>.expected.json` pair under tests/fixtures/sites/<site>/. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(FIXTURES).sort()) {
    for (const file of readdirSync(FIXTURES + site).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = file.slice(0, -5);
      const { url, ...expected } = JSON.parse(readFileSync(`${FIXTURES}${site}/${name}.expected.json`, 'utf8')) as {
        url: string;
      };
      out.push({ site, name, html: readFileSync(`${FIXTURES}${site}/${file}`, 'utf8'), url, expected });
    }
  }
  return out;
}
