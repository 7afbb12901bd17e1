/** The lines the CLI prints about an answers file (commands and the wizard alike): results carry data, these make it text. */
import { formatProblems, type Problem } from '../core/answers/problems.js';
import { problemCount, toolMessage } from '../core/outcome.js';
import type { PathProblem } from '../core/pipeline.js';
import type { AnswersText } from './read-answers-file.js';

/** Each problem on its line, then the summary under them (check's, diff's, scan's in the reader's language). */
export const problemLines = (problems: readonly Problem[], summary: string): string[] => [
  ...formatProblems(problems),
  toolMessage(summary),
];

/** Why an answers file was not read: why it could not be opened, or what is wrong with its bytes, then `summary`. */
export function unreadableLines(
  file: string,
  failure: Exclude<AnswersText, { ok: true }>,
  summary = `${file} was not read; nothing was written.`,
): string[] {
  if ('cannotRead' in failure) return [toolMessage(failure.cannotRead)];
  return problemLines(failure.problems, summary);
}

/** Every problem that stopped a replay, then a summary. */
export const invalidLines = (file: string, problems: readonly Problem[]): string[] =>
  problemLines(problems, `${problemCount(problems.length)} in ${file}; nothing was written.`);

/** Why a write failed, and what the folder holds now: the earlier files, or (undoing failed too) a mix the next run undoes. */
export const writeFailedLine = (outDir: string, reason: string, mixed = false): string =>
  toolMessage(
    mixed
      ? `could not write to ${outDir}: ${reason}, nor put the earlier files back; the next run into ${outDir} restores them before it writes.`
      : `could not write to ${outDir}: ${reason}; no file there was changed.`,
  );

/** Problems of answers that have no file (a saved session), one an indented line. */
export const pathProblemLines = (problems: readonly PathProblem[]): string[] => problems.map((p) => `  ${p.path}  ${p.message}`);

/** check's warnings after a replay: the notice is written, but it may say less than it should. */
export function warningLines(file: string, warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return `${warnings.join('\n')}\n${toolMessage(`${file} was replayed with check warnings (above); \`privacy-wizard check ${file}\` explains them.`)}\n`;
}

export const writeLines = (lines: readonly string[], stream: NodeJS.WritableStream = process.stderr): void => {
  stream.write(lines.map((line) => `${line}\n`).join(''));
};
