/** `privacy-wizard check FILE`: what the notice would miss, and where the answers contradict the law. */
import { formatProblems } from '../core/answers/problems.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { countFindings, jsonReport, textReport, type ReportFormat } from '../core/check/report.js';
import type { Language } from '../core/languages.js';
import { EXIT_CHECK_ERRORS, EXIT_INVALID, EXIT_OK, problemCount, toolMessage } from '../core/outcome.js';
import { readAndCheck } from '../core/pipeline.js';
import { unreadableLines, writeLines } from './messages.js';

export interface CheckOptions {
  file: string;
  languages?: Language[];
  format: ReportFormat;
}

export function check({ file, languages, format }: CheckOptions): number {
  const source = loadAnswersText(file);
  if (!source.ok) {
    writeLines(unreadableLines(file, source));
    return EXIT_INVALID;
  }

  const result = readAndCheck(source.text, file, loadCatalogFiles(), languages ? { languages } : {});
  if (!result.ok) {
    const summary = `${file} is not a valid answers file (${problemCount(result.problems.length)}); it was not checked.`;
    writeLines([...formatProblems(result.problems), toolMessage(summary)]);
    return EXIT_INVALID;
  }

  const { findings } = result;
  process.stdout.write(format === 'json' ? jsonReport(file, result.languages, findings) : textReport(file, findings));
  return countFindings(findings).errors > 0 ? EXIT_CHECK_ERRORS : EXIT_OK;
}
