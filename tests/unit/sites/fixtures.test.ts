// Every fixture folder: the page read through scripts/read-html (linkedom + the runner) must give
// exactly the expected JSON beside it. Adding a fixture is adding two files.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../scripts/read-html';
import { loadFixtures, project } from './helpers';

const fixtures = loadFixtures();

describe('site fixtures', () => {
  it('finds fixtures for several sites', () => {
    expect(new Set(fixtures.map((f) => f.site)).size).toBeGreaterThanOrEqual(9);
  });

  for (const f of fixtures) {
    it(`${f.site}/${f.name}`, () => {
      const failures: string[] = [];
      const reading = readHtml(f.html, f.url, (id) => failures.push(id));
      expect(project(reading)).toEqual(f.expected);
      // A fixture of a site must be read by that site's adapter, without falling back.
      if (reading.kind !== 'none') expect(reading.adapter).toBe(f.site);
      expect(failures).toEqual([]);
    });
  }

  it('every card has its element and a badge anchor inside or equal to it', () => {
    for (const f of fixtures) {
      const r = readHtml(f.html, f.url);
      if (r.kind !== 'list') continue;
      for (const c of r.cards) {
        expect(c.element === c.badgeAnchor || c.element.contains(c.badgeAnchor)).toBe(true);
      }
    }
  });
});
