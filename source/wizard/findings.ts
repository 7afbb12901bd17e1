/** What `check` says of the answers given so far: the review screen lists it. */

import { formatPath } from '../core/answers/problems.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { findingMessage } from '../core/check/check.js';
import type { Draft } from '../core/flow/draft.js';
import { draftToAnswers } from '../core/flow/export.js';
import type { Flow } from '../core/flow/flow.js';
import type { Language } from '../core/languages.js';
import { checkAnswersObject } from '../core/pipeline.js';

export interface ReviewFinding {
  severity: 'error' | 'warning';
  /** The check rule's id; none for an answer the answers format itself rejects. */
  rule: string | null;
  path: string;
  message: string;
}

/**
 * The draft's answers validated and checked as an object: no YAML is written or parsed on a
 * render. `uiLang`: the wizard's language, which check's messages are written in.
 */
export function reviewFindings(flow: Flow, draft: Draft, catalogs: CatalogFiles, uiLang: Language = 'en'): ReviewFinding[] {
  const checked = checkAnswersObject(draftToAnswers(flow, draft), catalogs, { uiLanguage: uiLang });
  if (!checked.ok) return checked.problems.map(({ path, message }) => ({ severity: 'error', rule: null, path, message }));
  return checked.findings.map((f) => ({ severity: f.severity, rule: f.rule, path: formatPath(f.path), message: findingMessage(f) }));
}
