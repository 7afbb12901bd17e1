/**
 * A diff as the text a person reads or the JSON a tool reads. The frame (the count, the notes)
 * is in the reader's language; the change lines are in each output language, one block per
 * language, so each block can be sent as it is to the people who read the notice in it.
 */
import { formatPath, oneLine } from '../answers/problems.js';
import { msg, renderCount } from '../check/messages.js';
import { LANGUAGE_TABLE, type Language } from '../languages.js';
import { renderChangeLine, renderDiffCount, renderDiffMessage } from './messages.js';
import type { Change } from './types.js';

export interface DiffFiles {
  old: string;
  new: string;
}

export function textDiffReport(files: DiffFiles, languages: readonly Language[], changes: readonly Change[], lang: Language): string {
  const names = { old: files.old, new: files.new };
  if (changes.length === 0) return `${renderDiffMessage(msg('diff.report.none', names), lang)}\n`;
  const header = renderDiffMessage(
    msg('diff.report.header', { ...names, changes: renderDiffCount('diff.report.changes', changes.length, lang) }),
    lang,
  );
  const blocks = languages.map(
    (output) =>
      `${LANGUAGE_TABLE[output].nativeName}\n${changes.map((c) => `  - ${oneLine(renderChangeLine(c.message, output))}\n`).join('')}`,
  );
  const noted = changes.filter((c) => c.note);
  const notes =
    noted.length === 0
      ? ''
      : `\n${renderDiffMessage(msg('diff.report.notes'), lang)}\n${noted
          .map((c) => `  ${files[c.file]} ${formatPath(c.path)}  ${oneLine(renderDiffMessage(c.note!, lang))}\n`)
          .join('')}`;
  return `${header}\n\n${blocks.join('\n')}${notes}`;
}

/** Stable for tools: fixed keys in a fixed order; the changes in the notice's order, each with its stable id. */
export function jsonDiffReport(
  files: DiffFiles,
  effectiveDates: DiffFiles,
  languages: readonly Language[],
  changes: readonly Change[],
  lang: Language,
): string {
  const report = {
    old: files.old,
    new: files.new,
    effectiveDates,
    languages,
    changes: changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      file: c.file,
      path: formatPath(c.path),
      messages: Object.fromEntries(languages.map((output) => [output, renderChangeLine(c.message, output)])),
      note: c.note ? renderDiffMessage(c.note, lang) : null,
    })),
    count: changes.length,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The line under the problems of a version that stops the comparison: how many, in the reader's language. */
export const invalidVersionSummary = (file: string, problems: number, lang: Language): string =>
  renderDiffMessage(msg('diff.report.invalid', { problems: renderCount('report.problems', problems, lang), file }), lang);

/** The line under the problems of a version whose bytes could not be read as an answers file. */
export const unreadVersionSummary = (file: string, lang: Language): string =>
  renderDiffMessage(msg('diff.report.not-read', { file }), lang);
