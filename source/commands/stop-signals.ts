/**
 * Ctrl+C, a kill or a closed terminal during a replay or a batch: the signal is held until the
 * output folder is consistent. The writes are synchronous, so a signal that arrives during one
 * is seen only once it is done; `settle()` lets one that arrived before the write be seen, so
 * nothing is written after it.
 */
import { EXIT_STOPPED, type StopSignal } from '../core/outcome.js';

export const STOP_SIGNALS = Object.keys(EXIT_STOPPED) as StopSignal[];

export interface HeldSignals {
  /** The first signal that arrived, once the event loop has run. */
  received(): StopSignal | undefined;
  /** Waits one turn of the event loop, so that a signal already delivered is received. */
  settle(): Promise<StopSignal | undefined>;
  /** Called on the first signal (a batch stops handing out files). */
  onStop(listener: () => void): void;
  release(): void;
}

export function holdStopSignals(): HeldSignals {
  let first: StopSignal | undefined;
  const listeners: (() => void)[] = [];
  const handler = (signal: NodeJS.Signals) => {
    if (first) return;
    first = signal as StopSignal;
    for (const listener of listeners) listener();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return {
    received: () => first,
    // The signal's pipe is read in the poll phase; setImmediate runs after it.
    settle: () => new Promise((resolve) => setImmediate(() => setImmediate(() => resolve(first)))),
    onStop: (listener) => listeners.push(listener),
    release() {
      for (const signal of STOP_SIGNALS) process.off(signal, handler);
    },
  };
}
