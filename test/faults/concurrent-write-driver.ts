/**
 * A child process for test/output-lock.test.ts: writes a set of files into a folder; at step
 * PAUSE_AT of its write (-1: none) it creates READY_FILE and sleeps PAUSE_MS, mid-switch, so that
 * another writer starts meanwhile. Prints, as JSON, how many journals of other writes it found in
 * the folder when its own recovery began: a journal there would be rolled back.
 * argv: DIR PAUSE_AT PAUSE_MS READY_FILE then NAME=CONTENT pairs.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { JOURNAL_PREFIX } from '../../source/io/output-journal.js';
import { writeFilesAtomically } from '../../source/io/write-files.js';

const [dir, at, pauseMs, ready, ...pairs] = process.argv.slice(2);
const files = pairs.map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), content: pair.slice(pair.indexOf('=') + 1) }));
let n = 0;
let journalsAtRecovery = -1;
await writeFilesAtomically(dir!, files, {
  step(where) {
    if (where.step === 'recover') journalsAtRecovery = readdirSync(dir!).filter((name) => name.startsWith(JOURNAL_PREFIX)).length;
    if (n++ !== Number(at)) return;
    writeFileSync(ready!, '');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(pauseMs));
  },
});
process.stdout.write(JSON.stringify({ journalsAtRecovery }));
