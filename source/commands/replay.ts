/** `privacy-wizard --answers FILE`: answers file → notice files, without any terminal UI. */

import { formatProblems } from '../core/answers/problems.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import type { DocumentOption, Format } from '../core/formats.js';
import type { Language } from '../core/languages.js';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, EXIT_STOPPED, toolMessage } from '../core/outcome.js';
import { readForReplay } from '../core/pipeline.js';
import { generate } from '../core/pipeline-generate.js';
import type { OutputFile } from '../core/render/outputs.js';
import { invalidLines, unreadableLines, warningLines, writeFailedLine, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { writeOutputs } from '../io/write-files.js';
import type { PreviousVersion } from './previous-version.js';
import { holdStopSignals } from './stop-signals.js';

export interface OutputOptions {
  languages?: Language[];
  formats: Format[];
  /** By default the notice and the retention table. */
  documents?: DocumentOption[];
  /** --changes-from: an earlier version of the answers; the notice lists what this one changes since (one file only). */
  changesFrom?: string;
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

/** The files one answers file renders to, with check's warnings; or the lines that say why there are none. */
type Prepared = { ok: true; files: OutputFile[]; warnings: string[] } | { ok: false; errors: string[]; exitCode: typeof EXIT_INVALID };

function prepareReplay(file: string, options: OutputOptions, catalogs: CatalogFiles, previous?: PreviousVersion): Prepared {
  const source = loadAnswersText(file);
  if (!source.ok) return { ok: false, errors: unreadableLines(file, source), exitCode: EXIT_INVALID };
  const result = readForReplay(source.text, file, catalogs, options.languages ? { languages: options.languages } : {});
  if (!result.ok) return { ok: false, errors: invalidLines(file, result.problems), exitCode: EXIT_INVALID };
  const model = previous ? previous.attach(result.model, result.languages, catalogs) : { ok: true as const, model: result.model };
  if (!model.ok) return { ok: false, errors: model.errors, exitCode: EXIT_INVALID };
  const files = generate(model.model, { languages: result.languages, formats: options.formats, documents: options.documents });
  return { ok: true, files, warnings: formatProblems(result.warnings) };
}

async function writePrepared(prepared: Extract<Prepared, { ok: true }>, outDir: string): Promise<ReplayOutcome> {
  const written = await writeOutputs(outDir, prepared.files);
  if (!written.ok) return { ok: false, errors: [writeFailedLine(outDir, written.reason, written.mixed)], exitCode: EXIT_FAILED };
  return { ok: true, written: written.written, warnings: prepared.warnings };
}

/** One answers file into one folder, all or nothing; prints nothing (batch workers share stderr). */
export async function replayFile(file: string, outDir: string, options: OutputOptions, catalogs: CatalogFiles): Promise<ReplayOutcome> {
  const prepared = prepareReplay(file, options, catalogs);
  return prepared.ok ? await writePrepared(prepared, outDir) : prepared;
}

/** Prints what a replay did and returns its exit code. */
function report(options: ReplayOptions, outcome: ReplayOutcome): number {
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

/** A replay in process, signals left as they are (tests, the fuzzer); without --changes-from, which may read a pipe. */
export const replayInProcess = async (options: ReplayOptions): Promise<number> =>
  report(options, await replayFile(options.answersFile, options.outDir, options, loadCatalogFiles()));

/**
 * A signal (Ctrl+C, kill, hang-up) before the write leaves --out untouched; one during the write
 * is held until the write is done or undone. Either way the exit code is 128 + the signal's number.
 */
export async function replay(options: ReplayOptions): Promise<number> {
  const signals = holdStopSignals();
  try {
    const previous =
      options.changesFrom === undefined
        ? undefined
        : await (await import('./previous-version.js')).loadPreviousVersion(options.changesFrom);
    const prepared = prepareReplay(options.answersFile, options, loadCatalogFiles(), previous);
    const before = await signals.settle();
    if (before) {
      writeLines([toolMessage(`stopped by ${before} before writing; the files in ${options.outDir} are unchanged.`)]);
      return EXIT_STOPPED[before];
    }
    const outcome = prepared.ok ? await writePrepared(prepared, options.outDir) : prepared;
    const during = await signals.settle();
    const code = report(options, outcome);
    if (!during) return code;
    const holds = outcome.ok ? `the write was finished first: ${options.outDir} holds the new files` : 'the write had failed (above)';
    writeLines([toolMessage(`stopped by ${during}; ${holds}.`)]);
    return EXIT_STOPPED[during];
  } finally {
    signals.release();
  }
}
