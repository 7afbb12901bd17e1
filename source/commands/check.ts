/** `privacy-wizard check FILE`: what the notice would miss, and where the answers contradict the law. */
import { formatProblems } from '../core/answers/problems.js';
import { readAnswersFile } from '../io/read-answers-file.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { checkSource } from '../core/check/source.js';
import { countFindings, jsonReport, textReport, type ReportFormat } from '../core/check/report.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';

export interface CheckOptions {
  file: string;
  languages?: Language[];
  format: ReportFormat;
  /** The language of the messages (--ui-lang); without it the locale's for text, English for JSON. */
  uiLanguage?: Language;
}

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export function check({ file, languages, format, uiLanguage }: CheckOptions): number {
  // JSON is read by tools: the same bytes wherever it runs, unless the language is asked for.
  const lang = uiLanguage ?? (format === 'json' ? 'en' : detectUiLanguage(process.env));
  const source = readAnswersFile(file);
  if (source === undefined) return EXIT_UNREADABLE;

  const result = checkSource(source, file, loadCatalogFiles(), languages ? { languages, uiLanguage: lang } : { uiLanguage: lang });
  if (!result.ok) {
    for (const line of formatProblems(result.problems)) process.stderr.write(`${line}\n`);
    const count = result.problems.length;
    process.stderr.write(`privacy-wizard: ${file} is not a valid answers file (${count} problem${count === 1 ? '' : 's'}); it was not checked.\n`);
    return EXIT_UNREADABLE;
  }

  const { findings } = result;
  process.stdout.write(format === 'json' ? jsonReport(file, result.languages, findings) : textReport(file, findings, lang));
  return countFindings(findings).errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}
