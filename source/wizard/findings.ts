/** What `check` says of the answers given so far: the review screen lists it. */
import { stringify } from 'yaml';
import { readAnswers } from '../core/answers/parse.js';
import { formatPath } from '../core/answers/problems.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { checkAnswers, findingMessage } from '../core/check/check.js';
import { draftToAnswers } from '../core/flow/export.js';
import type { Draft } from '../core/flow/draft.js';
import type { Flow } from '../core/flow/flow.js';
import type { Language } from '../core/languages.js';

export interface ReviewFinding {
  severity: 'error' | 'warning';
  /** The check rule's id; none for an answer the answers format itself rejects. */
  rule: string | null;
  path: string;
  message: string;
}

export function answersYaml(flow: Flow, draft: Draft): string {
  return stringify(draftToAnswers(flow, draft), { lineWidth: 0 });
}

/** `uiLang`: the wizard's language, which check's messages are written in. */
export function reviewFindings(flow: Flow, draft: Draft, catalogs: CatalogFiles, uiLang: Language = 'en'): ReviewFinding[] {
  const read = readAnswers(answersYaml(flow, draft), 'answers', catalogs);
  if (!read.ok) return read.problems.map(({ path, message }) => ({ severity: 'error', rule: null, path, message }));
  return checkAnswers(read.answers, catalogs, read.languages, uiLang).map((f) => ({
    severity: f.severity,
    rule: f.rule,
    path: formatPath(f.path),
    message: findingMessage(f),
  }));
}
