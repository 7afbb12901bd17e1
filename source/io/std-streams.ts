/**
 * stdout or stderr that cannot be written (`>/dev/full`, a closed pipe, a closed descriptor):
 * the run ends with exit 1 and one line on stderr if stderr still works, never with Node's
 * unhandled 'error' event and its stack trace.
 */
import { writeSync } from 'node:fs';
import { toolMessage } from '../core/outcome.js';
import { describeWriteError } from './write-errors.js';

let failed = false;

/** Whether a standard stream failed: the run's exit code is then 1, whatever the command returned. */
export const standardStreamFailed = (): boolean => failed;

/** `onFailure` sets the exit code (cli-main.ts is the one place that does); it may come after the command has returned. */
export function guardStandardStreams(onFailure: () => void) {
  for (const [stream, name] of [
    [process.stdout, 'standard output'],
    [process.stderr, 'standard error'],
  ] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!failed && stream === process.stdout) {
        try {
          writeSync(
            2,
            `${toolMessage(`could not write to ${name}: ${error.code === 'EPIPE' ? 'the reader closed it (EPIPE)' : describeWriteError(error)}`)}\n`,
          );
        } catch {
          // stderr is gone too: the exit code alone says it.
        }
      }
      failed = true;
      onFailure();
    });
  }
}
