/** A check rule and what it reports. Rules are pure: answers and catalogs in, findings out. */
import type { Answers } from '../answers/schema.js';
import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
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
}

export interface Rule {
  id: string;
  severity: Severity;
  /** The provision the rule rests on; null for consistency checks of the answers format. */
  article: string | null;
  run(answers: Answers, catalogs: CatalogFiles, languages: readonly Language[]): Hit[];
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
}

export interface LocatedFinding extends Finding {
  line: number;
  col: number;
}
