/**
 * A batch worker for test/batch-faults.test.ts that dies (process.exit in a worker ends the
 * thread) in the middle of the switch of its write for the file named "crash"; for any other
 * file it writes a one-file set, as a replay would.
 */
import { parentPort } from 'node:worker_threads';
import { writeFilesAtomically } from '../../source/io/write-files.js';

parentPort!.on('message', async (job: { index: number; file: string; outDir: string }) => {
  const files = [
    { name: 'a.md', content: `new ${job.file}` },
    { name: 'b.md', content: `new ${job.file}` },
  ];
  await writeFilesAtomically(job.outDir, files, {
    step(at) {
      if (job.file === 'crash' && at.step === 'place' && at.name === 'a.md') process.exit(3);
    },
  });
  parentPort!.postMessage({ index: job.index, outcome: { ok: true, written: files.length, warnings: [] } });
});
