/** `privacy-wizard check FILE`: what the notice would miss, and where the answers contradict the law. */
import type { Problem } from '../core/answers/problems.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { msg, renderCount, renderMessage } from '../core/check/messages.js';
import { countFindings, jsonReport, type ReportFormat, textReport } from '../core/check/report.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';
import { EXIT_CHECK_ERRORS, EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { readAndCheck } from '../core/pipeline.js';
import type { SiteScan } from '../core/scan/types.js';
import { problemLines, unreadableLines, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { scanSite } from '../io/scan-site.js';

export interface CheckOptions {
  file: string;
  languages?: Language[];
  format: ReportFormat;
  /** The language of the messages (--ui-lang); without it the locale's for text, English for JSON. */
  uiLanguage?: Language;
  /** --site DIR: hold the answers against the site's files too (rules/site.ts). */
  site?: string;
}

export function check({ file, languages, format, uiLanguage, site }: CheckOptions): number {
  // JSON is read by tools: the same bytes wherever it runs, unless the language is asked for.
  const lang = uiLanguage ?? (format === 'json' ? 'en' : detectUiLanguage(process.env));
  // A file that is not an answers file is said so in the reader's language, whether its size, its
  // bytes, its YAML or its answers are wrong.
  const invalid = (problems: readonly Problem[]): number => {
    const summary = renderMessage(msg('report.invalid', { file, problems: renderCount('report.problems', problems.length, lang) }), lang);
    writeLines(problemLines(problems, summary));
    return EXIT_INVALID;
  };
  const source = loadAnswersText(file, lang);
  if (!source.ok) {
    if ('problems' in source) return invalid(source.problems);
    writeLines(unreadableLines(file, source));
    return EXIT_INVALID;
  }

  const catalogs = loadCatalogFiles();
  let scan: SiteScan | undefined;
  if (site !== undefined) {
    const scanned = scanSite(site, catalogs);
    if (!scanned.ok) {
      writeLines([toolMessage(scanned.message)]);
      return EXIT_INVALID;
    }
    scan = scanned.scan;
  }
  const result = readAndCheck(source.text, file, catalogs, {
    uiLanguage: lang,
    ...(languages ? { languages } : {}),
    ...(scan ? { site: scan } : {}),
  });
  if (!result.ok) return invalid(result.problems);

  const { findings } = result;
  process.stdout.write(format === 'json' ? jsonReport(file, result.languages, findings) : textReport(file, findings, lang));
  return countFindings(findings).errors > 0 ? EXIT_CHECK_ERRORS : EXIT_OK;
}
