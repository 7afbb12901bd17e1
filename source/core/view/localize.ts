import type { Localized } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import type { Prose } from '../answers/schema.js';

/**
 * The text of a catalog entry's label or of the user's own prose in one language. Validation
 * has already proved every prose map complete for the output languages, so a gap here is a bug.
 */
export function localize(value: Localized | Prose | string, lang: Language): string {
  if (typeof value === 'string') return value;
  const text = value[lang];
  if (text === undefined) throw new Error(`internal error: text without a '${lang}' version reached rendering`);
  return text;
}

/** A catalog id or the user's own prose (the "other…" entry), as text. */
export function labelOf<T extends { label: Localized }>(
  catalog: Record<string, T>,
  ref: string | Prose,
  lang: Language,
): string {
  if (typeof ref !== 'string') return localize(ref, lang);
  const entry = catalog[ref];
  if (!entry) throw new Error(`internal error: unknown catalog id '${ref}' reached rendering`);
  return localize(entry.label, lang);
}
