import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { FitExplanation } from '@/components/FitExplanation';
import type { Fit } from '@/lib/fit';

const item = (id: string, name: string) => ({
  id,
  name,
  requirement: 'required' as const,
  credit: 0,
  reason: 'Missing',
});

afterEach(() => Reflect.deleteProperty(globalThis, 'document'));

describe('FitExplanation', () => {
  it('lists a licence the user lacks first among the gaps, and the mentioned-only skills apart', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const fit: Fit = {
      score: 0,
      basis: 3,
      matched: [],
      partial: [],
      missing: [item('python', 'Python'), item('sql', 'SQL'), item('cdl', 'CDL')],
    };
    const skills = [
      { id: 'barista', name: 'Barista', requirement: 'mentioned' as const, years: null, mentions: [] },
      { id: 'sql', name: 'SQL', requirement: 'required' as const, years: null, mentions: [], evidence: 'SQL daily' },
    ];
    const root = document.getElementById('root')!;
    render(<FitExplanation fit={fit} skills={skills} licences={['cdl']} />, root as unknown as Element);
    const names = [...root.querySelectorAll('.sf-missing .sf-skill')].map((n) => n.textContent);
    expect(names).toEqual(['CDL', 'Python', 'SQL']);
    expect(root.querySelector('.sf-mentioned')?.textContent).toMatch(/^Also named, not counted: Barista/);
    expect([...root.querySelectorAll('.sf-why q')].map((q) => q.textContent)).toEqual(['SQL daily']);
  });
});
