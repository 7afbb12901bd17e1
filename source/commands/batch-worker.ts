/** A worker thread of a batch replay (batch.ts): loads the catalogs once, then replays each job it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogFiles } from '../core/catalogs/load.js';
import type { BatchJob } from './batch.js';
import { replayFile, type OutputOptions, type ReplayOutcome } from './replay.js';

const output = workerData as OutputOptions;
const catalogs = loadCatalogFiles();

parentPort!.on('message', (job: BatchJob) => {
  let outcome: ReplayOutcome;
  try {
    outcome = replayFile(job.file, job.outDir, output, catalogs);
  } catch (error) {
    // A folder that cannot be written fails this file only; the others go on.
    outcome = { ok: false, errors: [`privacy-wizard: ${job.file}: ${(error as Error).message}`] };
  }
  parentPort!.postMessage({ index: job.index, outcome });
});
