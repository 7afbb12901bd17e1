/**
 * Files in --out are replaced only when the whole run succeeds: a full disk, a read-only folder
 * or bad input leaves the earlier files as they were, with a clear message and a non-zero exit;
 * nothing is written outside --out.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, listFiles, runCli, tempDir } from './support/cli.js';

const EXAMPLE = join(EXAMPLES, 'web-agency.yaml');

/** Every file of a folder with its content, to compare before and after. */
const contents = (dir: string) => Object.fromEntries(listFiles(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** Runs a shell script in a private mount namespace, where it may mount a small tmpfs. */
const inMountNamespace = (script: string, env: Record<string, string>) =>
  spawnSync('unshare', ['-m', 'sh', '-euc', script], { encoding: 'utf8', env: { ...process.env, ...env } });
const canMount = inMountNamespace('mount -t tmpfs -o size=64k tmpfs "$D"', { D: tempDir() }).status === 0;

/**
 * Inside a fresh tmpfs: a first replay (English only) leaves earlier files; `$BREAK` then breaks
 * the disk; a full replay runs; the script prints its exit code and what is in the folder.
 */
function replayOnBrokenDisk(breakDisk: string) {
  const root = tempDir();
  const disk = join(root, 'disk');
  mkdirSync(disk);
  const result = inMountNamespace(
    `mount -t tmpfs -o size=2m tmpfs "$D"
     "$NODE" "$CLI" --answers "$EXAMPLE" --out "$D/out" --lang en --quiet
     cp -r "$D/out" "$ROOT/before"
     ${breakDisk}
     set +e
     "$NODE" "$CLI" --answers "$EXAMPLE" --out "$D/out" > "$ROOT/stdout" 2> "$ROOT/stderr"
     echo "$?" > "$ROOT/status"
     cp -r "$D/out" "$ROOT/after"`,
    { D: disk, ROOT: root, NODE: process.execPath, CLI, EXAMPLE },
  );
  expect(result.stderr).toBe('');
  const read = (name: string) => readFileSync(join(root, name), 'utf8');
  return {
    status: Number(read('status')),
    stdout: read('stdout'),
    stderr: read('stderr'),
    before: contents(join(root, 'before')),
    after: contents(join(root, 'after')),
  };
}

describe.skipIf(!canMount)('a replay that cannot finish writing (real tmpfs, in a private mount namespace)', () => {
  it('on a disk that fills up half-way leaves the earlier files untouched and no temporary files', () => {
    // Leave room for a few of the sixteen files, not all.
    const run = replayOnBrokenDisk('head -c $(( $(df --output=avail -B1 "$D" | tail -1) - 40000 )) /dev/zero > "$D/filler" || true');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^privacy-wizard: could not write to .*\/out: the disk is full \(ENOSPC\); no file there was changed\.\n$/);
    expect(run.stdout).toBe('');
    expect(Object.keys(run.before)).toHaveLength(4);
    expect(run.after).toEqual(run.before);
  });

  it('on a read-only file system leaves the earlier files untouched', () => {
    const run = replayOnBrokenDisk('mount -o remount,ro "$D"');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the folder is on a read-only file system (EROFS); no file there was changed.');
    expect(run.after).toEqual(run.before);
  });
});

describe('the --out folder', () => {
  it('keeps its earlier files when the answers are invalid', () => {
    const cwd = tempDir();
    expect(runCli(['--answers', EXAMPLE, '--out', 'out', '--lang', 'en'], { cwd }).status).toBe(0);
    const before = contents(join(cwd, 'out'));
    const bad = join(cwd, 'bad.yaml');
    writeFileSync(bad, readFileSync(EXAMPLE, 'utf8').replace(/^effectiveDate: .*$/m, 'effectiveDate: someday'));
    const result = runCli(['--answers', bad, '--out', 'out'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+ +effectiveDate/);
    expect(contents(join(cwd, 'out'))).toEqual(before);
  });

  it('is the only place written: a link planted in it is replaced, not followed', () => {
    const root = tempDir();
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(root, 'victim.txt'), 'keep me');
    symlinkSync(join(root, 'victim.txt'), join(out, 'privacy-notice.en.md'));
    const result = spawnSync(process.execPath, [CLI, '--answers', EXAMPLE, '--out', out, '--quiet'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'privacy-notice.en.md')).isSymbolicLink()).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['out', 'victim.txt']);
    expect(listFiles(out).every((name) => /^(privacy-notice|retention-table)\.(en|nl|fr|de)\.(md|html|csv)$/.test(name))).toBe(true);
  });

  it('when it is a file, gets a clear message and exit 1', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'out'), 'not a folder');
    const result = runCli(['--answers', EXAMPLE, '--out', 'out'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not write to out: .*\((EEXIST|ENOTDIR)\); no file there was changed/);
    expect(readFileSync(join(cwd, 'out'), 'utf8')).toBe('not a folder');
  });
});
