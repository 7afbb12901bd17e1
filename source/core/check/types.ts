/**
 * A check rule and what it reports. Rules are pure: the resolved model in, findings out. They
 * read merged presets, EEA status and the like from the model instead of deciding them again,
 * and report paths into `model.answers`.
 */
import type { PathSegment } from '../answers/problems.js';
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import type { Message } from './messages.js';

export type Severity = 'error' | 'warning';

/**
 * One thing a rule found, at a path in the answers. `fix` says what to do, when that is clear.
 * Both are message ids with parameters (questions/check-messages.yaml), rendered in the reader's
 * language when the finding is made.
 */
export interface Hit {
  path: PathSegment[];
  message: Message;
  fix?: Message;
  /** For the site rules (`check --site`): the place in the site's files, beside the answers path. */
  site?: SiteLocation;
}

/** A place in a site's files: `file` is the folder as the user named it joined to the file. */
export interface SiteLocation {
  file: string;
  line: number;
  column: number;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** The provision the rule rests on; null for consistency checks of the answers format. */
  article: string | null;
  run(model: Model, languages: readonly Language[]): Hit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  path: PathSegment[];
  /** The id of the message in questions/check-messages.yaml: the same in every language. */
  messageId: string;
  message: string;
  article: string | null;
  fix: string | null;
  site?: SiteLocation;
}

export interface LocatedFinding extends Finding {
  line: number;
  col: number;
}
