/**
 * `privacy-wizard scan DIR`'s walk: the site's files read one at a time, offline and bounded
 * (core/scan/types.ts, SCAN_LIMITS), each handed to the pure matcher (core/scan/scan-file.ts).
 * Symbolic links are never followed: entries are typed as lstat sees them and files are opened
 * with O_NOFOLLOW. A file or folder that cannot be read is reported, never fatal.
 */
import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { type FileKind, fileKind, IGNORED_FOLDERS } from '../core/scan/file-kinds.js';
import { scanFileText } from '../core/scan/scan-file.js';
import { buildSignatureIndex } from '../core/scan/signature-index.js';
import { emptySkipped, SCAN_LIMITS, type ScanLimits, type SiteFinding, type SiteScan } from '../core/scan/types.js';

export type SiteScanResult = { ok: true; scan: SiteScan } | { ok: false; message: string };

const reasonOf = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message;
};

type Read = { ok: true; text: string; bytes: number } | { ok: false; skip: 'large' | 'special' | 'limit' } | { ok: false; error: string };

/** A regular file's text, never more than `maxBytes` and never past `budget`; O_NONBLOCK so a FIFO put in its place cannot hang the scan. */
function readBounded(path: string, maxBytes: number, budget: number): Read {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? { ok: false, skip: 'special' } : { ok: false, error: reasonOf(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, skip: 'special' };
    if (stat.size > maxBytes) return { ok: false, skip: 'large' };
    if (stat.size > budget) return { ok: false, skip: 'limit' };
    const buffer = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = readSync(fd, buffer, filled, stat.size - filled, filled);
      if (n === 0) break; // the file shrank meanwhile
      filled += n;
    }
    return { ok: true, text: buffer.toString('utf8', 0, filled), bytes: filled };
  } catch (error) {
    return { ok: false, error: reasonOf(error) };
  } finally {
    closeSync(fd);
  }
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function scanSite(dir: string, catalogs: CatalogFiles, limits: ScanLimits = { ...SCAN_LIMITS }): SiteScanResult {
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, message: `${dir} is not a folder: scan reads a folder of a site's files` };
  } catch (error) {
    return { ok: false, message: `cannot read folder ${dir}: ${reasonOf(error)}` };
  }
  const index = buildSignatureIndex(catalogs);
  const skipped = emptySkipped();
  const findings: SiteFinding[] = [];
  const unreadable: SiteScan['unreadable'] = [];
  let unreadableMore = 0;
  const read = { files: 0, bytes: 0 };
  let entries = 0;

  const problem = (file: string, reason: string) => {
    if (unreadable.length < limits.maxUnreadableListed) unreadable.push({ file: file || '.', reason });
    else unreadableMore++;
  };

  // Depth first, in name order, with a stack of its own (no recursion to overflow).
  const stack: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { rel, depth } = stack.pop()!;
    let list: Dirent[];
    try {
      list = readdirSync(join(dir, rel), { withFileTypes: true }).sort(byName);
    } catch (error) {
      problem(rel, reasonOf(error));
      continue;
    }
    const folders: string[] = [];
    for (const entry of list) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (++entries > limits.maxEntries) {
        skipped.limit++;
        continue;
      }
      if (entry.isSymbolicLink()) skipped.symlinks++;
      else if (entry.isDirectory()) {
        if (IGNORED_FOLDERS.has(entry.name)) skipped.ignored++;
        else if (depth + 1 > limits.maxDepth) skipped.deep++;
        else folders.push(path);
      } else if (!entry.isFile()) skipped.special++;
      else {
        const kind = fileKind(entry.name);
        if (!kind) skipped.other++;
        else if (read.files >= limits.maxFiles) skipped.limit++;
        else scanOne(path, kind);
      }
    }
    for (const folder of folders.reverse()) stack.push({ rel: folder, depth: depth + 1 });
  }

  function scanOne(path: string, kind: FileKind) {
    const content = readBounded(join(dir, path), limits.maxFileBytes, limits.maxTotalBytes - read.bytes);
    if (!content.ok) {
      if ('skip' in content) skipped[content.skip]++;
      else problem(path, content.error);
      return;
    }
    read.files++;
    read.bytes += content.bytes;
    const result = scanFileText(path, kind, content.text, index);
    if (!result.ok) return problem(path, result.problem);
    const room = Math.max(0, limits.maxFindings - findings.length);
    findings.push(...result.findings.slice(0, room));
    skipped.findings += Math.max(0, result.findings.length - room);
  }

  findings.sort(
    (a, b) =>
      compare(a.service, b.service) || compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.matched, b.matched),
  );
  return { ok: true, scan: { dir, findings, read, skipped, unreadable, unreadableMore } };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
