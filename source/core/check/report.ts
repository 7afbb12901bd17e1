/** Findings as the text a person reads (like eslint) or the JSON a tool reads. */
import { formatPath, oneLine } from '../answers/problems.js';
import type { Language } from '../languages.js';
import { msg, renderCount, renderMessage } from './messages.js';
import type { LocatedFinding } from './types.js';

export { REPORT_FORMATS, type ReportFormat } from '../formats.js';

export function countFindings(findings: readonly LocatedFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/**
 * The file, then one line per finding — `LINE:COL  severity  field  message (article)  rule-id`,
 * the field being the answers path, as replay names it — with the fix on the line below, then a
 * summary; in the reader's language (the findings already are).
 */
export function textReport(file: string, findings: readonly LocatedFinding[], lang: Language = 'en'): string {
  if (findings.length === 0) return `${renderMessage(msg('report.clean', { file }), lang)}\n`;
  const where = findings.map((f) => `${f.line}:${f.col}`);
  const width = Math.max(...where.map((w) => w.length));
  const severity = { error: renderMessage(msg('report.error'), lang), warning: renderMessage(msg('report.warning'), lang) };
  const severityWidth = Math.max(severity.error.length, severity.warning.length);
  const indent = ' '.repeat(2 + width + 2 + severityWidth + 2);
  const lines = findings.flatMap((f, i) => {
    const message = oneLine(f.article ? `${f.message} (${f.article})` : f.message);
    const line = `  ${where[i]!.padEnd(width)}  ${severity[f.severity].padEnd(severityWidth)}  ${formatPath(f.path)}  ${message}  ${f.rule}`;
    return f.fix ? [line, `${indent}${renderMessage(msg('report.fix', { fix: oneLine(f.fix) }), lang)}`] : [line];
  });
  const { errors, warnings } = countFindings(findings);
  const summary = renderMessage(
    msg('report.summary', {
      problems: renderCount('report.problems', findings.length, lang),
      errors: renderCount('report.errors', errors, lang),
      warnings: renderCount('report.warnings', warnings, lang),
    }),
    lang,
  );
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
      // Only the site rules have one: every other finding keeps the shape it always had.
      ...(f.site ? { site: f.site } : {}),
    })),
    counts: countFindings(findings),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
