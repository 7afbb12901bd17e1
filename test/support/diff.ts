/** Two versions of one answers file in memory, for the diff's tests: the web agency's example, and a copy with one edit. */
import { join } from 'node:path';
import type { Answers } from '../../source/core/answers/schema.js';
import { type Change, diffModels } from '../../source/core/diff/diff.js';
import { renderChangeLine, renderDiffMessage } from '../../source/core/diff/messages.js';
import { LANGUAGES, type Language } from '../../source/core/languages.js';
import { type Model, resolveAnswers } from '../../source/core/model/resolve.js';
import { EXAMPLES } from './cli.js';
import { catalogs, loadAnswers } from './replay.js';

export const BASE_FILE = join(EXAMPLES, 'web-agency.yaml');
export const base: Answers = loadAnswers(BASE_FILE).answers;

/** The base answers with an edit made to a copy. */
export function edited(edit: (answers: Answers) => void): Answers {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

export const model = (answers: Answers): Model => resolveAnswers(answers, catalogs);

/** What the edit changes: from the base to the edited copy, or (`reverse`) back. */
export function changesOf(edit: (answers: Answers) => void, options: { reverse?: boolean } = {}): Change[] {
  const [old, now] = options.reverse ? [edited(edit), base] : [base, edited(edit)];
  return diffModels(model(old), model(now), LANGUAGES);
}

/** The one change the edit makes, checked to be the only one. */
export function onlyChange(changes: Change[]): Change {
  if (changes.length !== 1) throw new Error(`expected one change, got ${changes.map((c) => c.id).join(', ') || 'none'}`);
  return changes[0]!;
}

export const line = (change: Change, lang: Language): string => renderChangeLine(change.message, lang);
export const note = (change: Change, lang: Language): string | undefined => change.note && renderDiffMessage(change.note, lang);

/** A country's name as Intl gives it in a language's locale (the CLDR names the notice uses). */
export const regionName = (code: string, locale: string): string => new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;
