/**
 * The saved session of one profile, through conf: the platform's config folder (XDG on Linux),
 * readable by its owner only, rewritten whole on every answer. conf writes through a temporary
 * file and a rename, so a kill during a save leaves the previous session intact.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Conf from 'conf';
import envPaths from 'env-paths';
import * as v from 'valibot';
import type { Draft } from '../core/flow/draft.js';
import type { Frame } from '../core/flow/flow.js';
import { lockSession } from './session-lock.js';

export const STORE_FORMAT_VERSION = 1;
const UNREADABLE = '\u0000unreadable';

/** Where conf keeps the store (its own rule), known before conf opens it. */
const storePath = (configName: string, cwd?: string): string =>
  resolve(cwd ?? envPaths('privacy-wizard', { suffix: '' }).config, `${configName}.json`);

/** A named pipe or a device where the store should be (a link is followed): reading it would wait forever, or never end. */
function isNotAFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile();
  } catch {
    return false;
  }
}

export interface SavedSession {
  formatVersion: number;
  draft: Draft;
  stack: Frame[];
  /** The language the wizard was shown in: a resume without --ui-lang speaks it again. */
  uiLang?: string;
}

export interface SessionStore {
  readonly path: string;
  load(): SavedSession | undefined;
  save(session: Omit<SavedSession, 'formatVersion'>): void;
  clear(): void;
  /** Set when the file on disk could not be read and was moved aside. */
  readonly brokenBackup?: string;
}

type Defect = 'unreadable' | 'newer' | 'not-a-session' | 'not-a-file';

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
  // Optional: sessions saved before it was kept resume in the locale's language. Any text: one
  // this version does not speak (a later version's fifth language) is passed over, never a defect.
  uiLang: v.optional(v.string()),
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
  // JSON that is no object (null, a list, a number) is as unreadable as broken JSON: conf would reset it.
  const path = storePath(settings.configName, options.cwd);
  const openConf = () =>
    new Conf<Record<string, unknown>>({
      ...settings,
      deserialize: (text: string) => {
        try {
          const parsed: unknown = JSON.parse(text);
          return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? (parsed as Record<string, unknown>)
            : { [UNREADABLE]: true };
        } catch {
          return { [UNREADABLE]: true };
        }
      },
    });
  const backupName = () => `${path}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;

  if (options.readOnly) {
    // conf would read a named pipe and wait for ever: it is not opened at all.
    if (isNotAFile(path)) return { path, defect: 'not-a-file', load: () => undefined, save: readOnly, clear: readOnly, close() {} };
    const conf = openConf();
    const defect = storeDefect(conf.store);
    if (defect === 'newer') throw new NewerStoreError(conf.path);
    return { path: conf.path, defect, load: () => load(conf), save: readOnly, clear: readOnly, close() {} };
  }

  mkdirSync(dirname(path), { recursive: true });
  const release = lockSession(`${path}.lock`);
  let brokenBackup: string | undefined;
  let conf: Conf<Record<string, unknown>>;
  try {
    removeLeftoverTempFiles(path);
    if (isNotAFile(path)) {
      brokenBackup = backupName();
      renameSync(path, brokenBackup);
    }
    conf = openConf();
    const defect = storeDefect(conf.store);
    if (defect === 'newer') throw new NewerStoreError(conf.path);
    if (defect) {
      brokenBackup = backupName();
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
