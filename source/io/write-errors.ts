/**
 * A file-system error in plain words. Apart from write-files.ts so that what only reports an
 * error (the standard streams' guard, which every run loads, `--help` too) does not load the
 * transactional write and its locks.
 */

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
  const { code, path } = error as NodeJS.ErrnoException;
  const where = (code === 'EISDIR' || code === 'EEXIST') && path ? `: ${path}` : '';
  return code && REASONS[code] ? `${REASONS[code]}${where} (${code})` : (error as Error).message;
}
