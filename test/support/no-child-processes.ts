/**
 * Setup file of the unit tier: a unit test that starts a process (the built CLI, tmux, Chromium,
 * npm) fails at once and says where it belongs, instead of passing only after `npm run build`.
 */
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { afterAll, beforeAll } from 'vitest';

const NAMES = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;
const originals = new Map<string, unknown>();
const mutable = childProcess as unknown as Record<string, unknown>;

beforeAll(() => {
  for (const name of NAMES) {
    originals.set(name, mutable[name]);
    mutable[name] = () => {
      throw new Error(`a unit test may not start a process (child_process.${name}); name the file *.test.ts so it runs with test:e2e`);
    };
  }
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const name of NAMES) mutable[name] = originals.get(name);
  syncBuiltinESMExports();
});
