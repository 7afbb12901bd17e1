/**
 * One wizard per profile: a lock file beside the saved session holds the owner's pid.
 *
 * Not proper-lockfile: its staleness test is an mtime timeout, so after a crash or a kill the
 * profile would stay locked for seconds. The saved session lives on the user's own disk, so
 * asking the kernel whether the owning pid still runs tells at once whether a lock is stale.
 */

import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export class ProfileInUseError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(`the profile is open in another privacy-wizard (process ${pid}); lock file ${lockPath}`);
  }
}

interface Owner {
  pid: number;
  host: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parseOwner(text: string | undefined): Owner | undefined {
  try {
    const owner = JSON.parse(text ?? '') as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A killed process not yet reaped by its parent still answers kill(pid, 0) (Linux: state Z). */
function isZombie(pid: number): boolean {
  const stat = readText(`/proc/${pid}/stat`);
  return stat !== undefined && / Z /.test(stat.slice(stat.lastIndexOf(')')));
}

const held = new Set<string>();
process.once('exit', () => {
  for (const lockPath of held) releaseIfOurs(lockPath);
});

function releaseIfOurs(lockPath: string) {
  if (parseOwner(readText(lockPath))?.pid === process.pid) rmSync(lockPath, { force: true });
  held.delete(lockPath);
}

/**
 * Takes the lock or throws ProfileInUseError. A lock whose owner no longer runs (killed, machine
 * restarted) is taken over. Returns the function that releases it.
 */
export function lockSession(lockPath: string): () => void {
  const me: Owner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      held.add(lockPath);
      return () => releaseIfOurs(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = readText(lockPath);
    const owner = parseOwner(text);
    if (owner?.pid === process.pid && owner.host === me.host) return () => releaseIfOurs(lockPath);
    if (owner && (owner.host !== me.host || isRunning(owner.pid))) throw new ProfileInUseError(lockPath, owner.pid);
    takeOverStale(lockPath, text);
  }
  throw new ProfileInUseError(lockPath, parseOwner(readText(lockPath))?.pid ?? 0);
}

/**
 * Moves a stale lock away under a name of our own. If what we moved is no longer the stale lock
 * we read (another wizard took it over in between), it is put back and that wizard keeps it.
 */
function takeOverStale(lockPath: string, staleText: string | undefined) {
  const moved = `${lockPath}.stale-${process.pid}`;
  try {
    renameSync(lockPath, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const movedText = readText(moved);
  if (movedText !== staleText) {
    try {
      linkSync(moved, lockPath);
    } finally {
      rmSync(moved, { force: true });
    }
    const owner = parseOwner(movedText);
    throw new ProfileInUseError(lockPath, owner?.pid ?? 0);
  }
  rmSync(moved, { force: true });
}
