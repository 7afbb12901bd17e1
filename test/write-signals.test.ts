/**
 * The writer killed or signalled at every step of a write, in a real child process
 * (test/faults/write-driver.ts): SIGKILL ends it where it is (as a power loss would), and the
 * folder must then hold one whole set, and after the next write nothing else; SIGINT, SIGTERM
 * and SIGHUP, held as a replay holds them, let the write finish, then end it with 128 + n.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EXIT_STOPPED } from '../source/core/outcome.js';
import { recoverOutputFolderLocked } from '../source/io/output-lock.js';
import { type WriteStep, writeFilesAtomically } from '../source/io/write-files.js';
import { REPO, tempDir } from './support/cli.js';
import { contents, folderWithEarlierFiles, NEW_SET, OLD_SET } from './support/write-sets.js';

const driver = join(tempDir(), 'write-driver.mjs');
buildSync({
  entryPoints: [join(REPO, 'test/faults/write-driver.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: driver,
  logLevel: 'error',
});

const pairs = Object.entries(NEW_SET).map(([name, content]) => `${name}=${content}`);
const steps: WriteStep[] = [];
await writeFilesAtomically(
  folderWithEarlierFiles(),
  Object.entries(NEW_SET).map(([name, content]) => ({ name, content })),
  { step: (at) => steps.push(at) },
);
const cases = steps.map((at, index) => [`${at.step}${'name' in at ? ` ${at.name}` : ''}`, index] as const);

const run = (dir: string, index: number, signal: string, hold: boolean) =>
  spawnSync(process.execPath, [driver, dir, String(index), signal, hold ? '1' : '0', ...pairs], { encoding: 'utf8', timeout: 20_000 });

const visible = (dir: string) => Object.fromEntries(Object.entries(contents(dir)).filter(([name]) => !name.startsWith('.')));

describe('a write killed at each step', () => {
  it.each(cases)('SIGKILL at %s: one whole set; after the next write, the new set and nothing else', (_label, index) => {
    const dir = folderWithEarlierFiles();
    const child = run(dir, index, 'SIGKILL', false);
    expect(child.signal).toBe('SIGKILL');
    const left = visible(dir);
    // Before the journal the earlier set stands whole; from then on, the next run rolls back.
    // As the next run recovers: under the folder's lock, which the killed writer held (stale now).
    recoverOutputFolderLocked(dir);
    const recovered = contents(dir);
    expect([OLD_SET, NEW_SET]).toContainEqual(recovered);
    if (steps[index]!.step === 'tidy') expect(recovered).toEqual(NEW_SET);
    if (['recover', 'stage-folder', 'stage-file', 'stage-synced'].includes(steps[index]!.step)) expect(left).toEqual(OLD_SET);
    expect(run(dir, -1, 'SIGKILL', false).status).toBe(0);
    expect(contents(dir)).toEqual(NEW_SET);
  });
});

// SIGTERM at every step; SIGINT and SIGHUP, handled by the same code, at a step of each phase.
const heldCases = (signal: string) =>
  signal === 'SIGTERM'
    ? cases
    : cases.filter(([label]) => ['stage-file b.html', 'backup b.html', 'place b.html', 'commit'].includes(label));

describe.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('a write held through %s', (signal) => {
  it.each(heldCases(signal))(`${signal} at %s: the write is finished, then the exit is 128 + n`, (_label, index) => {
    const dir = folderWithEarlierFiles();
    const child = run(dir, index, signal, true);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(EXIT_STOPPED[signal]);
    expect(contents(dir)).toEqual(NEW_SET);
  });
});
