import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    // Ink renders differently when CI is set; our tests must not depend on it.
    env: { NO_COLOR: '1' },
  },
});
