import { describe, expect, it } from 'vitest';
import { passesSignalFilter, signalChips } from '@/lib/posting/chips';
import { readSignals } from '@/lib/posting/signals';

const chipsOf = (text: string, licences: { id: string; name: string }[] = []) =>
  signalChips({ ...readSignals(text), licences }).map((c) => c.label);

describe('signal chips', () => {
  it('says what opens or closes a job, most decisive first', () => {
    expect(
      chipsOf('No degree required. Part-time, 20 hours a week. Paid training from day one.', [
        { id: 'cdl', name: 'CDL' },
      ]),
    ).toEqual(['No degree required', 'CDL required', 'Part-time', 'Training provided']);
    expect(chipsOf("Bachelor's degree required. 3+ years of experience. Hybrid.")).toEqual([
      "Bachelor's degree required",
      '3+ years of experience',
      'Hybrid',
    ]);
    expect(chipsOf('Apprenticeship: earn while you learn; tuition reimbursement.')).toEqual(
      expect.arrayContaining(['Apprenticeship', 'Tuition help']),
    );
    expect(chipsOf('We make great coffee.')).toEqual([]);
  });

  it('passes the tracker filters', () => {
    const s = { ...readSignals("Bachelor's degree or equivalent experience. Part-time."), licences: [] };
    expect(passesSignalFilter(s, 'no-degree')).toBe(true);
    expect(passesSignalFilter(s, 'part-time')).toBe(true);
    expect(passesSignalFilter(s, 'apprenticeship')).toBe(false);
    expect(passesSignalFilter(undefined, 'no-degree')).toBe(false);
  });
});
