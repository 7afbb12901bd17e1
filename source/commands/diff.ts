/**
 * `privacy-wizard diff OLD NEW`: what a new version of an answers file changes for the people
 * concerned. Both files go through the replay's pipeline (read, resolve, check's gate), the old
 * one in the new one's output languages; the comparison is core/diff/, on the resolved models.
 */
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { diffModels } from '../core/diff/diff.js';
import { jsonDiffReport, textDiffReport } from '../core/diff/report.js';
import type { ReportFormat } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { detectUiLanguage } from '../core/locale/ui-language.js';
import { EXIT_INVALID, EXIT_OK } from '../core/outcome.js';
import { readForReplay } from '../core/pipeline.js';
import { invalidLines, writeLines } from '../io/messages.js';
import { inputName, loadAnswersInput } from '../io/read-answers-file.js';
import { unreadableInputLines } from './previous-version.js';

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
  const [oldSource, newSource] = [await loadAnswersInput(oldFile), await loadAnswersInput(newFile)];
  const catalogs = loadCatalogFiles();
  const outcome = 'nothing was compared';
  const errors: string[] = [];
  const now = newSource.ok ? readForReplay(newSource.text, names.new, catalogs, languages ? { languages } : {}) : undefined;
  if (!newSource.ok) errors.push(...unreadableInputLines(names.new, newSource, outcome));
  else if (now && !now.ok) errors.push(...invalidLines(names.new, now.problems, outcome));
  // The old version is read in the languages the changes are said in: its texts must exist in them too.
  const outputLanguages = now?.ok ? now.languages : languages;
  const old = oldSource.ok
    ? readForReplay(oldSource.text, names.old, catalogs, outputLanguages ? { languages: outputLanguages } : {})
    : undefined;
  if (!oldSource.ok) errors.unshift(...unreadableInputLines(names.old, oldSource, outcome));
  else if (old && !old.ok) errors.unshift(...invalidLines(names.old, old.problems, outcome));
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
