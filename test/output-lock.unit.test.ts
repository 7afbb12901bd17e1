/** The output folder's lock: taken at once when free or stale, per folder, and a clear refusal when it stays held. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutputFolder, OUTPUT_LOCK, OutputFolderBusyError } from '../source/io/output-lock.js';
import { startTimeOf } from '../source/io/process-lock.js';
import { writeOutputs } from '../source/io/write-files.js';
import { tempDir } from './support/cli.js';

/** A lock as a live writer holds it: this process, another (worker) thread. */
const heldByAnotherThread = (dir: string) =>
  writeFileSync(
    join(dir, OUTPUT_LOCK),
    JSON.stringify({ pid: process.pid, host: hostname(), started: startTimeOf(process.pid), thread: 4242 }),
  );

describe('the output folder lock', () => {
  it('is taken at once when free, and removed on release', () => {
    const dir = tempDir();
    const started = Date.now();
    const release = lockOutputFolder(dir);
    expect(Date.now() - started).toBeLessThan(50);
    expect(existsSync(join(dir, OUTPUT_LOCK))).toBe(true);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is per folder: a held lock on one folder does not delay another', () => {
    const [a, b] = [tempDir(), tempDir()];
    heldByAnotherThread(a);
    const started = Date.now();
    lockOutputFolder(b, 2000)();
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('takes over at once a lock whose process has ended', () => {
    const dir = tempDir();
    writeFileSync(join(dir, OUTPUT_LOCK), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), started: '1' }));
    lockOutputFolder(dir, 0)();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits, then refuses with the holder and the lock file named; the write changes nothing', () => {
    const dir = tempDir();
    heldByAnotherThread(dir);
    const started = Date.now();
    expect(() => lockOutputFolder(dir, 100)).toThrow(OutputFolderBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(() => lockOutputFolder(dir, 0)).toThrow(
      `another privacy-wizard (process ${process.pid}) is writing into it; if none runs, delete ${join(dir, OUTPUT_LOCK)}`,
    );
    expect(readdirSync(dir)).toEqual([OUTPUT_LOCK]);
  });
});

describe('a write into a folder another run holds', () => {
  it('fails as a write that changed nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'old');
    heldByAnotherThread(dir);
    const outcome = await writeOutputs(dir, [{ name: 'a.md', content: 'new' }], { lockWaitMs: 50 });
    expect(outcome).toMatchObject({ ok: false, mixed: false });
    expect(outcome.ok || outcome.reason).toContain('is writing into it');
    expect(readdirSync(dir).sort()).toEqual([OUTPUT_LOCK, 'a.md']);
  });
});
