import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../core/render/outputs.js';

/**
 * Writes every file or none: all go to temporary files in the target folder first, and only
 * when each has been written are they renamed over the old ones (a rename is atomic).
 */
export function writeFilesAtomically(dir: string, files: readonly OutputFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = join(dir, file.name);
      const temp = join(dir, `.${file.name}.${process.pid}.tmp`);
      staged.push({ temp, target });
      writeFileSync(temp, file.content, { flag: 'wx' });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  return staged.map(({ target }) => target);
}

/** Writing as an outcome, not an exception: the files written, or the reason in plain words. */
export function writeOutputs(dir: string, files: readonly OutputFile[]): { ok: true; written: string[] } | { ok: false; reason: string } {
  try {
    return { ok: true, written: writeFilesAtomically(dir, files) };
  } catch (error) {
    return { ok: false, reason: describeWriteError(error) };
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of that path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  EISDIR: 'a folder of that name is in the way',
  EIO: 'the disk reported an input/output error',
};

/** A file-system error in plain words, with its code for searching. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && REASONS[code] ? `${REASONS[code]} (${code})` : (error as Error).message;
}
