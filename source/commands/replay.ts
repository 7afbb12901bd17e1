/** `privacy-wizard --answers FILE`: answers file → notice files, without any terminal UI. */

import { formatProblems } from '../core/answers/problems.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import type { Format } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK } from '../core/outcome.js';
import { readForReplay } from '../core/pipeline.js';
import { generate } from '../core/pipeline-generate.js';
import { invalidLines, unreadableLines, warningLines, writeFailedLine, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { writeOutputs } from '../io/write-files.js';

export interface OutputOptions {
  languages?: Language[];
  formats: Format[];
}

export interface ReplayOptions extends OutputOptions {
  answersFile: string;
  outDir: string;
  quiet: boolean;
}

/** What replaying one file did: the files written and check's warnings, or the lines that say why nothing was. */
export type ReplayOutcome =
  | { ok: true; written: string[]; warnings: string[] }
  | { ok: false; errors: string[]; exitCode: typeof EXIT_FAILED | typeof EXIT_INVALID };

/** One answers file into one folder, all or nothing; prints nothing (batch workers share stderr). */
export function replayFile(file: string, outDir: string, options: OutputOptions, catalogs: CatalogFiles): ReplayOutcome {
  const source = loadAnswersText(file);
  if (!source.ok) return { ok: false, errors: unreadableLines(file, source), exitCode: EXIT_INVALID };
  const result = readForReplay(source.text, file, catalogs, options.languages ? { languages: options.languages } : {});
  if (!result.ok) return { ok: false, errors: invalidLines(file, result.problems), exitCode: EXIT_INVALID };
  const written = writeOutputs(outDir, generate(result.model, { languages: result.languages, formats: options.formats }));
  if (!written.ok) return { ok: false, errors: [writeFailedLine(outDir, written.reason)], exitCode: EXIT_FAILED };
  return { ok: true, written: written.written, warnings: formatProblems(result.warnings) };
}

export function replay(options: ReplayOptions): number {
  const outcome = replayFile(options.answersFile, options.outDir, options, loadCatalogFiles());
  if (!outcome.ok) {
    writeLines(outcome.errors);
    return outcome.exitCode;
  }
  if (!options.quiet) {
    const { written } = outcome;
    process.stdout.write(`Wrote ${written.length} files to ${options.outDir}:\n${written.map((f) => `  ${f}\n`).join('')}`);
    process.stderr.write(warningLines(options.answersFile, outcome.warnings));
  }
  return EXIT_OK;
}
