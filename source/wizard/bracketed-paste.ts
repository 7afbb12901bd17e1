/**
 * Bracketed paste mode: while the wizard runs, the terminal wraps each paste in ESC[200~ …
 * ESC[201~, so a pasted text with line breaks arrives as one paste (input/keys.ts) instead of
 * text and Enter presses. The mode belongs to the terminal, not to the process: it must be
 * switched off on every way out — the files written, Ctrl+C, Esc, a signal, a crash — or the
 * shell after the wizard would receive every paste wrapped in those sequences. SIGKILL cannot be
 * caught; shells that use the mode themselves (bash 5.1, zsh) set it again at their prompt.
 */
import { writeSync } from 'node:fs';
import { EXIT_STOPPED, type StopSignal } from '../core/outcome.js';

export const BRACKETED_PASTE_ON = '\u001b[?2004h';
export const BRACKETED_PASTE_OFF = '\u001b[?2004l';

const SIGNALS = Object.keys(EXIT_STOPPED) as StopSignal[];

/** What this needs of `process`, so a test can stand in for it. */
export type ProcessHost = Pick<NodeJS.EventEmitter, 'on' | 'off'> & {
  pid: number;
  kill(pid: number, signal: NodeJS.Signals): unknown;
};

/** Synchronous: in an 'exit' listener or a signal handler nothing asynchronous runs any more. */
const writeToTerminal = (text: string) => writeSync(1, text);

/**
 * Switches the mode on and returns the function that switches it off (once, however many ways
 * out are taken). Until then, process exit and SIGHUP, SIGINT and SIGTERM switch it off too; a
 * signal then ends the process as it would have without this listener.
 */
export function enableBracketedPaste(write: (text: string) => void = writeToTerminal, host: ProcessHost = process): () => void {
  let on = true;
  const restore = () => {
    if (!on) return;
    on = false;
    host.off('exit', restore);
    for (const signal of SIGNALS) host.off(signal, onSignal);
    try {
      write(BRACKETED_PASTE_OFF);
    } catch {
      // The terminal is gone (closed window, dropped SSH): there is no mode left to switch off.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    // A listener replaces the signal's default action: raise it again, now that ours is gone, so
    // the process ends as the signal ends it (Ink's own listener restores the cursor first).
    host.kill(host.pid, signal);
  };
  write(BRACKETED_PASTE_ON);
  host.on('exit', restore);
  for (const signal of SIGNALS) host.on(signal, onSignal);
  return restore;
}
