/**
 * Language-aware formatting from CLDR data (shipped with Node), so no word lists of our own.
 * It reads tables taken from Intl at build time (core/locale/intl-tables.ts) rather than Intl's own
 * formatters, which are slow to start; only rare inputs go to Intl itself.
 */
import type { Duration } from '../catalogs/schema.js';
import { LANGUAGE_TABLE, type Language, type LanguageEntry } from '../languages.js';
import { intlTables, LOCALES, PATTERN_AMOUNTS_BELOW, type PeriodUnit } from '../locale/intl-tables.js';

const tablesOf = (lang: Language) => intlTables().languages[lang];

/**
 * The plural category of each whole amount below PATTERN_AMOUNTS_BELOW (the only ones asked),
 * per language, worked out on first use: `select` was a hundredth of a batch's CPU time.
 */
const pluralCategories = new Map<Language, { rules: Intl.PluralRules; known: Intl.LDMLPluralRule[] }>();
function pluralCategory(amount: number, lang: Language): Intl.LDMLPluralRule {
  let plurals = pluralCategories.get(lang);
  if (plurals === undefined) {
    plurals = { rules: new Intl.PluralRules(LOCALES[lang]), known: [] };
    pluralCategories.set(lang, plurals);
  }
  plurals.known[amount] ??= plurals.rules.select(amount);
  return plurals.known[amount];
}

export function formatDate(isoDate: string, lang: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const fields = { day: date.getUTCDate(), month: date.getUTCMonth(), year: date.getUTCFullYear() };
  // Year 0 is 1 BC, which some locales mark with an era: left to Intl, like an invalid date.
  const text =
    fields.year >= 1
      ? tablesOf(lang)
          .date.map((part) =>
            'literal' in part ? part.literal : part.field === 'month' ? tablesOf(lang).months[fields.month] : String(fields[part.field]),
          )
          .join('')
      : new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  // French writes the first day of a month as an ordinal ("1er mars"); CLDR does not.
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

export function formatPeriod(period: Duration, lang: Language): string {
  const [key, amount] = Object.entries(period)[0] as [keyof Duration, number];
  const unit = key.slice(0, -1) as PeriodUnit;
  const pattern =
    Number.isInteger(amount) && amount >= 0 && amount < PATTERN_AMOUNTS_BELOW && !Object.is(amount, -0)
      ? tablesOf(lang).periods[unit][pluralCategory(amount, lang)]
      : undefined;
  if (pattern) return `${pattern[0]}${amount}${pattern[1]}`;
  const formatted = new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
  return formatted.replace(/(\d) (?=\D)/, `$1${LANGUAGE_TABLE[lang].unitSpace}`);
}

/** A cited name in the language's quotation marks: “Orders” in English, « Commandes » in French. */
export function quote(text: string, lang: Language): string {
  const [open, close] = LANGUAGE_TABLE[lang].quotes;
  return `${open}${text}${close}`;
}

/** How a last item that holds its own "and" joins the list (LANGUAGE_TABLE, list.innerAnd); undefined: as CLDR says. */
function ownJoin(lastItem: string, innerAnd: LanguageEntry['list']['innerAnd'], kind: 'things' | 'actions'): string | undefined {
  if (innerAnd === null || (kind === 'actions' && !innerAnd.actions) || !innerAnd.test.test(lastItem)) return undefined;
  return innerAnd.elided?.before.test(lastItem) ? innerAnd.elided.join : innerAnd.join;
}

/**
 * "a, b and c" in the language's own way. `actions`: the items are things to do (purposes), not
 * things or people, which some languages join otherwise (LANGUAGE_TABLE, list.innerAnd).
 */
export function joinList(items: readonly string[], lang: Language, kind: 'things' | 'actions' = 'things'): string {
  const separators = tablesOf(lang).list;
  const { clauseEnd, innerAnd }: LanguageEntry['list'] = LANGUAGE_TABLE[lang].list;
  if (items.length <= 1) return items[0] ?? '';
  const { start, middle } = separators;
  const own = ownJoin(items.at(-1)!, innerAnd, kind);
  const last = own === undefined ? separators : { pair: own, end: own };
  const closed = (item: string, before: string) => (clauseEnd?.test(item) && !before.startsWith(',') ? `${item},` : item);
  if (items.length === 2) return `${closed(items[0]!, last.pair)}${last.pair}${items[1]}`;
  const middleItems = items.slice(1, -1);
  const lastMiddle = closed(middleItems.pop()!, last.end);
  return `${items[0]}${start}${[...middleItems, lastMiddle].join(middle)}${last.end}${items.at(-1)}`;
}

export function countryName(code: string, lang: Language): string {
  const regions = tablesOf(lang).regions;
  // Own keys only: a code such as 'constructor' must not reach the object's prototype.
  return (Object.hasOwn(regions, code) ? regions[code] : undefined) ?? code;
}

export function capitalize(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(LOCALES[lang]) + text.slice(1);
}
