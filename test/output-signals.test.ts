/**
 * The built CLI signalled in the middle of its renames, by strace's syscall injection
 * (`strace -f -e inject=rename:signal=SIG:when=N`): held signals (SIGINT, SIGTERM, SIGHUP) let
 * the write finish and end the run with 128 + n; SIGKILL leaves one whole set, and the next run
 * leaves the new set and nothing else. Also stdout and usage faults (items 11, 13).
 * strace is installed by .ci/run; without it locally these are skipped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_STOPPED } from '../source/core/outcome.js';
import { recoverOutputFolderLocked } from '../source/io/output-lock.js';
import { CLI, EXAMPLES, runCli, tempDir } from './support/cli.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;
const EXAMPLE = join(EXAMPLES, 'web-agency.yaml');
const text = readFileSync(EXAMPLE, 'utf8');

const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

/**
 * The example's files and those of a changed copy of it, whose files all differ: replayed once
 * for the file (each replay costs a CLI start), then copied for each test.
 */
function replayReference() {
  const root = tempDir();
  const changed = join(root, 'changed.yaml');
  writeFileSync(
    changed,
    text.replace(/effectiveDate: "(\d{4})/, (_, year: string) => `effectiveDate: "${Number(year) + 1}`),
  );
  const out = join(root, 'out');
  const newOut = join(root, 'new');
  expect(runCli(['--answers', EXAMPLE, '--out', out, '--quiet']).status).toBe(0);
  expect(runCli(['--answers', changed, '--out', newOut, '--quiet']).status).toBe(0);
  return { changed, out, before: contents(out), after: contents(newOut) };
}
let reference: ReturnType<typeof replayReference> | undefined;

/** A folder of its own holding the example's files, the changed copy, and both sets' contents. */
function setUp() {
  reference ??= replayReference();
  const { changed: referenceChanged, out: referenceOut, before, after } = reference;
  const root = tempDir();
  const changed = join(root, 'changed.yaml');
  cpSync(referenceChanged, changed);
  const out = join(root, 'out');
  cpSync(referenceOut, out, { recursive: true });
  expect(contents(out)).toEqual(before);
  return { root, changed, out, before, after };
}

const underStrace = (signal: string, when: number, args: string[]) =>
  spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-o',
      '/dev/null',
      '-e',
      'trace=rename',
      '-e',
      `inject=rename:signal=${signal}:when=${when}`,
      process.execPath,
      CLI,
      ...args,
    ],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

// Renames of a 16-file write: the journal, then an earlier file moved aside and a new one placed, per file.
const RENAMES = [1, 2, 3, 16, 33];

describe.skipIf(!hasStrace)('a replay signalled during its renames (strace)', () => {
  it.each(
    (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).flatMap((signal) =>
      (signal === 'SIGTERM' ? RENAMES : [2, 33]).map((n) => [signal, n] as const),
    ),
  )('%s at rename %i: the write finishes, exit 128 + n', (signal, n) => {
    const { changed, out, after } = setUp();
    const run = underStrace(signal, n, ['--answers', changed, '--out', out, '--quiet']);
    expect(run.status).toBe(EXIT_STOPPED[signal]);
    expect(run.stderr).toBe(`privacy-wizard: stopped by ${signal}; the write was finished first: ${out} holds the new files.\n`);
    expect(contents(out)).toEqual(after);
  });

  it.each(RENAMES)('SIGKILL at rename %i: one whole set, and after the next run the new set and nothing else', (n) => {
    const { changed, out, before, after } = setUp();
    underStrace('SIGKILL', n, ['--answers', changed, '--out', out, '--quiet']);
    const copy = join(tempDir(), 'copy');
    spawnSync('cp', ['-a', out, copy]);
    recoverOutputFolderLocked(copy);
    expect([before, after]).toContainEqual(contents(copy));
    expect(runCli(['--answers', changed, '--out', out, '--quiet']).status).toBe(0);
    expect(contents(out)).toEqual(after);
  });

  it('a batch signalled during a write finishes the writes under way, and exits 143', () => {
    const { root, changed } = setUp();
    const clients = join(root, 'clients');
    mkdirSync(clients);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(clients, `${name}.yaml`), readFileSync(changed));
    const out = join(root, 'batch');
    const run = underStrace('SIGTERM', 5, ['--answers', join(clients, '*.yaml'), '--out', out, '--quiet']);
    expect(run.status).toBe(143);
    expect(run.stderr).toMatch(/stopped by SIGTERM after the writes under way were finished; not replayed: /);
    for (const folder of readdirSync(out)) {
      const files = readdirSync(join(out, folder));
      expect(files.filter((name) => name.startsWith('.'))).toEqual([]);
      expect(files).toHaveLength(16);
    }
  });
});

describe('standard streams and usage', () => {
  it('ends a replay into a full stdout with exit 1, one line and no stack trace', () => {
    const out = join(tempDir(), 'out');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --answers "${EXAMPLE}" --out "${out}" >/dev/full`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('privacy-wizard: could not write to standard output: the disk is full (ENOSPC)\n');
  });

  it('ends with exit 1 and no stack trace when the reader of stdout goes away (EPIPE)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" schema | (exec 0<&-; sleep 0.3)`], { encoding: 'utf8' });
    expect(run.stderr).toBe('privacy-wizard: could not write to standard output: the reader closed it (EPIPE)\n');
  });

  it.each([
    [['--lang', ''], '--lang needs a value'],
    [['--format', ''], '--format needs a value'],
    [['--out', ''], '--out needs a folder name'],
  ])('refuses %j as a usage error (exit 2)', (args, message) => {
    const run = runCli(['--answers', EXAMPLE, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses an --out whose bytes are not UTF-8, writing nothing', () => {
    const root = tempDir();
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --answers "${EXAMPLE}" --out "$(printf 'o\\377')"`], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out holds bytes that are not UTF-8 text');
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses --lang and --format given empty to check too', () => {
    expect(runCli(['check', EXAMPLE, '--lang', '']).status).toBe(2);
    expect(runCli(['check', EXAMPLE, '--format', '']).status).toBe(2);
  });
});
