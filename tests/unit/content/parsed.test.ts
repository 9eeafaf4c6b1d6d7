import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parsedPast } from '@/lib/content/parsed';

// What a page still being parsed looks like: the parser has not yet reached the ends of the last
// elements it opened, so nothing follows them (linkedom closes them, as a browser's DOM has them).
const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('parsedPast', () => {
  it('a card followed by another node is whole; the last card the parser is in is not', () => {
    const d = doc('<html><body><div><ul><li id="a">A</li>\n<li id="b">B <span>Comp');
    expect(parsedPast(d.getElementById('a')!)).toBe(true);
    expect(parsedPast(d.getElementById('b')!)).toBe(false);
    expect(parsedPast(d.querySelector('span')!)).toBe(false);
  });

  it('the last card of a list is whole once anything after the list is parsed', () => {
    const d = doc('<html><body><div><ul><li id="a">A</li><li id="b">B</li></ul></div><script></script>');
    expect(parsedPast(d.getElementById('b')!)).toBe(true);
    expect(parsedPast(d.querySelector('ul')!)).toBe(true);
  });
});
