import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Two tiers, decided by the file name (DEVELOPERS.md, "Tests"):
 * - unit: `*.unit.test.ts(x)`: the core, the Ink components in memory. No build, no dist/, no
 *   child process (a setup file makes spawning one fail the test), so `npm run test:unit` runs in
 *   seconds on a fresh clone.
 * - e2e: every other `*.test.ts(x)`: the built CLI, tmux, Chromium, npm pack, fuzzing.
 * A new test lands in e2e unless it is named for the unit tier: the slow tier is the safe default.
 */
const UNIT = ['test/**/*.unit.test.ts', 'test/**/*.unit.test.tsx'];

/**
 * The files that take longest (the browser tests, about a minute each on 2 cores) start first:
 * on a fresh clone vitest has no timings yet and would start the largest files first, leaving
 * a minute-long file for the end. With timings (a second run), vitest's own order is kept.
 */
const STARTS_FIRST = /\/browser-[^/]*\.test\.ts$/;
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => (STARTS_FIRST.test(spec.moduleId) ? 0 : 1);
    return sorted.sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Twice as many files at once as there are cores: vitest's default of cores − 1 ran one file
    // at a time on 2 cores (6 min 33 s → under 4 min). Four times as many took as long: the two
    // cores are busy by then (DEVELOPERS.md, "Tests").
    maxWorkers: Math.max(2, availableParallelism() * 2),
    sequence: { sequencer: LongestFirst },
    // Ink renders differently when CI is set; our tests must not depend on it.
    env: { NO_COLOR: '1' },
    // Every temporary file of the run in one folder, removed at the end (test/support/temp-root.ts).
    globalSetup: ['test/support/temp-root.ts'],
    projects: [
      {
        extends: true,
        // isolate: false shares one module graph per worker across unit files (the sources, yaml,
        // ink load once): 47 s → 29 s on a loaded 2-core machine. Unit tests keep no global state.
        test: { name: 'unit', include: UNIT, setupFiles: ['test/support/no-child-processes.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: UNIT, isolate: false },
      },
    ],
  },
});
