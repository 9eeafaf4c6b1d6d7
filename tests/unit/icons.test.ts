import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPng } from '../../scripts/icons';

describe('toolbar icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is what scripts/icons.ts draws', (size) => {
    expect(readFileSync(`public/icon/${size}.png`).equals(iconPng(size))).toBe(true);
  });
});
