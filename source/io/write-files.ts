/**
 * Writes a set of output files into a folder as one transaction: afterwards the folder holds
 * the complete earlier set or the complete new set, never a mix, whatever fails and whenever the
 * process dies (a kill, a power loss: the next write into the folder finishes the tidying).
 *
 * 1. stage: every new file into a fresh folder inside the target (`.privacy-wizard-new-ID`),
 *    with the journal beside them (`.journal`: each file, and whether an earlier one was there),
 *    then all of them and that folder fsynced at once (side by side on libuv's threads: ext4
 *    commits them together, where one after the other each waited for the disk, ~3 ms apiece on
 *    a busy one); a kill here leaves only that folder, which the next run removes;
 * 2. journal: renamed into place (`.privacy-wizard-switch-ID.json`) and the folder fsynced; from
 *    now on a kill is undone by the next run;
 * 3. switch: per file, the earlier one moves into `.privacy-wizard-old-ID/` (made only when
 *    there are earlier files), the new one takes its place; a failure moves them all back
 *    (output-journal.ts, `rollBack`);
 * 4. commit: the journal is removed (the new set stands), then its folders (a failure
 *    there leaves only leftovers, which the next write removes).
 * Every fsync is awaited, none blocks the thread: a batch worker renders its next file while
 * this one waits for the disk (in a 300-file batch's profile the workers had spent 9 % of their
 * time blocked in fsync).
 */
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../core/render/outputs.js';
import {
  fsyncAsync,
  JOURNAL_PREFIX,
  type Journal,
  NEW_PREFIX,
  OLD_PREFIX,
  recoverOutputFolder,
  removeTransaction,
  rollBack,
  syncFolderAsync,
  unsyncableFolder,
} from './output-journal.js';
import { lockOutputFolder } from './output-lock.js';
import { describeWriteError } from './write-errors.js';

/** Where a write is; the test seam: a hook may throw there (a failure) or end the process (a kill). */
export type WriteStep =
  | { step: 'recover' | 'stage-folder' | 'stage-synced' | 'journal' | 'commit' | 'tidy' }
  | { step: 'stage-file' | 'backup' | 'place'; name: string };

export interface WriteHooks {
  step?(at: WriteStep): void;
  /** How long to wait for another run's lock on the folder (output-lock.ts); tests shorten it. */
  lockWaitMs?: number;
}

/** Thrown when the switch failed and could not be undone either: the next run restores the earlier set. */
export class MixedOutputError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly undo: unknown,
  ) {
    super((cause as Error).message);
  }
}

/**
 * The 16 hex digits that tie a write's folders and journal together. They need only be unlikely
 * to meet another write's (the output lock lets one write at a time, and mkdirSync refuses a
 * folder that exists), not unguessable: Math.random, where node:crypto cost every run ~3 ms to load.
 */
const folderId = (): string =>
  Array.from({ length: 2 }, () =>
    Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');

/**
 * Writes every file or none (see above); returns the paths written. Throws what stopped it, the
 * folder as it was. Holds the folder's lock throughout: another run's recovery must never take
 * this switch for one cut short (output-lock.ts).
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const release = lockOutputFolder(dir, hooks.lockWaitMs);
  try {
    return await writeLocked(dir, files, hooks.step ?? (() => {}));
  } finally {
    release();
  }
}

async function writeLocked(dir: string, files: readonly OutputFile[], step: (at: WriteStep) => void): Promise<string[]> {
  step({ step: 'recover' });
  recoverOutputFolder(dir);

  const id = folderId();
  const stage = join(dir, `${NEW_PREFIX}${id}`);
  const backup = join(dir, `${OLD_PREFIX}${id}`);
  const journalPath = join(dir, `${JOURNAL_PREFIX}${id}.json`);
  const journal: Journal = { files: [] };
  try {
    mkdirSync(stage);
    step({ step: 'stage-folder' });
    const staged: number[] = [];
    try {
      for (const file of files) {
        const hadOld = existingFile(join(dir, file.name));
        staged.push(writeUnsynced(join(stage, file.name), file.content));
        journal.files.push({ name: file.name, hadOld });
        step({ step: 'stage-file', name: file.name });
      }
      // The journal is complete once every file is staged; it is synced with them.
      staged.push(writeUnsynced(join(stage, '.journal'), JSON.stringify(journal)));
      // Only a folder that had files needs one for them. On ext4 without a journal each inode
      // freed in the last 30 s is one that every file created after searches past, so a batch
      // into fresh folders pays for each folder it makes and removes.
      if (journal.files.some((file) => file.hadOld)) mkdirSync(backup);
      staged.push(openSync(stage, 'r'));
      await syncAll(staged.slice(0, -1), staged.at(-1)!);
    } finally {
      for (const fd of staged) closeSync(fd);
    }
    step({ step: 'stage-synced' });
    renameSync(join(stage, '.journal'), journalPath);
    await syncFolderAsync(dir);
    step({ step: 'journal' });
  } catch (error) {
    // Nothing outside the two fresh folders has changed yet.
    removeTransaction(dir, id);
    throw error;
  }

  try {
    for (const { name, hadOld } of journal.files) {
      if (hadOld) {
        renameSync(join(dir, name), join(backup, name));
        step({ step: 'backup', name });
      }
      renameSync(join(stage, name), join(dir, name));
      step({ step: 'place', name });
    }
    await syncFolderAsync(dir);
  } catch (error) {
    try {
      rollBack(dir, id, journal);
    } catch (undo) {
      throw new MixedOutputError(error, undo);
    }
    throw error;
  }
  try {
    // The commit point: with the journal gone, the new set stands.
    step({ step: 'commit' });
    rmSync(journalPath);
    await syncFolderAsync(dir);
  } catch (error) {
    rollBack(dir, id, journal);
    removeTransaction(dir, id);
    throw error;
  }
  try {
    step({ step: 'tidy' });
    removeTransaction(dir, id);
  } catch {
    // Only leftovers, which the next write into the folder removes.
  }
  return files.map((file) => join(dir, file.name));
}

/**
 * Whether an earlier output file stands at this path (a file or a link, which is replaced and
 * never followed). A folder or anything else of that name stops the write before any change:
 * moving it aside could lose what the user keeps there.
 */
function existingFile(path: string): boolean {
  // throwIfNoEntry: an ENOENT thrown and caught per file cost a batch ~0.7 ms an answers file.
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return false;
  if (stats.isFile() || stats.isSymbolicLink()) return true;
  throw Object.assign(new Error(`${path} is ${stats.isDirectory() ? 'a folder' : 'not a file'}`), {
    code: stats.isDirectory() ? 'EISDIR' : 'EEXIST',
    path,
  });
}

/** A new file with its content, not yet synced; returns its descriptor (closed by the caller). */
function writeUnsynced(path: string, content: string): number {
  const fd = openSync(path, 'wx', 0o644);
  try {
    // The string goes to the file without a Buffer of its own (half the time of Buffer.from).
    // A regular file takes it whole; should the write come back short, the rest follows as bytes.
    const done = writeSync(fd, content);
    if (done < Buffer.byteLength(content)) {
      const rest = Buffer.from(content).subarray(done);
      for (let more = 0; more < rest.length; ) more += writeSync(fd, rest, more);
    }
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * The files and their folder fsynced at once; all are waited for before a failure is thrown, so
 * that none is closed under a sync still running. A folder that cannot be synced is let be (as
 * syncFolder does).
 */
async function syncAll(files: readonly number[], folder: number): Promise<void> {
  const results = await Promise.allSettled([
    ...files.map((fd) => fsyncAsync(fd)),
    fsyncAsync(folder).catch((error: unknown) => {
      if (!unsyncableFolder(error)) throw error;
    }),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** What a write did: the files written; or the reason, and whether the folder kept its earlier files. */
export type WriteOutcome = { ok: true; written: string[] } | { ok: false; reason: string; mixed: boolean };

/** Writing as an outcome, not an exception. */
export async function writeOutputs(dir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<WriteOutcome> {
  try {
    return { ok: true, written: await writeFilesAtomically(dir, files, hooks) };
  } catch (error) {
    if (error instanceof MixedOutputError) return { ok: false, reason: describeWriteError(error.cause), mixed: true };
    return { ok: false, reason: describeWriteError(error), mixed: false };
  }
}
