/**
 * The words the model hands on: a catalog's localized map, the user's own prose, or a plain
 * name. Picking one language, and how a catalog entry is named, are decided here and only here.
 */
import type { Prose } from '../answers/schema.js';
import type { Localized } from '../catalogs/schema.js';
import { LANGUAGES, type Language } from '../languages.js';

export type Text = Localized | Prose | string;

/**
 * The text in one output language. Validation has already proved every prose map complete for
 * the output languages (rule translation-missing), so a gap here is a bug.
 */
export function localize(value: Text, lang: Language): string {
  if (typeof value === 'string') return value;
  const text = value[lang];
  if (text === undefined) throw new Error(`internal error: text without a '${lang}' version reached rendering`);
  return text;
}

/** The text in `lang`, else in the first language that has it: the wizard shows drafts half translated. */
export function inAnyLanguage(value: Readonly<Record<string, unknown>> | string, lang: Language): string | undefined {
  if (typeof value === 'string') return value;
  for (const code of [lang, ...LANGUAGES]) {
    const text = value[code];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** How a catalog entry is named: its label, else its name (processors and authorities have names). */
export function entryLabel(entry: { label: Localized }): Localized;
export function entryLabel(entry: { label?: Localized; name?: Localized | string }): Text | undefined;
export function entryLabel(entry: { label?: Localized; name?: Localized | string }): Text | undefined {
  return entry.label ?? entry.name;
}
