/**
 * How a run ends and how the tool words its own messages: the exit codes (README, "Exit codes
 * and errors"), the prefix of every line the tool writes about itself, and counts of problems.
 * cli-main.ts is the one place that sets the exit code; everything else returns one of these.
 */

/** Files written; for check: no errors (warnings allowed). */
export const EXIT_OK = 0;
/**
 * Files could not be written (the folder kept its earlier files; the message says so, or, if even
 * undoing failed, that the next run restores them), or an unexpected internal error. In a batch:
 * any file could not be written.
 */
export const EXIT_FAILED = 1;
/** check only: the answers file is valid, but a rule found an error. */
export const EXIT_CHECK_ERRORS = 1;
/** Bad usage, or an answers file (or saved session) that is not valid: nothing written. In a batch: any was invalid, all were written. */
export const EXIT_INVALID = 2;
/** The wizard's terminal went away (window closed, SSH dropped; 128 + SIGHUP): the answers are saved. */
export const EXIT_TERMINAL_CLOSED = 129;
/** The wizard was stopped (Ctrl+C, or Esc on the first question): the answers are saved. */
export const EXIT_CANCELLED = 130;

/**
 * A replay or batch stopped by a signal (128 + its number): the write under way was finished
 * first, or none had begun; the message says which files --out holds.
 */
export const EXIT_STOPPED = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof EXIT_STOPPED;

export type ExitCode =
  | typeof EXIT_OK
  | typeof EXIT_FAILED
  | typeof EXIT_INVALID
  | typeof EXIT_TERMINAL_CLOSED
  | typeof EXIT_CANCELLED
  | (typeof EXIT_STOPPED)[StopSignal];

export const MESSAGE_PREFIX = 'privacy-wizard: ';

/** A line the tool says about itself (not a located problem): `privacy-wizard: text`. */
export const toolMessage = (text: string): string => `${MESSAGE_PREFIX}${text}`;

/** "1 problem", "3 more problems": English counts of the tool's own messages. */
export const countOf = (n: number, word: string, before = ''): string => `${n} ${before ? `${before} ` : ''}${word}${n === 1 ? '' : 's'}`;

export const problemCount = (n: number, before = ''): string => countOf(n, 'problem', before);
