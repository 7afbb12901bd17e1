/** Small helpers the view builders share: text or null, and facts the model must have by now. */
import type { Language } from '../languages.js';
import { localize, type Text } from '../model/text.js';

/** A template field that may be absent is null, never undefined (see notice-view.ts). */
export const textOrNull = (value: Text | undefined, lang: Language): string | null => (value === undefined ? null : localize(value, lang));

/**
 * The user's sentence where the template goes on after it with one of its own (the processor
 * statement): a full stop where it ends without one, so that the next sentence does not run on.
 */
export const sentenceOrNull = (value: Text | undefined, lang: Language): string | null => {
  const text = textOrNull(value, lang)?.trimEnd();
  if (text === undefined || text === '') return null;
  return /[.!?…]["'”’»)]*$/.test(text) ? text : `${text}.`;
};

/**
 * A fact a check rule guarantees before anything renders (its id in `rule`): missing here, it is a
 * bug, reported as such rather than as a TypeError.
 */
export function required<T>(value: T | undefined, what: string, rule: string): T {
  if (value === undefined) throw new Error(`internal error: ${what} reached rendering (check rule ${rule} should have refused it)`);
  return value;
}
