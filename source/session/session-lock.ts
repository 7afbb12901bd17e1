/**
 * One wizard per profile: a lock file beside the saved session names its owner (io/process-lock.ts:
 * pid, host, boot id, start time), so a lock left by a killed wizard is taken over at once. A lock
 * from another host cannot be checked from here: it is reported with its host, and the user told
 * what to do.
 */

import { hostname } from 'node:os';
import { tryLock } from '../io/process-lock.js';

export { startTimeOf } from '../io/process-lock.js';

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

/**
 * Takes the lock or throws ProfileInUseError. A lock whose owner no longer runs (killed, machine
 * restarted) is taken over. Returns the function that releases it.
 */
export function lockSession(lockPath: string): () => void {
  const attempt = tryLock(lockPath);
  if (attempt.ok) return attempt.release;
  throw new ProfileInUseError(lockPath, attempt.holder?.pid ?? 0, attempt.holder?.host);
}
