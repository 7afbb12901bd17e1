/**
 * One wizard per profile: a lock file beside the saved session holds the owner's pid, host, the
 * machine's boot id and the process's start time.
 *
 * Not proper-lockfile: its staleness test is an mtime timeout, so after a crash or a kill the
 * profile would stay locked for seconds. The saved session lives on the user's own disk, so
 * asking the kernel tells at once whether a lock is stale: its owner no longer runs, the machine
 * has restarted since (another boot id), or its pid now belongs to another process (another
 * start time; pids repeat, in containers at once). A lock from another host cannot be checked
 * from here: it is reported with its host, and the user told what to do.
 */

import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export class ProfileInUseError extends Error {
  /** The holder as the messages show it: its pid, and `@host` when that is another machine. */
  readonly holder: string;
  constructor(
    readonly lockPath: string,
    readonly pid: number,
    readonly host?: string,
  ) {
    const holder = host === undefined || host === hostname() ? String(pid) : `${pid}@${host}`;
    super(`the profile is open in another privacy-wizard (process ${holder}); lock file ${lockPath}`);
    this.holder = holder;
  }
}

interface Owner {
  pid: number;
  host: string;
  /** /proc/sys/kernel/random/boot_id: another one means the machine has restarted since. */
  bootId?: string;
  /** The process's start time, in clock ticks since boot (/proc/PID/stat, field 22). */
  started?: string;
}

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

/** Field 22 of /proc/PID/stat; the fields after the command name (in parentheses, which may hold anything) start at 3. */
export function startTimeOf(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** Whether the process that wrote this lock still runs (on this host). */
function ownerRuns(owner: Owner): boolean {
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  if (!isRunning(owner.pid)) return false;
  const started = startTimeOf(owner.pid);
  return owner.started === undefined || started === undefined || started === owner.started;
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
  const owner = parseOwner(readText(lockPath));
  if (owner?.pid === process.pid && owner.host === hostname()) rmSync(lockPath, { force: true });
  held.delete(lockPath);
}

/**
 * Takes the lock or throws ProfileInUseError. A lock whose owner no longer runs (killed, machine
 * restarted) is taken over. Returns the function that releases it.
 */
export function lockSession(lockPath: string): () => void {
  const me: Owner = { pid: process.pid, host: hostname(), bootId: bootId(), started: startTimeOf(process.pid) };
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
    if (owner?.pid === process.pid && owner.host === me.host && owner.started === me.started) return () => releaseIfOurs(lockPath);
    if (owner && (owner.host !== me.host || ownerRuns(owner))) throw new ProfileInUseError(lockPath, owner.pid, owner.host);
    takeOverStale(lockPath, text);
  }
  const owner = parseOwner(readText(lockPath));
  throw new ProfileInUseError(lockPath, owner?.pid ?? 0, owner?.host);
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
    throw new ProfileInUseError(lockPath, owner?.pid ?? 0, owner?.host);
  }
  rmSync(moved, { force: true });
}
