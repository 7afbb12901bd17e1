/**
 * The saved session and its lock under hostile conditions (issue 16, items 10, 15-17): stores
 * holding JSON that is no session object or no file at all, a lock whose pid now belongs to
 * another process, a lock from a machine that has restarted or from another host, and
 * wizards racing for one profile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lockSession, ProfileInUseError, startTimeOf } from '../source/session/session-lock.js';
import { openSessionStore } from '../source/session/store.js';
import { REPO, runCli, tempDir } from './support/cli.js';

const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

describe('a store that is no session', () => {
  it.each(['null', '[]', '42', '"text"', 'true'])('holding %s is kept aside byte for byte and reported, never reset', (json) => {
    const cwd = tempDir();
    const path = join(cwd, 'session-default.json');
    writeFileSync(path, json);
    const store = openSessionStore({ profile: 'default', cwd });
    try {
      expect(store.brokenBackup).toMatch(/session-default\.json\.broken-/);
      expect(readFileSync(store.brokenBackup!, 'utf8')).toBe(json);
      expect(store.load()).toBeUndefined();
      store.save({ draft: {}, stack: [{ base: [], index: 0 }] });
      expect(readFileSync(store.brokenBackup!, 'utf8')).toBe(json);
    } finally {
      store.close();
    }
  });

  it('a named pipe in its place is not read: export says so at once, the wizard keeps it aside', () => {
    const config = tempDir();
    const dir = join(config, 'privacy-wizard');
    mkdirSync(dir);
    spawnSync('mkfifo', [join(dir, 'session-default.json')]);
    const run = runCli(['export'], { env: { XDG_CONFIG_HOME: config }, timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot be read');
    const store = openSessionStore({ profile: 'default', cwd: dir });
    store.close();
    expect(store.brokenBackup).toMatch(/\.broken-/);
    expect(readdirSync(dir).filter((name) => name === 'session-default.json')).toEqual([]);
  });
});

describe('the profile lock tells a live wizard from a stale lock', () => {
  // A live process of this machine that is not a wizard: the pid a reused lock would name.
  const other = spawn('sleep', ['60']);
  const lockWith = (owner: Record<string, unknown>) => {
    const path = join(tempDir(), 'session-default.json.lock');
    writeFileSync(path, JSON.stringify({ pid: other.pid, host: hostname(), bootId, ...owner }));
    return path;
  };

  it('takes over a lock whose pid now belongs to another process (another start time)', () => {
    const release = lockSession(lockWith({ started: '1' }));
    release();
  });

  it('takes over a lock written before the machine restarted (another boot id), though its pid runs', () => {
    lockSession(lockWith({ bootId: '00000000-0000-0000-0000-000000000000', started: startTimeOf(other.pid!) }))();
  });

  it('refuses a lock whose owner still runs (same pid, same start time)', () => {
    expect(() => lockSession(lockWith({ started: startTimeOf(other.pid!) }))).toThrow(ProfileInUseError);
  });

  it('refuses a lock of another host and names it, with the lock file to delete', () => {
    const path = lockWith({ host: 'laptop-of-an' });
    let error: unknown;
    try {
      lockSession(path);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ProfileInUseError);
    expect((error as ProfileInUseError).holder).toBe(`${other.pid}@laptop-of-an`);
    expect((error as Error).message).toContain(path);
    other.kill();
  });
});

describe('wizards racing for one profile', () => {
  it('lets exactly one of eight started at once take the lock', async () => {
    const driver = join(tempDir(), 'lock-driver.mjs');
    buildSync({
      entryPoints: [join(REPO, 'test/faults/lock-driver.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: driver,
      logLevel: 'error',
    });
    const path = join(tempDir(), 'session-default.json.lock');
    // A stale lock to take over makes the race harder: each contender must move it aside first.
    writeFileSync(path, JSON.stringify({ pid: 999_999_999, host: hostname(), bootId }));
    const answers = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, [driver, path, '1500']);
            let out = '';
            child.stdout.on('data', (chunk) => (out += chunk));
            child.on('close', () => resolve(out.trim()));
          }),
      ),
    );
    expect(answers.sort()).toEqual(['busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'got']);
    expect(existsSync(path)).toBe(false);
  });
});
