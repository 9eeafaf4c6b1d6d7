import { afterEach, describe, expect, it } from 'vitest';
import { BadgeLayer } from '@/entrypoints/jobs.content/badges';
import { readPage, type Card } from '@/lib/sites';
import { linkedinCards, linkedinSearchPage } from '../../e2e/pages';
import { badgeTexts, closePage, openPage, shadowRootOf } from './page';

const URL_ = 'https://www.linkedin.com/jobs/search/?keywords=analyst';

function listPage(count: number) {
  const page = openPage(linkedinSearchPage(count, 0), URL_);
  const cards = () => {
    const r = readPage(page.document, URL_);
    if (r.kind !== 'list') throw new Error(`not a list: ${r.kind}`);
    return r.cards;
  };
  return { doc: page.document, cards };
}
const idOf = (card: Card) => `linkedin:${card.jobId}`;
const score = (key: string, s: number | null, exact = false, saved = false) => ({ key, score: s, exact, saved });

afterEach(closePage);

describe('BadgeLayer', () => {
  it('puts one badge after each card anchor once it is scored, and never a second one on the same card', () => {
    const { doc, cards } = listPage(3);
    const layer = new BadgeLayer();
    const added = layer.attach(cards(), idOf);
    expect(added.map((a) => a.key)).toEqual(['c1', 'c2', 'c3']);
    expect(added.map((a) => a.id)).toEqual(cards().map(idOf));
    // No empty boxes while the scores are on their way: a badge enters the page with its score.
    expect(doc.querySelectorAll('skillfit-badge')).toHaveLength(0);
    layer.show(
      added.map((a) => score(a.key, 50)),
      false,
    );
    for (const { card } of added) expect(card.badgeAnchor.nextElementSibling?.localName).toBe('skillfit-badge');
    expect(layer.attach(cards(), idOf)).toEqual([]);
    doc.querySelector('#list')!.insertAdjacentHTML('beforeend', linkedinCards(3, 2));
    const more = layer.attach(cards(), idOf);
    expect(more.map((a) => a.key)).toEqual(['c4', 'c5']);
    layer.show(
      more.map((a) => score(a.key, 50)),
      false,
    );
    layer.show([score('c1', 60, true)], false);
    const perCard = [...doc.querySelectorAll('li[data-occludable-job-id]')].map(
      (li) => li.querySelectorAll('skillfit-badge').length,
    );
    expect(perCard).toEqual([1, 1, 1, 1, 1]);
    expect(layer.size).toBe(5);
  });

  it('draws the scores of a reply by key, estimates marked, unknown keys ignored', () => {
    const { doc, cards } = listPage(3);
    const layer = new BadgeLayer();
    layer.attach(cards(), idOf);
    expect(badgeTexts(doc)).toEqual([]);
    expect(layer.show([score('c1', 40), score('c3', 85, true, true), score('c9', 10)], false)).toBe(2);
    expect(badgeTexts(doc)).toEqual(['~40% fit', '85% fit ✓ · Saved']);
    const hosts = [...doc.querySelectorAll('skillfit-badge')] as HTMLElement[];
    // How a badge was drawn is inside its closed root only: the host the page sees carries no mark.
    expect(hosts.map((h) => h.dataset.skillfit)).toEqual([undefined, undefined]);
    expect(hosts.map((h) => shadowRootOf(h).querySelector('.sf-badge')?.getAttribute('data-exact'))).toEqual([
      'false',
      'true',
    ]);
    expect(new Set(hosts.map((h) => `${h.style.width}x${h.style.height}`))).toEqual(new Set(['112pxx20px']));
    layer.show([score('c2', null)], false);
    expect(badgeTexts(doc)).toEqual(['~40% fit', 'Open for fit', '85% fit ✓ · Saved']);
    layer.show([score('c2', 50)], true);
    expect(badgeTexts(doc)[1]).toBe('Add skills');
    // Redrawn in place: still one badge per card, the saved mark gone with the save.
    layer.show([score('c3', 20, true, false)], false);
    expect(badgeTexts(doc)).toEqual(['~40% fit', 'Add skills', '20% fit']);
  });

  it('says how many skills an estimate found, and names them for hover, focus and screen readers', () => {
    const { doc, cards } = listPage(2);
    const layer = new BadgeLayer();
    layer.attach(cards(), idOf);
    layer.show(
      [
        { ...score('c1', 33), have: ['SQL'], lack: ['Python', 'Tableau'], got: 1, of: 3 },
        { ...score('c2', 80, true), have: ['Microsoft Excel'], lack: [], got: 1, of: 1 },
      ],
      false,
    );
    expect(badgeTexts(doc)).toEqual(['~1 of 3 skills', '80% fit']);
    const labels = [...doc.querySelectorAll('skillfit-badge')].map((h) =>
      shadowRootOf(h).querySelector('.sf-badge')?.getAttribute('aria-label'),
    );
    expect(labels).toEqual([
      "~1 of 3 skills. You have: SQL. Missing: Python, Tableau. An estimate from the card's own text; open the job for the exact fit.",
      '80% fit. You have: Microsoft Excel. From the full job description.',
    ]);
  });

  it('never draws over a badge with less than it shows: estimate < exact < the posting reply', () => {
    const { doc, cards } = listPage(2);
    const layer = new BadgeLayer();
    layer.attach(cards(), idOf);
    const [first] = cards();
    // The posting reply draws the badge of a card not scored yet.
    layer.show([score('c2', 10)], false);
    layer.show([score('c1', 70, true)], false);
    expect(layer.show([score('c1', 30)], false)).toBe(0);
    expect(badgeTexts(doc)[0]).toBe('70% fit');
    // The reply about that posting (analysed, then saved) beats a card score…
    const view = { id: idOf(first!), fit: { score: 64, basis: 3, matched: [], partial: [], missing: [] } };
    expect(layer.showPosting({ ...view, saved: false, profileEmpty: false })).toBe(1);
    expect(badgeTexts(doc)).toEqual(['64% fit', '~10% fit']);
    expect(layer.show([score('c1', 70, true)], false)).toBe(0);
    expect(layer.showPosting({ ...view, saved: true, profileEmpty: false })).toBe(1);
    expect(badgeTexts(doc)[0]).toBe('64% fit ✓ · Saved');
    // …and a posting no card shows draws nothing.
    expect(layer.showPosting({ ...view, id: 'linkedin:1', saved: true, profileEmpty: false })).toBe(0);
  });

  it('forgets the badges of removed cards and clears all of them', () => {
    const { doc, cards } = listPage(3);
    const layer = new BadgeLayer();
    layer.show(
      layer.attach(cards(), idOf).map((a) => score(a.key, 50)),
      false,
    );
    doc.querySelector('li[data-occludable-job-id]')!.remove();
    expect(layer.attach(cards(), idOf)).toEqual([]);
    expect(layer.size).toBe(2);
    layer.clear();
    expect(layer.size).toBe(0);
    expect(doc.querySelectorAll('skillfit-badge')).toHaveLength(0);
    // After a clear the same cards get new badges (badges turned back on).
    expect(layer.attach(cards(), idOf).map((a) => a.key)).toEqual(['c4', 'c5']);
  });
});
