/**
 * What `privacy-wizard scan` reports: the services a site's files load, each place it saw one,
 * and what it did not read. Pure data: the walker (io/walk-site.ts) fills it, the report and
 * the model (model/site.ts) read it.
 */

/** How a place shows the service: a host it loads from, a marker in its code, a package it depends on. */
export type SignKind = 'host' | 'snippet' | 'package';

export interface SiteFinding {
  /** The processor's id in the catalog. */
  service: string;
  name: string;
  /** Relative to the scanned folder, with `/` between folders. */
  file: string;
  line: number;
  column: number;
  kind: SignKind;
  /** The URL, snippet or package name as the file has it (a long URL cut short). */
  matched: string;
}

/** Why a file or folder was not read; each is counted. */
export interface Skipped {
  /** Files over SCAN_LIMITS.maxFileBytes. */
  large: number;
  /** Symbolic links (never followed). */
  symlinks: number;
  /** FIFOs, sockets, devices. */
  special: number;
  /** Folders deeper than SCAN_LIMITS.maxDepth. */
  deep: number;
  /** Files not read once a limit on files, entries or bytes was reached. */
  limit: number;
  /** node_modules and version-control folders. */
  ignored: number;
  /** Files of kinds the scan does not read (images, fonts, archives…). */
  other: number;
  /** Places beyond SCAN_LIMITS.maxFindings, counted but not listed. */
  findings: number;
}

export interface SiteScan {
  /** The folder as the user named it. */
  dir: string;
  /** Sorted by service, file, line and column. */
  findings: SiteFinding[];
  read: { files: number; bytes: number };
  skipped: Skipped;
  /** Files or folders that could not be read, and why (at most SCAN_LIMITS.maxUnreadableListed; the rest counted). */
  unreadable: { file: string; reason: string }[];
  unreadableMore: number;
}

/**
 * The scan's bounds. A site's own files are far below them; they stop a wrong folder (a home
 * directory, a disk) from taking minutes or memory: files are read one at a time and dropped.
 */
export const SCAN_LIMITS = {
  /** Site files read. */
  maxFiles: 20_000,
  /** Directory entries looked at (files of every kind and folders). */
  maxEntries: 200_000,
  /** A bigger file is skipped unread: 8 MiB holds any page, style sheet or bundle a site ships. */
  maxFileBytes: 8 * 1024 * 1024,
  /** Bytes read in all. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Folder depth below the scanned folder. */
  maxDepth: 32,
  /** Places listed; more are counted. */
  maxFindings: 10_000,
  maxUnreadableListed: 50,
} as const;

export type ScanLimits = { -readonly [K in keyof typeof SCAN_LIMITS]: number };

export const emptySkipped = (): Skipped => ({ large: 0, symlinks: 0, special: 0, deep: 0, limit: 0, ignored: 0, other: 0, findings: 0 });
