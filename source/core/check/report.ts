/** Findings as the text a person reads (like eslint) or the JSON a tool reads. */
import { formatPath, oneLine } from '../answers/problems.js';
import type { Language } from '../languages.js';
import { countOf, problemCount } from '../outcome.js';
import type { LocatedFinding } from './types.js';

export { REPORT_FORMATS, type ReportFormat } from '../formats.js';

export function countFindings(findings: readonly LocatedFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * The file, then one line per finding — `LINE:COL  severity  message (article)  rule-id` — with
 * the fix on the line below, then a summary.
 */
export function textReport(file: string, findings: readonly LocatedFinding[]): string {
  if (findings.length === 0) return `${file}: no problems found\n`;
  const where = findings.map((f) => `${f.line}:${f.col}`);
  const width = Math.max(...where.map((w) => w.length));
  const indent = ' '.repeat(2 + width + 2 + 'warning'.length + 2);
  const lines = findings.flatMap((f, i) => {
    const message = oneLine(f.article ? `${f.message} (${f.article})` : f.message);
    const line = `  ${where[i]!.padEnd(width)}  ${f.severity.padEnd('warning'.length)}  ${message}  ${f.rule}`;
    return f.fix ? [line, `${indent}fix: ${oneLine(f.fix)}`] : [line];
  });
  const { errors, warnings } = countFindings(findings);
  const summary = `${problemCount(findings.length)} (${countOf(errors, 'error')}, ${countOf(warnings, 'warning')})`;
  return `${file}\n${lines.join('\n')}\n\n${summary}\n`;
}

/** Stable for tools: fixed keys in a fixed order, findings sorted by line, column and rule. */
export function jsonReport(file: string, languages: readonly Language[], findings: readonly LocatedFinding[]): string {
  const report = {
    file,
    languages,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      line: f.line,
      column: f.col,
      path: formatPath(f.path),
      message: f.message,
      article: f.article,
      fix: f.fix,
    })),
    counts: countFindings(findings),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
