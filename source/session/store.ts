/**
 * The saved session of one profile, through conf: the platform's config folder (XDG on Linux),
 * readable by its owner only, rewritten whole on every answer. conf writes through a temporary
 * file and a rename, so a kill during a save leaves the previous session intact.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Conf from 'conf';
import * as v from 'valibot';
import type { Draft } from '../core/flow/draft.js';
import type { Frame } from '../core/flow/flow.js';
import { lockSession } from './session-lock.js';

export const STORE_FORMAT_VERSION = 1;
const UNREADABLE = '\u0000unreadable';

export interface SavedSession {
  formatVersion: number;
  draft: Draft;
  stack: Frame[];
}

export interface SessionStore {
  readonly path: string;
  load(): SavedSession | undefined;
  save(session: Omit<SavedSession, 'formatVersion'>): void;
  clear(): void;
  /** Set when the file on disk could not be read and was moved aside. */
  readonly brokenBackup?: string;
}

type Defect = 'unreadable' | 'newer' | 'not-a-session';

/** A store file from a later format version: this version must not touch it. */
export class NewerStoreError extends Error {
  constructor(readonly path: string) {
    super(`${path} was saved by a newer privacy-wizard`);
  }
}

const savedSessionSchema = v.object({
  formatVersion: v.literal(STORE_FORMAT_VERSION),
  draft: v.record(v.string(), v.unknown()),
  stack: v.pipe(
    v.array(v.object({ base: v.array(v.union([v.string(), v.number()])), index: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    v.minLength(1),
  ),
});

/** Why a store file is not a session this version can resume, or undefined when it is (or is empty). */
function storeDefect(store: Record<string, unknown>): Defect | undefined {
  if (store[UNREADABLE]) return 'unreadable';
  if (Object.keys(store).length === 0) return undefined;
  if (typeof store.formatVersion === 'number' && store.formatVersion > STORE_FORMAT_VERSION) return 'newer';
  return v.is(savedSessionSchema, store) ? undefined : 'not-a-session';
}

const load = (conf: Conf<Record<string, unknown>>): SavedSession | undefined => {
  const saved = conf.store;
  return v.is(savedSessionSchema, saved) ? (saved as SavedSession) : undefined;
};

const readOnly = () => {
  throw new Error('this session store was opened read-only');
};

/** A save killed half-way leaves its temporary file (the session itself stays whole): tidy up. */
function removeLeftoverTempFiles(path: string) {
  const prefix = `${basename(path)}.tmp-`;
  for (const name of readdirSync(dirname(path))) if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
}

/**
 * Opens and locks one profile's saved session. Throws ProfileInUseError when another wizard has
 * it open, NewerStoreError when a newer version wrote it. `readOnly` (export, tests) neither
 * locks nor changes anything on disk; a defect is then only reported.
 */
export function openSessionStore(options: {
  profile: string;
  cwd?: string;
  readOnly?: boolean;
}): SessionStore & { close(): void; defect?: Defect } {
  const settings = {
    projectName: 'privacy-wizard',
    projectSuffix: '',
    configName: `session-${options.profile}`,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  };
  // A file that is not a session must never be reset silently: it is kept aside, and the user told.
  const conf = new Conf<Record<string, unknown>>({
    ...settings,
    deserialize: (text: string) => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return { [UNREADABLE]: true };
      }
    },
  });
  if (options.readOnly) {
    const defect = storeDefect(conf.store);
    if (defect === 'newer') throw new NewerStoreError(conf.path);
    return { path: conf.path, defect, load: () => load(conf), save: readOnly, clear: readOnly, close() {} };
  }

  mkdirSync(dirname(conf.path), { recursive: true });
  const release = lockSession(`${conf.path}.lock`);
  let brokenBackup: string | undefined;
  try {
    removeLeftoverTempFiles(conf.path);
    const defect = storeDefect(conf.store);
    if (defect === 'newer') throw new NewerStoreError(conf.path);
    if (defect) {
      brokenBackup = `${conf.path}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(conf.path, brokenBackup);
    }
  } catch (error) {
    release();
    throw error;
  }
  return {
    path: conf.path,
    brokenBackup,
    load: () => load(conf),
    save(session) {
      conf.store = { formatVersion: STORE_FORMAT_VERSION, ...session };
    },
    clear() {
      conf.clear();
    },
    close: release,
  };
}
