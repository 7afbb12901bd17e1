/**
 * `privacy-wizard diff OLD NEW`: what a new version of an answers file changes for the people
 * concerned. Both files go through the replay's pipeline (read, resolve, check's gate), the old
 * one in the new one's output languages; the comparison is core/diff/, on the resolved models.
 */

import type { Problem } from '../core/answers/problems.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { diffModels } from '../core/diff/diff.js';
import { invalidVersionSummary, jsonDiffReport, textDiffReport, unreadVersionSummary } from '../core/diff/report.js';
import type { ReportFormat } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';
import { EXIT_INVALID, EXIT_OK } from '../core/outcome.js';
import { readForReplay } from '../core/pipeline.js';
import { problemLines, unreadableLines, writeLines } from '../io/messages.js';
import { type AnswersText, inputName, loadAnswersInput } from '../io/read-answers-file.js';

export interface DiffOptions {
  oldFile: string;
  newFile: string;
  /** The languages the changes are said in; by default the new version's output languages. */
  languages?: Language[];
  format: ReportFormat;
  /** The language of the report around them (--ui-lang); without it the locale's for text, English for JSON. */
  uiLanguage?: Language;
}

export async function diff({ oldFile, newFile, languages, format, uiLanguage }: DiffOptions): Promise<number> {
  const lang = uiLanguage ?? (format === 'json' ? 'en' : detectUiLanguage(process.env));
  const names = { old: inputName(oldFile), new: inputName(newFile) };
  // Both files are read in the reader's language: their problems and the summary under them too.
  const [oldSource, newSource] = [await loadAnswersInput(oldFile, lang), await loadAnswersInput(newFile, lang)];
  const catalogs = loadCatalogFiles();
  const errors: string[] = [];
  const read = (text: string, file: string, languages?: Language[]) =>
    readForReplay(text, file, catalogs, { uiLanguage: lang, ...(languages ? { languages } : {}) });
  const now = newSource.ok ? read(newSource.text, names.new, languages) : undefined;
  if (!newSource.ok) errors.push(...notReadLines(names.new, newSource, lang));
  else if (now && !now.ok) errors.push(...invalidFileLines(names.new, now.problems, lang));
  // The old version is read in the languages the changes are said in: its texts must exist in them too.
  const outputLanguages = now?.ok ? now.languages : languages;
  const old = oldSource.ok ? read(oldSource.text, names.old, outputLanguages) : undefined;
  if (!oldSource.ok) errors.unshift(...notReadLines(names.old, oldSource, lang));
  else if (old && !old.ok) errors.unshift(...invalidFileLines(names.old, old.problems, lang));
  if (errors.length > 0 || !old?.ok || !now?.ok) {
    writeLines(errors);
    return EXIT_INVALID;
  }
  const changes = diffModels(old.model, now.model, now.languages);
  const dates = { old: old.answers.effectiveDate, new: now.answers.effectiveDate };
  process.stdout.write(
    format === 'json' ? jsonDiffReport(names, dates, now.languages, changes, lang) : textDiffReport(names, now.languages, changes, lang),
  );
  return EXIT_OK;
}

/** A version whose answers stop the comparison: its problems, then how many, in the reader's language. */
const invalidFileLines = (file: string, problems: readonly Problem[], lang: Language): string[] =>
  problemLines(problems, invalidVersionSummary(file, problems.length, lang));

/** A version that was not read: why it could not be opened (English), or what is wrong with its bytes. */
const notReadLines = (file: string, failure: Exclude<AnswersText, { ok: true }>, lang: Language): string[] =>
  unreadableLines(file, failure, unreadVersionSummary(file, lang));
