/**
 * `privacy-wizard scan DIR`: the third-party services a site's files load, found offline, each
 * with the file and line where it was seen; with --answers FILE, the recipients and cookie
 * categories to add to that answers file. Exit 0 when the scan ran (a finding is no error),
 * 2 on bad input (no such folder, an answers file that is not valid).
 */

import { readAnswers } from '../core/answers/parse.js';
import type { Problem } from '../core/answers/problems.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { ReportFormat } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';
import { resolveSite } from '../core/model/site.js';
import { EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { type Additions, additionsFor, additionsYaml, invalidAnswersSummary, scanJsonReport, scanTextReport } from '../core/scan/report.js';
import { problemLines, unreadableLines, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { scanSite } from '../io/scan-site.js';

export interface ScanOptions {
  dir: string;
  format: ReportFormat;
  answersFile?: string;
  uiLanguage?: Language;
}

export function scan({ dir, format, answersFile, uiLanguage }: ScanOptions): number {
  const lang = uiLanguage ?? (format === 'json' ? 'en' : detectUiLanguage(process.env));
  const catalogs = loadCatalogFiles();

  // The answers first: a bad file stops the command before the walk costs anything.
  let answers: Parameters<typeof additionsFor>[1] | undefined;
  if (answersFile !== undefined) {
    // Read in the reader's language, as check reads it: its problems and the line under them.
    const invalid = (problems: readonly Problem[]): number => {
      writeLines(problemLines(problems, invalidAnswersSummary(answersFile, problems.length, lang)));
      return EXIT_INVALID;
    };
    const source = loadAnswersText(answersFile, lang);
    if (!source.ok) {
      if ('problems' in source) return invalid(source.problems);
      writeLines(unreadableLines(answersFile, source));
      return EXIT_INVALID;
    }
    const read = readAnswers(source.text, answersFile, catalogs, { uiLanguage: lang });
    if (!read.ok) return invalid(read.problems);
    answers = read.answers;
  }

  const result = scanSite(dir, catalogs);
  if (!result.ok) {
    writeLines([toolMessage(result.message)]);
    return EXIT_INVALID;
  }
  const additions: Additions | undefined =
    answers && answersFile !== undefined
      ? additionsFor(resolveSite(result.scan, answers, catalogs), answers, catalogs, answersFile)
      : undefined;
  if (format === 'json') process.stdout.write(scanJsonReport(result.scan, additions));
  else process.stdout.write(scanTextReport(result.scan, lang) + (additions ? `\n${additionsYaml(additions, lang)}` : ''));
  return EXIT_OK;
}
