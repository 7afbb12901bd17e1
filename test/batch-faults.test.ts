/**
 * Batch replay under faults and odd names (issue 16, items 4-6, 10, 17): names that leave no
 * folder of their own, file names that look like globs, a write failure, a named pipe among the
 * files, and a worker thread that dies.
 */

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runOnWorkers } from '../source/commands/batch-workers.js';
import { EXAMPLES, listFiles, REPO, runCli, tempDir } from './support/cli.js';

const EXAMPLE = join(EXAMPLES, 'web-agency.yaml');

function folderOf(names: string[]): string {
  const dir = join(tempDir(), 'clients');
  mkdirSync(dir);
  for (const name of names) copyFileSync(EXAMPLE, join(dir, name));
  return dir;
}

describe('batch folder names', () => {
  it.each(['...yaml', '..yaml', '.yaml', '....yml'])(
    'refuses %s, which leaves no folder of its own, and writes nothing anywhere',
    (name) => {
      const clients = folderOf([name, 'acme.yaml']);
      const root = tempDir();
      const out = join(root, 'out');
      const run = runCli(['--answers', join(clients, name), join(clients, 'acme.yaml'), '--out', out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${join(clients, name)} leaves no folder name once .yaml is taken off`);
      expect(listFiles(root)).toEqual([]);
    },
  );

  it('refuses two files whose folders differ only in case', () => {
    const clients = folderOf(['Acme.yaml', 'acme.yaml']);
    const run = runCli(['--answers', join(clients, 'Acme.yaml'), join(clients, 'acme.yaml'), '--out', join(tempDir(), 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rename one of them');
  });

  it.each(['client[1].yaml', 'acme (copy).yaml', 'a{b}.yaml', 'x+y@z!.yaml'])(
    'takes %s, a file that exists, as that one file, not as a glob',
    (name) => {
      const clients = folderOf([name]);
      const out = join(tempDir(), 'out');
      const run = runCli(['--answers', join(clients, name), '--out', out, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      expect(listFiles(out)).toHaveLength(16);
    },
  );

  it('takes such a file literally among several, too', () => {
    const clients = folderOf(['client[1].yaml', 'client1.yaml']);
    const out = join(tempDir(), 'out');
    const run = runCli(['--answers', join(clients, 'client[1].yaml'), join(clients, 'client1.yaml'), '--out', out, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['client1', 'client[1]']);
  });
});

describe('batch faults', () => {
  it('exits 1 when a file could not be written, and still writes the others', () => {
    const clients = folderOf(['a.yaml', 'b.yaml']);
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, 'b', 'privacy-notice.en.md'), { recursive: true });
    const run = runCli(['--answers', join(clients, '*.yaml'), '--out', out, '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a folder of that name is in the way');
    expect(listFiles(join(out, 'a'))).toHaveLength(16);
    expect(listFiles(join(out, 'b'))).toEqual(['privacy-notice.en.md']);
  });

  it('refuses a named pipe among the files at once, and writes the others', () => {
    const clients = folderOf(['a.yaml']);
    spawnSync('mkfifo', [join(clients, 'pipe.yaml')]);
    const out = join(tempDir(), 'out');
    const run = runCli(['--answers', join(clients, 'pipe.yaml'), join(clients, 'a.yaml'), '--out', out, '--quiet'], { timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('it is a named pipe (FIFO), not a file');
    expect(listFiles(join(out, 'a'))).toHaveLength(16);
  });

  it('a worker that dies fails only the files it had, undoes the write it cut short, and the others are replayed', async () => {
    const root = tempDir();
    const worker = join(root, 'worker.mjs');
    buildSync({
      entryPoints: [join(REPO, 'test/faults/crashing-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: worker,
      logLevel: 'error',
    });
    const crashed = join(root, 'crash');
    mkdirSync(crashed);
    for (const name of ['a.md', 'b.md']) writeFileSync(join(crashed, name), 'old');
    const names = ['one', 'crash', 'two', 'three', 'four', 'five'];
    const jobs = names.map((file, index) => ({ index, file, outDir: join(root, file) }));
    const outcomes = await runOnWorkers(jobs, { formats: ['md'] }, { workerUrl: pathToFileURL(worker) });
    expect(outcomes.map((o) => o?.ok)).toEqual([true, false, true, true, true, true]);
    expect(outcomes[1]).toEqual({
      ok: false,
      exitCode: 1,
      errors: [
        `privacy-wizard: crash: the worker replaying it stopped (exit code 3); the write it cut short was undone: ${crashed} holds its earlier files.`,
      ],
    });
    expect(readdirSync(crashed).sort()).toEqual(['a.md', 'b.md']);
    for (const name of ['a.md', 'b.md']) expect(readFileSync(join(crashed, name), 'utf8')).toBe('old');
    for (const name of names.filter((n) => n !== 'crash')) expect(readFileSync(join(root, name, 'a.md'), 'utf8')).toBe(`new ${name}`);
  });
});
