/**
 * The worker threads of a batch (batch.ts): one per core, each handed a file at a time. When a
 * worker dies, the files it had in hand are handed out again, each alone in its worker (which
 * of them killed it is unknown); a file whose worker dies alone with it fails, its folder
 * tidied at once (a write cut short is undone). After a stop signal no file
 * is handed out; the writes under way finish first, since ending a worker could cut one short.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXIT_FAILED, toolMessage } from '../core/outcome.js';
import { breakLockOfDeadWorker, recoverOutputFolderLocked } from '../io/output-lock.js';
import type { BatchJob, BatchOutcome } from './batch.js';
import type { OutputOptions } from './replay.js';
import type { HeldSignals } from './stop-signals.js';

/**
 * The old generation a worker may grow to, set for how V8 grows it rather than as a limit: with
 * no limit of its own a worker gets one sized to the machine's memory (4 GB on 24 GB), and V8
 * then lets the heap grow to four times what survives a full collection before the next one.
 * A worker's heap holds about 21 MB that survive, so its heap grew to 165 MB in a 5,000-file
 * batch, 60 MB in a 100-file one (`--trace-gc`). Below 2 GB V8 lets it grow less: at 1 GB it
 * peaked at 90 MB, for 105 full collections instead of 34 (about 15 ms each). The largest answers
 * file allowed replays in 127 MB.
 */
const WORKER_OLD_GENERATION_MB = 1024;

export interface WorkerOptions {
  /** The worker's script (tests give one that crashes). */
  workerUrl?: URL;
  signals?: Pick<HeldSignals, 'received' | 'onStop'>;
}

/** Resolves with every outcome by index; a file never handed out (after a stop signal) has none. */
export function runOnWorkers(
  jobs: readonly BatchJob[],
  output: OutputOptions,
  options: WorkerOptions = {},
): Promise<(BatchOutcome | undefined)[]> {
  const workerUrl = options.workerUrl ?? new URL('./batch-worker.js', import.meta.url);
  const stopped = () => options.signals?.received() !== undefined;
  const outcomes = new Array<BatchOutcome | undefined>(jobs.length);
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const live = new Map<Worker, Set<number>>();
  const deaths = new Map<number, number>();
  /** Files to hand out again, after their worker died once. */
  const retries: number[] = [];
  let next = 0;
  let settled = false;
  const remaining = () => retries.length > 0 || next < jobs.length;

  return new Promise((resolveAll) => {
    const finishIfDone = () => {
      const busy = [...live.values()].some((inHand) => inHand.size > 0);
      if (settled || busy || (remaining() && !stopped())) return;
      settled = true;
      for (const worker of live.keys()) void worker.terminate();
      resolveAll(outcomes);
    };
    const feed = (worker: Worker) => {
      if (!remaining() || stopped()) return;
      // A file retried after a death runs alone in its worker: a second death is then its own.
      const inHand = live.get(worker)!;
      if (inHand.size > 0 && (retries.length > 0 || [...inHand].some((index) => deaths.has(index)))) return;
      const job = jobs[retries.shift() ?? next++]!;
      live.get(worker)!.add(job.index);
      worker.postMessage(job);
    };
    const start = () => {
      const worker = new Worker(workerUrl, { workerData: output, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
      live.set(worker, new Set());
      let failure = '';
      worker.on('message', ({ index, outcome }: { index: number; outcome: BatchOutcome }) => {
        outcomes[index] = outcome;
        live.get(worker)?.delete(index);
        feed(worker);
        finishIfDone();
      });
      worker.on('error', (error) => {
        failure = error.message;
      });
      worker.on('exit', (code) => {
        if (settled) return;
        for (const index of live.get(worker) ?? []) {
          deaths.set(index, (deaths.get(index) ?? 0) + 1);
          if (deaths.get(index)! < 2) retries.push(index);
          else outcomes[index] = workerDied(jobs[index]!, failure || `exit code ${code}`);
        }
        live.delete(worker);
        if (remaining() && !stopped()) {
          const fresh = start();
          feed(fresh);
          feed(fresh);
        }
        finishIfDone();
      });
      return worker;
    };
    options.signals?.onStop(finishIfDone);
    if (jobs.length === 0) return finishIfDone();
    for (let i = 0; i < count; i++) {
      const worker = start();
      // Two jobs in flight per worker: it never waits for the main thread between files.
      feed(worker);
      feed(worker);
    }
  });
}

/** A file whose worker died: its folder is tidied now (a write cut short is undone), and the user told. */
function workerDied(job: BatchJob, reason: string): BatchOutcome {
  let state = `${job.outDir} holds one complete set of files`;
  try {
    if (existsSync(job.outDir)) {
      breakLockOfDeadWorker(job.outDir);
      if (recoverOutputFolderLocked(job.outDir) > 0) state = `the write it cut short was undone: ${job.outDir} holds its earlier files`;
    }
  } catch (error) {
    state = `${job.outDir} could not be tidied (${(error as Error).message}): the next run into it does so`;
  }
  return { ok: false, errors: [toolMessage(`${job.file}: the worker replaying it stopped (${reason}); ${state}.`)], exitCode: EXIT_FAILED };
}
