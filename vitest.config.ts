import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Some tests spawn the scan command (a fresh Node process loading the taxonomy): generous on a
    // busy two-core machine, where 5 s was seen to run out.
    testTimeout: 30_000,
  },
});
