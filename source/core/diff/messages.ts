/**
 * What diff says, in each language: questions/diff-messages.yaml, validated by the build like
 * check's messages and rendered by the same renderer (check/messages.ts), from this table. Every
 * id starts with `diff.`, so a message can never be taken for one of check's.
 */
import * as v from 'valibot';
import { type CheckMessages, checkMessagesSchema, loadCheckMessages, type Message, renderCount, renderMessage } from '../check/messages.js';
import type { Language } from '../languages.js';
import { compiledOr, packagePath } from '../paths.js';
import { capitalize } from '../view/format.js';

export const DIFF_MESSAGES_FILE = packagePath('questions', 'diff-messages.yaml');

export const diffMessagesSchema = v.pipe(
  checkMessagesSchema,
  v.check((table) => Object.keys(table).every((id) => id.startsWith('diff.')), "every id of diff's messages starts with 'diff.'"),
);

export function loadDiffMessages(file = DIFF_MESSAGES_FILE): CheckMessages {
  const table = loadCheckMessages(file);
  const result = v.safeParse(diffMessagesSchema, table);
  if (!result.success) throw new Error(`${file} is not valid: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return result.output;
}

// Read on the first diff: replay and check never open the file unless a notice lists changes.
let messages: CheckMessages | undefined;
export const diffMessages = (): CheckMessages => (messages ??= compiledOr('diff-messages', loadDiffMessages));

/** A diff message in one language. */
export const renderDiffMessage = (message: Message, lang: Language): string => renderMessage(message, lang, diffMessages);

/** A change line: a sentence, so it starts with a capital even when it opens with a name ("unser Buchhalter …"). */
export const renderChangeLine = (message: Message, lang: Language): string => capitalize(renderDiffMessage(message, lang), lang);

export const renderDiffCount = (id: string, count: number, lang: Language): string => renderCount(id, count, lang, {}, diffMessages);
