/**
 * The journal of an output write (write-files.ts) and what undoes or tidies one: a write that
 * failed half-way is rolled back at once; one whose process died (a kill, a power loss) is rolled
 * back or tidied by the next write into the same folder, so no leftover ever blocks a run.
 */
import { closeSync, existsSync, fsync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const NEW_PREFIX = '.privacy-wizard-new-';
export const OLD_PREFIX = '.privacy-wizard-old-';
export const JOURNAL_PREFIX = '.privacy-wizard-switch-';
/** The temporary files of versions before the journal: `.NAME.PID.tmp`. */
const LEGACY_TEMP = /^\..+\.\d+\.tmp$/;
const ID = /^[0-9a-f]{16}$/;

/** The files a switch replaces, in order; hadOld: an earlier file stood there (it is in the backup folder once moved). */
export interface Journal {
  files: { name: string; hadOld: boolean }[];
}

/** Puts every earlier file back and removes every new one that had none; safe to repeat after a kill half-way. */
export function rollBack(dir: string, id: string, journal: Journal) {
  for (const { name, hadOld } of [...journal.files].reverse()) {
    const saved = join(dir, `${OLD_PREFIX}${id}`, name);
    if (existsSync(saved)) renameSync(saved, join(dir, name));
    else if (!hadOld && !existsSync(join(dir, `${NEW_PREFIX}${id}`, name))) rmSync(join(dir, name), { force: true });
  }
  syncFolder(dir);
}

/** The journal first: once it is gone nothing is rolled back, and the folders are only leftovers. */
export function removeTransaction(dir: string, id: string) {
  rmSync(join(dir, `${JOURNAL_PREFIX}${id}.json`), { force: true });
  rmSync(join(dir, `${NEW_PREFIX}${id}`), { recursive: true, force: true });
  rmSync(join(dir, `${OLD_PREFIX}${id}`), { recursive: true, force: true });
}

/**
 * What a write that died left in the folder: a switch under way (its journal) is rolled back to
 * the earlier set, which was complete; staged or backup folders without a journal are removed
 * (the switch had not begun, or had finished). Returns how many switches were rolled back.
 */
export function recoverOutputFolder(dir: string): number {
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (LEGACY_TEMP.test(name)) rmSync(join(dir, name), { force: true });
    for (const prefix of [NEW_PREFIX, OLD_PREFIX, JOURNAL_PREFIX]) {
      const id = name.startsWith(prefix) ? name.slice(prefix.length).replace(/\.json$/, '') : '';
      if (ID.test(id)) ids.add(id);
    }
  }
  let rolledBack = 0;
  for (const id of ids) {
    const journal = readJournal(join(dir, `${JOURNAL_PREFIX}${id}.json`));
    if (journal) {
      rollBack(dir, id, journal);
      rolledBack++;
    }
    removeTransaction(dir, id);
  }
  return rolledBack;
}

function readJournal(path: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const journal = JSON.parse(text) as Journal;
  // Only names this tool writes: a journal must never make the rollback touch anything else.
  const safe = journal.files.every(({ name }) => typeof name === 'string' && /^[^/\\]+$/.test(name) && !name.startsWith('.'));
  if (!safe) throw new Error(`${path} is not a journal of privacy-wizard: remove it by hand`);
  return journal;
}

/** A rename or a new file is durable only once its folder is synced (on platforms that can). */
export function syncFolder(dir: string): void {
  const fd = openFolder(dir);
  if (fd === undefined) return;
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!unsyncableFolder(error)) throw error;
  } finally {
    closeSync(fd);
  }
}

export const fsyncAsync = promisify(fsync);

/** syncFolder without blocking the thread while the disk works (a write's own steps, write-files.ts). */
export async function syncFolderAsync(dir: string): Promise<void> {
  const fd = openFolder(dir);
  if (fd === undefined) return;
  try {
    await fsyncAsync(fd);
  } catch (error) {
    if (!unsyncableFolder(error)) throw error;
  } finally {
    closeSync(fd);
  }
}

/** A folder that cannot be opened cannot be synced either: there is nothing to sync. */
function openFolder(dir: string): number | undefined {
  try {
    return openSync(dir, 'r');
  } catch {
    return undefined;
  }
}

/** The error of a platform or file system that cannot sync a folder: nothing to do about it. */
export const unsyncableFolder = (error: unknown): boolean =>
  ['EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '');
