/**
 * `privacy-wizard --answers FILE|'GLOB' --out DIR --verify`: for CI and pre-commit hooks. It
 * renders what a replay (or batch) would write, in memory, through the same pipeline, and
 * compares it with the files in --out, byte for byte. It writes nothing.
 *
 * A folder is up to date when every file the answers give is there with the same bytes, and no
 * file is there that a replay with these options would write but these answers no longer give
 * (a language dropped from the answers leaves its old notice behind: a published, stale notice).
 * Other files in the folder are not ours and are left alone, and so are folders of a batch's
 * --out that no answers file names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { CatalogFiles } from '../core/catalogs/schema.js';
import { LANGUAGES } from '../core/languages.js';
import { countOf, EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { readForReplay } from '../core/pipeline.js';
import { generate } from '../core/pipeline-generate.js';
import { DEFAULT_DOCUMENTS, DOCUMENTS, fileName } from '../core/render/documents.js';
import { invalidLines, unreadableLines, writeLines } from '../io/messages.js';
import { loadAnswersText } from '../io/read-answers-file.js';
import { expandPatterns, plan } from './batch.js';
import type { PreviousVersion } from './previous-version.js';
import type { OutputOptions } from './replay.js';

/** Some file in --out is not what the answers give (stale, missing or left over). */
export const EXIT_STALE = 1;

export interface VerifyOptions extends OutputOptions {
  /** Answers files and glob patterns, as given to --answers. */
  patterns: string[];
  /** One plain file, verified against --out itself (as replay writes it); else a batch, a folder per file. */
  single: boolean;
  outDir: string;
  quiet: boolean;
}

/** What one folder holds compared with what its answers give; names are file names in the folder. */
export type FolderVerdict =
  | { ok: true; expected: number; stale: string[]; missing: string[]; extra: string[] }
  | { ok: false; errors: string[] };

/** One answers file against one folder; reads, never writes. */
export function verifyFolder(
  file: string,
  outDir: string,
  options: OutputOptions,
  catalogs: CatalogFiles,
  previous?: PreviousVersion,
): FolderVerdict {
  const source = loadAnswersText(file);
  if (!source.ok) return { ok: false, errors: unreadableLines(file, source) };
  const result = readForReplay(source.text, file, catalogs, options.languages ? { languages: options.languages } : {});
  if (!result.ok) return { ok: false, errors: invalidLines(file, result.problems) };
  const model = previous ? previous.attach(result.model, result.languages, catalogs) : { ok: true as const, model: result.model };
  if (!model.ok) return { ok: false, errors: model.errors };
  const files = generate(model.model, { languages: result.languages, formats: options.formats, documents: options.documents });
  const present = new Set(existsSync(outDir) ? readdirSync(outDir) : []);
  const stale: string[] = [];
  const missing: string[] = [];
  for (const { name, content } of files) {
    if (!present.has(name)) missing.push(name);
    else if (!sameBytes(join(outDir, name), content)) stale.push(name);
  }
  const given = new Set(files.map((f) => f.name));
  const documents = options.documents ?? DEFAULT_DOCUMENTS;
  const writable = DOCUMENTS.filter((d) => documents.includes(d.option)).flatMap((d) =>
    (options.languages ?? LANGUAGES).flatMap((lang) => options.formats.map((format) => fileName(d, lang, format))),
  );
  const extra = [...new Set(writable)].filter((name) => present.has(name) && !given.has(name)).sort();
  return { ok: true, expected: files.length, stale, missing, extra };
}

function sameBytes(path: string, content: string): boolean {
  try {
    return readFileSync(path).equals(Buffer.from(content, 'utf8'));
  } catch {
    return false; // a folder, or a file we may not read, in the place of ours: not what the answers give
  }
}

/** The lines that name each file out of date, then a summary; none when the folder is up to date. */
export function verdictLines(file: string, outDir: string, verdict: Extract<FolderVerdict, { ok: true }>): string[] {
  const { stale, missing, extra } = verdict;
  const wrong = stale.length + missing.length + extra.length;
  if (wrong === 0) return [];
  return [
    ...stale.map((name) => toolMessage(`${join(outDir, name)} is out of date: it differs from what ${file} gives`)),
    ...missing.map((name) => toolMessage(`${join(outDir, name)} is missing`)),
    ...extra.map((name) => toolMessage(`${join(outDir, name)} is left over: ${file} no longer gives this file`)),
    toolMessage(
      `${countOf(wrong, 'file')} in ${outDir} ${wrong === 1 ? 'is' : 'are'} not what ${file} gives; run the same command without --verify to write them${extra.length > 0 ? ' (and delete the files left over)' : ''}.`,
    ),
  ];
}

export async function verify(options: VerifyOptions): Promise<number> {
  let jobs: { file: string; outDir: string }[];
  if (options.single) jobs = [{ file: options.patterns[0]!, outDir: options.outDir }];
  else {
    const expanded = expandPatterns(options.patterns);
    const planned = plan(expanded.files, options.outDir);
    const problems = [...expanded.problems, ...planned.problems];
    if (problems.length > 0) {
      writeLines([...problems, toolMessage('nothing was verified.')]);
      return EXIT_INVALID;
    }
    jobs = planned.jobs;
  }
  const catalogs = loadCatalogFiles();
  // --changes-from goes with one answers file (cli.ts refuses it with several).
  const previous =
    options.changesFrom === undefined ? undefined : await (await import('./previous-version.js')).loadPreviousVersion(options.changesFrom);
  let invalid = 0;
  let outOfDate = 0;
  for (const job of jobs) {
    const verdict = verifyFolder(job.file, job.outDir, options, catalogs, previous);
    if (!verdict.ok) {
      invalid++;
      writeLines(verdict.errors);
      continue;
    }
    const lines = verdictLines(job.file, job.outDir, verdict);
    if (lines.length > 0) {
      outOfDate++;
      writeLines(lines);
    } else if (!options.quiet) {
      process.stdout.write(
        `${countOf(verdict.expected, 'file')} in ${job.outDir} ${verdict.expected === 1 ? 'is' : 'are'} up to date with ${job.file}.\n`,
      );
    }
  }
  if (!options.single && (!options.quiet || invalid + outOfDate > 0)) {
    const summary = `${jobs.length - invalid - outOfDate} of ${jobs.length} answers files are up to date in ${options.outDir}`;
    const problems = [invalid > 0 ? `${invalid} not valid` : '', outOfDate > 0 ? `${outOfDate} out of date` : ''].filter(Boolean);
    if (problems.length === 0) process.stdout.write(`${summary}.\n`);
    else writeLines([toolMessage(`${summary}; ${problems.join(', ')}.`)]);
  }
  return invalid > 0 ? EXIT_INVALID : outOfDate > 0 ? EXIT_STALE : EXIT_OK;
}
