/**
 * One write at a time into an output folder: without it, a second replay's recovery could take
 * the first one's switch under way for a write cut short and roll it back. The lock file
 * (`.privacy-wizard-lock` inside the folder, io/process-lock.ts) is held around the recovery, the
 * staging and the switch — milliseconds — so a second run waits for it, briefly; a lock left by
 * a killed run is taken over at once. Per folder: a batch's files, each in its own folder, never
 * wait for one another.
 */
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { recoverOutputFolder } from './output-journal.js';
import { isThisProcess, type LockOwner, readOwner, tryLock } from './process-lock.js';

export const OUTPUT_LOCK = '.privacy-wizard-lock';
/** Long enough for any other write to finish (a write takes milliseconds), short enough for a stuck one to be reported. */
export const OUTPUT_LOCK_WAIT_MS = 10_000;
const POLL_MS = 5;

/** The folder stayed locked by another live run for the whole wait. */
export class OutputFolderBusyError extends Error {
  readonly code = 'EBUSY';
  constructor(
    readonly lockPath: string,
    readonly holder: LockOwner | undefined,
  ) {
    const who = holder ? (holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid}@${holder.host}`) : 'another run';
    super(`another privacy-wizard (${who}) is writing into it; if none runs, delete ${lockPath}`);
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Takes the folder's lock, waiting up to `waitMs` while another live run holds it; returns the
 * function that releases it. Uncontended, it is one exclusive create: no wait.
 */
export function lockOutputFolder(dir: string, waitMs = OUTPUT_LOCK_WAIT_MS): () => void {
  const lockPath = join(dir, OUTPUT_LOCK);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLock(lockPath);
    if (attempt.ok) return attempt.release;
    if (Date.now() >= deadline) throw new OutputFolderBusyError(lockPath, attempt.holder);
    // The write is synchronous from end to end: a blocking sleep keeps it so.
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}

/** A batch worker that died holding a folder's lock (its threads share this pid): the lock is stale. */
export function breakLockOfDeadWorker(dir: string) {
  const lockPath = join(dir, OUTPUT_LOCK);
  if (isThisProcess(readOwner(lockPath))) rmSync(lockPath, { force: true });
}

/** The recovery of output-journal.ts under the folder's lock, for when no write follows; returns how many switches were rolled back. */
export function recoverOutputFolderLocked(dir: string): number {
  const release = lockOutputFolder(dir);
  try {
    return recoverOutputFolder(dir);
  } finally {
    release();
  }
}
