/** The saved session is never reset silently, never written by two wizards at once. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileInUseError } from '../../source/session/session-lock.js';
import { NewerStoreError, openSessionStore } from '../../source/session/store.js';
import { CLI, tempDir } from '../support/cli.js';

const session = { formatVersion: 1, draft: { languages: ['en'] }, stack: [{ base: [], index: 1 }] };

function storeDir(text?: string) {
  const cwd = tempDir();
  if (text !== undefined) writeFileSync(join(cwd, 'session-p.json'), text);
  return { cwd, file: join(cwd, 'session-p.json'), lock: join(cwd, 'session-p.json.lock') };
}

describe('a saved session that is not one', () => {
  it.each([
    ['not JSON', '{"formatVersion": 1, "draft": {'],
    ['cut off by a full disk', ''],
    ['JSON of the wrong shape', JSON.stringify({ formatVersion: 1, draft: ['a'], stack: [] })],
    ['a stack pointing nowhere', JSON.stringify({ ...session, stack: [{ base: [], index: -1 }] })],
  ])('is kept aside byte for byte when it is %s', (_name, text) => {
    const { cwd, file } = storeDir(text);
    const store = openSessionStore({ profile: 'p', cwd });
    expect(store.brokenBackup).toMatch(/session-p\.json\.broken-\d{4}-\d\d-\d\dT/);
    expect(readFileSync(store.brokenBackup!, 'utf8')).toBe(text);
    expect(existsSync(file)).toBe(false);
    expect(store.load()).toBeUndefined();
    store.close();
  });

  it('from a newer version is left alone, and the wizard refuses it', () => {
    const text = JSON.stringify({ ...session, formatVersion: 2 });
    const { cwd, file } = storeDir(text);
    expect(() => openSessionStore({ profile: 'p', cwd })).toThrow(NewerStoreError);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(cwd)).toEqual(['session-p.json']);
  });

  it('is reported, not moved, by a read-only opening (export)', () => {
    const { cwd, file } = storeDir('garbage');
    const store = openSessionStore({ profile: 'p', cwd, readOnly: true });
    expect(store.defect).toBe('unreadable');
    expect(readFileSync(file, 'utf8')).toBe('garbage');
    expect(() => store.save({ draft: {}, stack: [] })).toThrow(/read-only/);
  });

  it('makes `export` fail with exit 2, leaving the file as it was', () => {
    const home = tempDir();
    mkdirSync(join(home, 'privacy-wizard'));
    const file = join(home, 'privacy-wizard', 'session-default.json');
    writeFileSync(file, '{"formatVersion": 1, "dra');
    const result = spawnSync(process.execPath, [CLI, 'export'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: home } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file} cannot be read`);
    expect(readFileSync(file, 'utf8')).toBe('{"formatVersion": 1, "dra');
  });
});

describe('the profile lock', () => {
  it('refuses a second wizard while the first runs, and takes over once it has gone', async () => {
    const { cwd, lock } = storeDir(JSON.stringify(session));
    const other = spawn('sleep', ['30']);
    writeFileSync(lock, JSON.stringify({ pid: other.pid, host: hostname() }));
    let refusal: unknown;
    try {
      openSessionStore({ profile: 'p', cwd });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProfileInUseError);
    expect((refusal as ProfileInUseError).pid).toBe(other.pid);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(other.pid);

    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    const store = openSessionStore({ profile: 'p', cwd });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    expect(store.load()?.draft).toEqual(session.draft);
    store.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('is never taken from a wizard on another machine sharing the folder', () => {
    const { cwd, lock } = storeDir();
    writeFileSync(lock, JSON.stringify({ pid: 1, host: `not-${hostname()}` }));
    expect(() => openSessionStore({ profile: 'p', cwd })).toThrow(ProfileInUseError);
  });

  it('takes over a lock file that holds no owner', () => {
    const { cwd, lock } = storeDir();
    writeFileSync(lock, '');
    openSessionStore({ profile: 'p', cwd }).close();
    expect(existsSync(lock)).toBe(false);
  });

  it('lets a read-only opening through', () => {
    const { cwd, lock } = storeDir(JSON.stringify(session));
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(openSessionStore({ profile: 'p', cwd, readOnly: true }).load()?.draft).toEqual(session.draft);
  });
});
