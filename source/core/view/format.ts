/** Language-aware formatting through Intl (CLDR data shipped with Node), so no word lists of our own. */
import type { Period } from '../catalogs/schema.js';
import type { Language } from '../languages.js';

/** Belgian conventions for Dutch and French: the product is made for Belgian businesses first. */
const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-DE' };

export function formatDate(isoDate: string, lang: Language): string {
  const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  // French writes the first day of a month as an ordinal ("1er mars"); CLDR does not.
  return lang === 'fr' ? date.replace(/^1 /, '1er ') : date;
}

export function formatPeriod(period: Period, lang: Language): string {
  const [unit, amount] = Object.entries(period)[0] as [keyof Period, number];
  const singular = unit.slice(0, -1) as 'year' | 'month' | 'week' | 'day';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: singular, unitDisplay: 'long' }).format(amount);
}

/** "a, b and c" in the language's own way. */
export function joinList(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

export function countryName(code: string, lang: Language): string {
  return new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function capitalize(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(LOCALES[lang]) + text.slice(1);
}
