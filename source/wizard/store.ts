/**
 * The saved session of one profile, through conf: the platform's config folder (XDG on Linux),
 * readable by its owner only, rewritten whole on every answer.
 */
import { renameSync } from 'node:fs';
import Conf from 'conf';
import type { Draft } from '../core/flow/draft.js';
import type { Frame } from '../core/flow/flow.js';

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

export function openSessionStore(options: { profile: string; cwd?: string }): SessionStore {
  const settings = {
    projectName: 'privacy-wizard',
    projectSuffix: '',
    configName: `session-${options.profile}`,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  };
  // A file that is not JSON must never be reset silently: it is kept aside, and the user told.
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
  let brokenBackup: string | undefined;
  if (conf.store[UNREADABLE]) {
    brokenBackup = `${conf.path}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(conf.path, brokenBackup);
    conf.clear();
  }
  return {
    path: conf.path,
    brokenBackup,
    load() {
      const saved = conf.store as Partial<SavedSession>;
      if (saved.formatVersion !== STORE_FORMAT_VERSION || !saved.draft || !saved.stack) return undefined;
      return saved as SavedSession;
    },
    save(session) {
      conf.store = { formatVersion: STORE_FORMAT_VERSION, ...session };
    },
    clear() {
      conf.clear();
    },
  };
}
