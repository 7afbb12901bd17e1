import type { UiStrings } from '../core/flow/bank.js';
import { byLanguage, type Language } from '../core/languages.js';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** `t('progress', {step: 2})`: a UI string in the wizard's language with its {{placeholders}} filled. */
export function translator(strings: UiStrings, lang: Language): Translate {
  return (key, vars = {}) => {
    const text = strings[key]?.[lang];
    if (text === undefined) throw new Error(`internal error: no UI string '${key}'`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

export const LANGUAGE_NAMES: Record<Language, string> = byLanguage((entry) => entry.nativeName);
