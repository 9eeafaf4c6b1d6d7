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

  it('offers the gap actions beside each missing skill only, named with their visible words, and reports which was pressed', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
    globalThis.document = document as unknown as Document;
    const fit: Fit = {
      score: 50,
      basis: 2,
      matched: [{ ...item('sql', 'SQL'), credit: 1, reason: 'You have it' }],
      partial: [],
      missing: [item('python', 'Python')],
    };
    const pressed: [string, string][] = [];
    const root = document.getElementById('root')!;
    render(
      <FitExplanation fit={fit} onGap={(action, it) => pressed.push([action, it.id])} />,
      root as unknown as Element,
    );
    expect(root.querySelectorAll('.sf-matched button')).toHaveLength(0);
    const buttons = [...root.querySelectorAll('.sf-missing .sf-gap button')] as unknown as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'I have this (Python)',
      'Not a skill here (Python)',
      'Never count this (Python)',
    ]);
    for (const b of buttons) b.dispatchEvent(new (document.defaultView as unknown as typeof window).Event('click'));
    expect(pressed).toEqual([
      ['have', 'python'],
      ['here', 'python'],
      ['everywhere', 'python'],
    ]);
  });
});
