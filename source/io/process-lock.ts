/**
 * A lock file that names its owner: pid, host, the machine's boot id, the process's start time
 * and its thread. The profile lock (session/session-lock.ts) and the output-folder lock
 * (io/output-lock.ts) are both this.
 *
 * Not proper-lockfile: its staleness test is an mtime timeout, so after a crash or a kill the
 * lock would stay for seconds. Asking the kernel tells at once whether a lock is stale: its owner
 * no longer runs, the machine has restarted since (another boot id), or its pid now belongs to
 * another process (another start time; pids repeat, in containers at once). A lock from another
 * host cannot be checked from here: it counts as held.
 */

import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';

export interface LockOwner {
  pid: number;
  host: string;
  /** /proc/sys/kernel/random/boot_id: another one means the machine has restarted since. */
  bootId?: string;
  /** The process's start time, in clock ticks since boot (/proc/PID/stat, field 22). */
  started?: string;
  /** The worker thread (0: the main thread): a batch's workers share one pid. */
  thread?: number;
}

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

/** Field 22 of /proc/PID/stat; the fields after the command name (in parentheses, which may hold anything) start at 3. */
export function startTimeOf(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

let own: LockOwner | undefined;
/**
 * This process, thread included, as a lock names it. Read once: none of it changes while the
 * process runs, and a batch takes a lock per folder (two /proc reads each, before).
 */
const self = (): LockOwner => {
  own ??= { pid: process.pid, host: hostname(), bootId: bootId(), started: startTimeOf(process.pid), thread: threadId };
  return own;
};

/** Whether the lock was written by this process (any of its threads). */
export const isThisProcess = (owner: LockOwner | undefined): owner is LockOwner =>
  owner?.pid === process.pid && owner.host === self().host && owner.started === self().started;

/** Whether the process that wrote this lock still runs (on this host). */
function ownerRuns(owner: LockOwner): boolean {
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

export function readOwner(lockPath: string): LockOwner | undefined {
  return parseOwner(readText(lockPath));
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  try {
    const owner = JSON.parse(text ?? '') as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
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
  const owner = readOwner(lockPath);
  if (isThisProcess(owner) && (owner.thread ?? 0) === threadId) rmSync(lockPath, { force: true });
  held.delete(lockPath);
}

/** What one try at a lock gave: the function that releases it, or the holder (undefined: unreadable). */
export type LockAttempt = { ok: true; release: () => void } | { ok: false; holder: LockOwner | undefined };

/**
 * One try at the lock, without waiting. A lock whose owner no longer runs (killed, machine
 * restarted, pid reused) is taken over; a live owner, or one on another host, keeps it.
 */
export function tryLock(lockPath: string): LockAttempt {
  const me = self();
  const release = () => releaseIfOurs(lockPath);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createWhole(lockPath, JSON.stringify(me))) {
      held.add(lockPath);
      return { ok: true, release };
    }
    const text = readText(lockPath);
    const owner = parseOwner(text);
    if (isThisProcess(owner) && (owner.thread ?? 0) === threadId) return { ok: true, release };
    if (owner && (owner.host !== me.host || isThisProcess(owner) || ownerRuns(owner))) return { ok: false, holder: owner };
    const moved = takeOverStale(lockPath, text);
    if (moved !== 'taken') return { ok: false, holder: moved };
  }
  return { ok: false, holder: readOwner(lockPath) };
}

/**
 * Creates the lock file with its content in one step, or returns false if it exists. Written
 * in place, the file would exist empty for a moment, and a second run reading it then would take
 * an unreadable lock for a stale one and take it over: two runs would hold it (seen under load,
 * two replays into one folder). So the content goes into a file of our own first, linked into
 * place: link() creates the name, with its content, only if the name is free.
 */
function createWhole(lockPath: string, content: string): boolean {
  const draft = `${lockPath}.new-${process.pid}-${threadId}`;
  writeFileSync(draft, content, { mode: 0o600 });
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Moves a stale lock away under a name of our own. If what we moved is no longer the stale lock
 * we read (another process took it over in between), it is put back and that process keeps it.
 */
function takeOverStale(lockPath: string, staleText: string | undefined): 'taken' | LockOwner | undefined {
  const moved = `${lockPath}.stale-${process.pid}-${threadId}`;
  try {
    renameSync(lockPath, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'taken';
    throw error;
  }
  const movedText = readText(moved);
  if (movedText !== staleText) {
    try {
      linkSync(moved, lockPath);
    } finally {
      rmSync(moved, { force: true });
    }
    return parseOwner(movedText);
  }
  rmSync(moved, { force: true });
  return 'taken';
}
