/** `privacy-wizard --answers FILE`: answers file → notice files, without any terminal UI. */
import { loadAnswersText } from '../io/read-answers-file.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { parseAnswers } from '../core/answers/parse.js';
import { formatProblems } from '../core/answers/problems.js';
import type { Language } from '../core/languages.js';
import type { Format } from '../core/formats.js';
import { renderOutputs } from '../core/render/outputs.js';
import { describeWriteError, writeFilesAtomically } from '../io/write-files.js';

export interface OutputOptions {
  languages?: Language[];
  formats: Format[];
}

export interface ReplayOptions extends OutputOptions {
  answersFile: string;
  outDir: string;
  quiet: boolean;
}

export const EXIT_OK = 0;
export const EXIT_WRITE_FAILED = 1;
export const EXIT_INVALID = 2;

/** What replaying one file did: the files written and check's warnings, or the lines that say why nothing was. */
export type ReplayOutcome =
  | { ok: true; written: string[]; warnings: string[] }
  | { ok: false; errors: string[]; exitCode: typeof EXIT_WRITE_FAILED | typeof EXIT_INVALID };

/** One answers file into one folder, all or nothing; prints nothing (batch workers share stderr). */
export function replayFile(file: string, outDir: string, options: OutputOptions, catalogs: CatalogFiles): ReplayOutcome {
  const source = loadAnswersText(file);
  if ('problems' in source) return { ok: false, errors: source.problems, exitCode: EXIT_INVALID };
  const result = parseAnswers(source.text, file, catalogs, options.languages ? { languages: options.languages } : {});
  if (!result.ok) {
    const count = result.problems.length;
    const summary = `privacy-wizard: ${count} problem${count === 1 ? '' : 's'} in ${file}; nothing was written.`;
    return { ok: false, errors: [...formatProblems(result.problems), summary], exitCode: EXIT_INVALID };
  }
  const files = renderOutputs(result.answers, catalogs, result.languages, options.formats);
  try {
    return { ok: true, written: writeFilesAtomically(outDir, files), warnings: formatProblems(result.warnings) };
  } catch (error) {
    const message = `privacy-wizard: could not write to ${outDir}: ${describeWriteError(error)}; no file there was changed.`;
    return { ok: false, errors: [message], exitCode: EXIT_WRITE_FAILED };
  }
}

export function replay(options: ReplayOptions): number {
  const outcome = replayFile(options.answersFile, options.outDir, options, loadCatalogFiles());
  if (!outcome.ok) {
    process.stderr.write(outcome.errors.map((line) => `${line}\n`).join(''));
    return outcome.exitCode;
  }
  if (!options.quiet) {
    const { written } = outcome;
    process.stdout.write(`Wrote ${written.length} files to ${options.outDir}:\n${written.map((f) => `  ${f}\n`).join('')}`);
    process.stderr.write(warningLines(options.answersFile, outcome.warnings));
  }
  return EXIT_OK;
}

/** check's warnings after a replay: the notice is written, but it may say less than it should. */
export function warningLines(file: string, warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return `${warnings.join('\n')}\nprivacy-wizard: ${file} was replayed with check warnings (above); \`privacy-wizard check ${file}\` explains them.\n`;
}
