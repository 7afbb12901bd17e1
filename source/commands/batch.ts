/**
 * `privacy-wizard --answers 'clients/*.yaml' --out DIR`: many answers files, each replayed into
 * a folder of its own, DIR/<file name without .yaml>/, by worker threads on every core. A bad
 * file is reported and the others are still written; the exit code says whether any failed.
 */
import { availableParallelism } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { EXIT_INVALID, EXIT_OK, toolMessage } from '../core/outcome.js';
import { warningLines, writeLines } from '../io/messages.js';
import type { OutputOptions } from './replay.js';

export interface AnswersOptions extends OutputOptions {
  /** Answers files and glob patterns, as given to --answers. */
  patterns: string[];
  outDir: string;
  quiet: boolean;
}

/** What a worker reports for one file: how many files it wrote, or why it wrote none. */
export type BatchOutcome = { ok: true; written: number; warnings: string[] } | { ok: false; errors: string[] };

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
    const matches = isDynamicPattern(pattern)
      ? globSync(pattern, { absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false }).sort()
      : [pattern];
    if (matches.length === 0) problems.push(toolMessage(`no answers file matches '${pattern}'`));
    for (const file of matches) if (!files.has(resolve(file))) files.set(resolve(file), file);
  }
  return { files: [...files.values()], problems };
}

/** Each file's folder is its name without .yaml/.yml; two files with one name would overwrite each other. */
export function plan(files: readonly string[], outDir: string): { jobs: BatchJob[]; problems: string[] } {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const jobs = files.map((file, index) => {
    const folder = join(outDir, basename(file).replace(/\.ya?ml$/i, ''));
    const owner = owners.get(folder);
    if (owner) problems.push(toolMessage(`${owner} and ${file} would both be written to ${folder}; rename one of them`));
    owners.set(folder, file);
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
  const outcomes = await runOnWorkers(jobs, { languages: options.languages, formats: options.formats });

  const failed = jobs.filter((job) => !outcomes[job.index]!.ok);
  for (const job of jobs) {
    const outcome = outcomes[job.index]!;
    if (!outcome.ok) writeLines(outcome.errors);
    else if (!options.quiet) {
      process.stdout.write(`Wrote ${outcome.written} files to ${job.outDir}\n`);
      process.stderr.write(warningLines(job.file, outcome.warnings));
    }
  }
  const written = jobs.length - failed.length;
  if (!options.quiet || failed.length > 0) {
    const summary = `${written} of ${jobs.length} answers files replayed into ${options.outDir}`;
    if (failed.length === 0) process.stdout.write(`${summary}.\n`);
    else
      writeLines([
        toolMessage(`${summary}; ${failed.length} failed, nothing written for them: ${failed.map((job) => job.file).join(', ')}`),
      ]);
  }
  return failed.length > 0 ? EXIT_INVALID : EXIT_OK;
}

/** Hands the jobs out one at a time to a worker per core; resolves with every outcome by index. */
function runOnWorkers(jobs: readonly BatchJob[], output: OutputOptions): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(jobs.length);
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  let next = 0;
  let done = 0;
  return new Promise((resolveAll, reject) => {
    if (jobs.length === 0) return resolveAll(outcomes);
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolveAll(outcomes);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: output });
      workers.push(worker);
      const feed = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: BatchOutcome }) => {
        outcomes[index] = outcome;
        if (++done === jobs.length) finish();
        else feed();
      });
      worker.on('error', finish);
      worker.on('exit', (code) => {
        if (done < jobs.length) finish(new Error(`a batch worker stopped (exit code ${code}) before the batch was done`));
      });
      // Two jobs in flight per worker: it never waits for the main thread between files.
      feed();
      feed();
    }
  });
}
