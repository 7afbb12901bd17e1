/** A worker thread of a batch replay (batch.ts): loads the catalogs once, then replays each job it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import { EXIT_FAILED, toolMessage } from '../core/outcome.js';
import type { BatchJob, BatchOutcome } from './batch.js';
import { type OutputOptions, replayFile } from './replay.js';

const output = workerData as OutputOptions;
const catalogs = loadCatalogFiles();

parentPort!.on('message', async (job: BatchJob) => {
  let outcome: BatchOutcome;
  try {
    const replayed = await replayFile(job.file, job.outDir, output, catalogs);
    // The count is enough: thousands of file lists would only grow the main thread's memory.
    outcome = replayed.ok ? { ok: true, written: replayed.written.length, warnings: replayed.warnings } : replayed;
  } catch (error) {
    // Whatever goes wrong with one file (replayFile already reports unwritable folders) fails it alone.
    outcome = { ok: false, errors: [toolMessage(`${job.file}: ${(error as Error).message}`)], exitCode: EXIT_FAILED };
  }
  parentPort!.postMessage({ index: job.index, outcome });
});
