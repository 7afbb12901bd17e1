/** Language-aware formatting through Intl (CLDR data shipped with Node), so no word lists of our own. */
import type { Period } from '../catalogs/schema.js';
import type { Language } from '../languages.js';

/** Belgian conventions for Dutch and French: the product is made for Belgian businesses first. */
const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-DE' };

/** Intl formatters are slow to build and immutable: one of each per language and options. */
function memo<T>(make: (lang: Language, key: string) => T): (lang: Language, key?: string) => T {
  const cache = new Map<string, T>();
  return (lang, key = '') => {
    let value = cache.get(`${lang}:${key}`);
    if (value === undefined) cache.set(`${lang}:${key}`, (value = make(lang, key)));
    return value;
  };
}

const dates = memo((lang) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }));
const units = memo((lang, unit) => new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' }));
const lists = memo((lang) => new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }));
const regions = memo((lang) => new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' }));

export function formatDate(isoDate: string, lang: Language): string {
  const date = dates(lang).format(new Date(`${isoDate}T00:00:00Z`));
  // French writes the first day of a month as an ordinal ("1er mars"); CLDR does not.
  return lang === 'fr' ? date.replace(/^1 /, '1er ') : date;
}

export function formatPeriod(period: Period, lang: Language): string {
  const [unit, amount] = Object.entries(period)[0] as [keyof Period, number];
  return units(lang, unit.slice(0, -1)).format(amount);
}

/** "a, b and c" in the language's own way. */
export const joinList = (items: readonly string[], lang: Language): string => lists(lang).format(items);

export const countryName = (code: string, lang: Language): string => regions(lang).of(code) ?? code;

export function capitalize(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(LOCALES[lang]) + text.slice(1);
}
