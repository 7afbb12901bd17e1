import { defineConfig } from 'vitest/config';

/**
 * Two tiers, decided by the file name (DEVELOPERS.md, "Tests"):
 * - unit: `*.unit.test.ts(x)`: the core, the Ink components in memory. No build, no dist/, no
 *   child process (a setup file makes spawning one fail the test), so `npm run test:unit` runs in
 *   seconds on a fresh clone.
 * - e2e: every other `*.test.ts(x)`: the built CLI, tmux, Chromium, npm pack, fuzzing.
 * A new test lands in e2e unless it is named for the unit tier: the slow tier is the safe default.
 */
const UNIT = ['test/**/*.unit.test.ts', 'test/**/*.unit.test.tsx'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Ink renders differently when CI is set; our tests must not depend on it.
    env: { NO_COLOR: '1' },
    projects: [
      {
        extends: true,
        // isolate: false shares one module graph per worker across unit files (the sources, yaml,
        // ink load once): 47 s → 29 s on a loaded 2-core machine. Unit tests keep no global state.
        test: { name: 'unit', include: UNIT, setupFiles: ['test/support/no-child-processes.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: UNIT },
      },
    ],
  },
});
