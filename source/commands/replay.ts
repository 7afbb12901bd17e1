/** `privacy-wizard --answers FILE`: answers file → notice files, without any terminal UI. */
import { readAnswersFile } from '../io/read-answers-file.js';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { parseAnswers } from '../core/answers/parse.js';
import { formatProblem } from '../core/answers/problems.js';
import type { Language } from '../core/languages.js';
import type { Format } from '../core/formats.js';
import { renderOutputs } from '../core/render/outputs.js';
import { describeWriteError, writeFilesAtomically } from '../io/write-files.js';

export interface ReplayOptions {
  answersFile: string;
  outDir: string;
  languages?: Language[];
  formats: Format[];
  quiet: boolean;
}

export const EXIT_OK = 0;
export const EXIT_WRITE_FAILED = 1;
export const EXIT_INVALID = 2;

export function replay(options: ReplayOptions): number {
  const { answersFile: file } = options;
  const source = readAnswersFile(file);
  if (source === undefined) return EXIT_INVALID;

  const catalogs = loadCatalogFiles();
  const result = parseAnswers(source, file, catalogs, options.languages ? { languages: options.languages } : {});
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const count = result.problems.length;
    process.stderr.write(`privacy-wizard: ${count} problem${count === 1 ? '' : 's'} in ${file}; nothing was written.\n`);
    return EXIT_INVALID;
  }

  const files = renderOutputs(result.answers, catalogs, result.languages, options.formats);
  let written: string[];
  try {
    written = writeFilesAtomically(options.outDir, files);
  } catch (error) {
    process.stderr.write(`privacy-wizard: could not write to ${options.outDir}: ${describeWriteError(error)}; no file there was changed.\n`);
    return EXIT_WRITE_FAILED;
  }
  if (!options.quiet) {
    process.stdout.write(`Wrote ${written.length} files to ${options.outDir}:\n${written.map((f) => `  ${f}\n`).join('')}`);
  }
  return EXIT_OK;
}
