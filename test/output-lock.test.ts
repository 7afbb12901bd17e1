/**
 * Two writes into one output folder at the same time, in real child processes. Without the
 * folder's lock, the second run's recovery takes the first one's switch under way for a write cut
 * short and rolls it back under its feet; with it, the second waits, and the folder ends as one
 * complete set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type WriteStep, writeFilesAtomically } from '../source/io/write-files.js';
import { CLI, EXAMPLES, REPO, runCli, tempDir } from './support/cli.js';
import { contents, folderWithEarlierFiles, NEW_SET } from './support/write-sets.js';

const driver = join(tempDir(), 'concurrent-write-driver.mjs');
buildSync({
  entryPoints: [join(REPO, 'test/faults/concurrent-write-driver.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: driver,
  logLevel: 'error',
});

const steps: WriteStep[] = [];
await writeFilesAtomically(
  folderWithEarlierFiles(),
  Object.entries(NEW_SET).map(([name, content]) => ({ name, content })),
  { step: (at) => steps.push(at) },
);
/** Mid-switch: b.html moved aside, its new file not yet in place. */
const MID_SWITCH = steps.findIndex((at) => at.step === 'backup' && at.name === 'b.html');

const SECOND_SET = Object.fromEntries(Object.keys(NEW_SET).map((name) => [name, `second ${name}`]));

function finished(child: ChildProcess): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

const write = (dir: string, set: Record<string, string>, pauseAt = -1, pauseMs = 0, ready = '') =>
  finished(
    spawn(process.execPath, [driver, dir, String(pauseAt), String(pauseMs), ready, ...Object.entries(set).map(([n, c]) => `${n}=${c}`)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );

async function until(done: () => boolean) {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('two writes into one output folder at once', () => {
  it("the second waits for the first one's switch, rolls back no journal of it, and the folder ends as the second set", async () => {
    const dir = folderWithEarlierFiles();
    const ready = join(tempDir(), 'ready');
    const first = write(dir, NEW_SET, MID_SWITCH, 1500, ready);
    await until(() => existsSync(ready));
    const startedSecond = Date.now();
    const second = await write(dir, SECOND_SET);
    const waited = Date.now() - startedSecond;
    const firstDone = await first;
    expect(firstDone).toMatchObject({ status: 0, stderr: '' });
    expect(second).toMatchObject({ status: 0, stderr: '' });
    // At its recovery the first write had committed: there was no journal to roll back.
    expect(JSON.parse(second.stdout)).toEqual({ journalsAtRecovery: 0 });
    expect(waited).toBeGreaterThan(500);
    expect(contents(dir)).toEqual(SECOND_SET);
  });

  it('two replays of the built CLI started together leave one whole set of one of them, every time', async () => {
    const answers = ['restaurant.yaml', 'hairdresser.yaml'].map((name) => join(EXAMPLES, name));
    const expected = answers.map((file) => {
      const out = tempDir();
      expect(runCli(['--answers', file, '--out', out, '--quiet']).status).toBe(0);
      return contents(out);
    });
    for (let round = 0; round < 4; round++) {
      const out = tempDir();
      const runs = await Promise.all(
        answers.map((file) =>
          finished(spawn(process.execPath, [CLI, '--answers', file, '--out', out, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] })),
        ),
      );
      for (const run of runs) expect(run).toMatchObject({ status: 0, stderr: '' });
      // No hidden leftover either: not the lock, no journal, no staging folder.
      expect(expected).toContainEqual(contents(out));
    }
  });
});
