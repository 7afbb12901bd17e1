/**
 * `privacy-wizard --answers 'clients/*.yaml' --out DIR`: many answers files, each replayed into
 * a folder of its own, DIR/<file name without .yaml>/, by worker threads on every core. A bad
 * file is reported and the others are still written; the exit code says whether any failed.
 */
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, EXIT_STOPPED, toolMessage } from '../core/outcome.js';
import { warningLines, writeLines } from '../io/messages.js';
import { runOnWorkers } from './batch-workers.js';
import type { OutputOptions } from './replay.js';
import { holdStopSignals } from './stop-signals.js';

export interface AnswersOptions extends OutputOptions {
  /** Answers files and glob patterns, as given to --answers. */
  patterns: string[];
  outDir: string;
  quiet: boolean;
}

/** What a worker reports for one file: how many files it wrote, or why it wrote none (and the exit code that stands for it). */
export type BatchOutcome =
  | { ok: true; written: number; warnings: string[] }
  | { ok: false; errors: string[]; exitCode: typeof EXIT_FAILED | typeof EXIT_INVALID };

export interface BatchJob {
  index: number;
  file: string;
  outDir: string;
}

/** The files the patterns name, in order, each once; a pattern that matches nothing is a problem. */
export function expandPatterns(patterns: readonly string[]): { files: string[]; problems: string[] } {
  const files = new Map<string, string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    // A file that exists is itself, even when its name could be read as a glob.
    const matches =
      isDynamicPattern(pattern) && !existsSync(pattern)
        ? globSync(pattern, { absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false }).sort()
        : [pattern];
    if (matches.length === 0) problems.push(toolMessage(`no answers file matches '${pattern}'`));
    for (const file of matches) if (!files.has(resolve(file))) files.set(resolve(file), file);
  }
  return { files: [...files.values()], problems };
}

/**
 * Each file's folder is its name without .yaml/.yml. A name that leaves no folder of its own
 * (`.yaml`, `..yaml`, `...yaml` would give '', '.' or '..': --out itself or its parent) is
 * refused; so are two files with one folder, also when they differ only in case or Unicode
 * form (one folder on macOS and Windows).
 */
export function plan(files: readonly string[], outDir: string): { jobs: BatchJob[]; problems: string[] } {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const jobs = files.map((file, index) => {
    const name = basename(file).replace(/\.ya?ml$/i, '');
    const folder = join(outDir, name);
    if (/^\.*$/.test(name))
      problems.push(toolMessage(`${file} leaves no folder name once .yaml is taken off; rename it, such as client.yaml`));
    const key = name.normalize('NFC').toLowerCase();
    const owner = owners.get(key);
    if (owner) problems.push(toolMessage(`${owner} and ${file} would both be written to ${folder}; rename one of them`));
    owners.set(key, file);
    return { index, file, outDir: folder };
  });
  return { jobs, problems };
}

export async function batch(options: AnswersOptions): Promise<number> {
  const expanded = expandPatterns(options.patterns);
  const { jobs, problems } = plan(expanded.files, options.outDir);
  problems.unshift(...expanded.problems);
  if (problems.length > 0) {
    writeLines([...problems, toolMessage('nothing was written.')]);
    return EXIT_INVALID;
  }
  const signals = holdStopSignals();
  let outcomes: (BatchOutcome | undefined)[];
  try {
    outcomes = await runOnWorkers(
      jobs,
      { languages: options.languages, formats: options.formats, documents: options.documents },
      { signals },
    );
  } finally {
    signals.release();
  }

  const failed = jobs.filter((job) => outcomes[job.index]?.ok === false);
  const notRun = jobs.filter((job) => outcomes[job.index] === undefined);
  for (const job of jobs) {
    const outcome = outcomes[job.index];
    if (outcome?.ok === false) writeLines(outcome.errors);
    else if (outcome && !options.quiet) {
      process.stdout.write(`Wrote ${outcome.written} files to ${job.outDir}\n`);
      process.stderr.write(warningLines(job.file, outcome.warnings));
    }
  }
  const written = jobs.length - failed.length - notRun.length;
  const stopped = signals.received();
  if (!options.quiet || failed.length > 0 || stopped) {
    const summary = `${written} of ${jobs.length} answers files replayed into ${options.outDir}`;
    const lines: string[] = [];
    if (failed.length > 0)
      lines.push(`${summary}; ${failed.length} failed, nothing written for them: ${failed.map((job) => job.file).join(', ')}`);
    if (stopped)
      lines.push(
        `stopped by ${stopped} after the writes under way were finished; not replayed: ${notRun.map((job) => job.file).join(', ') || 'none'}`,
      );
    if (lines.length === 0) process.stdout.write(`${summary}.\n`);
    else writeLines(lines.map(toolMessage));
  }
  if (stopped) return EXIT_STOPPED[stopped];
  // A file that could not be written is a fault of the disk, graver than one that is not valid.
  if (failed.some((job) => (outcomes[job.index] as { exitCode: number }).exitCode === EXIT_FAILED)) return EXIT_FAILED;
  return failed.length > 0 ? EXIT_INVALID : EXIT_OK;
}
