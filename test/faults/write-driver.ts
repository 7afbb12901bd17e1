/**
 * A child process for test/write-transaction.test.ts: writes a set of files into a folder and,
 * at one step of the write, sends itself a signal — SIGKILL (a kill, a power loss), or a stop
 * signal that the replay holds while it writes (commands/stop-signals.ts).
 * argv: DIR STEP_INDEX SIGNAL HOLD(0|1) then NAME=CONTENT pairs.
 */
import { holdStopSignals } from '../../source/commands/stop-signals.js';
import { EXIT_STOPPED } from '../../source/core/outcome.js';
import { writeFilesAtomically } from '../../source/io/write-files.js';

const [dir, at, signal, hold, ...pairs] = process.argv.slice(2);
const files = pairs.map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), content: pair.slice(pair.indexOf('=') + 1) }));
const signals = hold === '1' ? holdStopSignals() : undefined;
let n = 0;
await writeFilesAtomically(dir!, files, {
  step() {
    if (n++ !== Number(at)) return;
    process.kill(process.pid, signal as NodeJS.Signals);
    // An unheld signal ends the process before the next step; a held one waits for the event loop.
    if (!signals) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
  },
});
const received = await signals?.settle();
process.exitCode = received ? EXIT_STOPPED[received] : 0;
