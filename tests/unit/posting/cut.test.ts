import { describe, expect, it } from 'vitest';
import { cutOf } from '@/lib/posting/cut';
import { cutSentence } from '@/lib/posting/cut-sentence';
import { MAX_DESCRIPTION, capDescription } from '@/lib/sites/schema';

describe('a posting read from part of its text', () => {
  it('tells a description cut for length from a site’s summary, and a whole one from both', () => {
    const long = capDescription<{ description: string; truncated?: boolean }>({
      description: 'Forklift and pallet jack experience.\n'.repeat(8000),
    });
    expect([long.truncated, long.description.length < 37 * 8000]).toEqual([true, true]);
    expect(cutOf(long)).toBe('length');
    expect(cutOf({ description: 'Short summary of the role.', truncated: true })).toBe('summary');
    expect(cutOf({ description: 'x'.repeat(MAX_DESCRIPTION) })).toBeUndefined();
    expect(cutOf({ description: 'Whole posting.', truncated: false })).toBeUndefined();
  });

  it('says so in one plain sentence', () => {
    expect(cutSentence('length')).toBe('Only the first 200,000 characters of this posting were read.');
    expect(cutSentence('summary')).toBe(
      'This page shows only a summary of the posting, so its skills were read from the summary.',
    );
  });
});
