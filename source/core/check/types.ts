/**
 * A check rule and what it reports. Rules are pure: the resolved model in, findings out. They
 * read merged presets, EEA status and the like from the model instead of deciding them again,
 * and report paths into `model.answers`.
 */
import type { PathSegment } from '../answers/problems.js';
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';

export type Severity = 'error' | 'warning';

/** One thing a rule found, at a path in the answers. `fix` says what to do, when that is clear. */
export interface Hit {
  path: PathSegment[];
  message: string;
  fix?: string;
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
  message: string;
  article: string | null;
  fix: string | null;
}

export interface LocatedFinding extends Finding {
  line: number;
  col: number;
}
