/**
 * Answers (already structurally valid) → findings: what the notice would miss, and where the
 * answers contradict the law. One entry point for `check`, replay and the wizard's review screen.
 */

import type { PathSegment } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { citation } from '../locale/citations.js';
import { type Model, resolveAnswers } from '../model/resolve.js';
import { renderMessage } from './messages.js';
import { RULES } from './registry.js';
import type { Finding, LocatedFinding } from './types.js';

export { RULES } from './registry.js';
export type { Finding, LocatedFinding, Rule, Severity, SiteLocation } from './types.js';

/** `uiLanguage` is the reader's, for the messages; `languages` are the notice's. */
export function checkAnswers(
  answers: Answers,
  catalogs: CatalogFiles,
  languages: readonly Language[],
  uiLanguage: Language = 'en',
): Finding[] {
  return checkModel(resolveAnswers(answers, catalogs), languages, uiLanguage);
}

/** The answers are resolved once, and every rule reads that one model. */
export function checkModel(model: Model, languages: readonly Language[], uiLanguage: Language = 'en'): Finding[] {
  return RULES.flatMap((rule) =>
    rule.run(model, languages).map((hit) => ({
      rule: rule.id,
      severity: rule.severity,
      path: hit.path,
      messageId: hit.message.id,
      message: renderMessage(hit.message, uiLanguage),
      article: rule.article === null ? null : citation(rule.article, uiLanguage),
      fix: hit.fix ? renderMessage(hit.fix, uiLanguage) : null,
      ...(hit.site ? { site: hit.site } : {}),
    })),
  );
}

/** Findings with their place in the YAML file, sorted by line, column and rule. */
export function locateFindings(
  findings: readonly Finding[],
  locate: (path: readonly PathSegment[]) => { line: number; col: number },
): LocatedFinding[] {
  return findings
    .map((finding) => ({ ...finding, ...locate(finding.path) }))
    .sort((a, b) => a.line - b.line || a.col - b.col || byRule(a.rule, b.rule));
}

const byRule = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A finding as one message, the way replay lists it: what is wrong, then what to do. */
export const findingMessage = (f: Finding): string => (f.fix ? `${f.message}: ${f.fix}` : f.message);
