/**
 * What the product formats with Intl (region names, long dates, durations, lists), taken from
 * Intl itself as tables. The build writes them to dist/data/intl.json, so the bundle never
 * builds a DisplayNames, DateTimeFormat, NumberFormat or ListFormat on its usual paths: the
 * first of those costs ICU ~9 ms to initialise, then each locale a few more. When the sources
 * run directly (tests), the same tables are built from Intl on first use.
 */
import { byLanguage, LANGUAGE_TABLE, LANGUAGES, type Language } from '../languages.js';
import { compiledOr } from '../paths.js';

/** Each output language's BCP 47 locale, from the table in core/languages.ts. */
export const LOCALES: Record<Language, string> = byLanguage((entry) => entry.locale);

/** Retention periods use days to years; a cookie's lifetime can be minutes or hours. */
export const PERIOD_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A long date as the locale orders it: its fields and the literal text between them. */
export type DatePart = { field: 'day' | 'month' | 'year' } | { literal: string };

/** The text either side of the number, e.g. ['', ' days']. */
export type NumberPattern = readonly [before: string, after: string];

export interface ListSeparators {
  /** Between the two items of a list of two. */
  pair: string;
  /** Between the first two, between the middle ones, and between the last two of three or more. */
  start: string;
  middle: string;
  end: string;
}

export interface LanguageTables {
  /** ISO code to name, only for the codes the locale names. */
  regions: Record<string, string>;
  months: string[];
  date: DatePart[];
  /** Per unit, per plural category that some amount below 1000 falls in. */
  periods: Record<PeriodUnit, Partial<Record<Intl.LDMLPluralRule, NumberPattern>>>;
  list: ListSeparators;
}

export interface IntlTables {
  /** Region names in plain English ('en'): which codes are regions, and the names messages use. */
  englishRegions: Record<string, string>;
  /**
   * Codes that are gone from ISO 3166-1, with the code that replaced them (UK → GB, DD → DE):
   * Intl still names them, so the wizard listed Germany twice and an answers file could say UK,
   * which no adequacy decision is filed under.
   */
  regionAliases: Record<string, string>;
  languages: Record<Language, LanguageTables>;
}

/** Amounts from 1000 on have grouping separators: the rare path formats them with Intl itself. */
export const PATTERN_AMOUNTS_BELOW = 1000;

/** Every two-letter code Intl names, and the code it stands for today (itself, or its successor). */
function namedRegionCodes(): [code: string, current: string][] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: [string, string][] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code) !== undefined) codes.push([code, Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4)]);
    }
  }
  return codes;
}

/** The current codes' names in the locale; a code replaced by another (DD, UK) is not one of them. */
function regionNames(locale: string, codes: readonly [string, string][]): Record<string, string> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return Object.fromEntries(codes.flatMap(([code, current]) => (code === current ? [[code, names.of(code)!]] : [])));
}

function longDate(locale: string): Pick<LanguageTables, 'months' | 'date'> {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const months: string[] = [];
  const orders = new Set<string>();
  for (let month = 0; month < 12; month++) {
    const parts = format.formatToParts(Date.UTC(2001, month, 15));
    months.push(parts.find((p) => p.type === 'month')!.value);
    const order = parts.map(
      (p): DatePart =>
        p.type === 'literal' ? { literal: p.value } : { field: expectOneOf(p.type, ['day', 'month', 'year'] as const, locale) },
    );
    orders.add(JSON.stringify(order));
  }
  if (orders.size !== 1) throw new Error(`${locale}: long dates order their parts differently from month to month`);
  return { months, date: JSON.parse([...orders][0]!) as DatePart[] };
}

function periodPatterns(locale: string, unitSpace: string): LanguageTables['periods'] {
  const plurals = new Intl.PluralRules(locale);
  const samples = new Map<Intl.LDMLPluralRule, number>();
  for (let n = 0; n < PATTERN_AMOUNTS_BELOW; n++) if (!samples.has(plurals.select(n))) samples.set(plurals.select(n), n);
  const periods = {} as LanguageTables['periods'];
  for (const unit of PERIOD_UNITS) {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    periods[unit] = Object.fromEntries(
      [...samples].map(([category, n]) => {
        const parts = format.formatToParts(n);
        const at = parts.findIndex((p) => p.type === 'integer');
        if (at < 0 || parts.filter((p) => p.type === 'integer').length !== 1)
          throw new Error(`${locale}: ${n} ${unit} has no single number`);
        const text = (from: number, to?: number) =>
          parts
            .slice(from, to)
            .map((p) => p.value)
            .join('');
        return [category, [text(0, at).replace(/ $/, unitSpace), text(at + 1).replace(/^ /, unitSpace)] as const];
      }),
    );
  }
  return periods;
}

function listSeparators(locale: string): ListSeparators {
  const format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const separators = (count: number): string[] => {
    const parts = format.formatToParts(Array.from({ length: count }, (_, i) => `item${i}`));
    const kinds = parts.map((p) => p.type).join(' ');
    const expected = Array.from({ length: count }, () => 'element').join(' literal ');
    if (kinds !== expected) throw new Error(`${locale}: a list of ${count} is not its items with separators between them`);
    return parts.filter((p) => p.type === 'literal').map((p) => p.value);
  };
  const [pair] = separators(2);
  const [start, middle, end] = separators(4);
  return { pair: pair!, start: start!, middle: middle!, end: end! };
}

function expectOneOf<T extends string>(value: string, allowed: readonly T[], locale: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${locale}: unexpected part '${value}' in a long date`);
  return value as T;
}

export function buildIntlTables(): IntlTables {
  const codes = namedRegionCodes();
  const languages = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const locale = LOCALES[lang];
      const tables: LanguageTables = {
        regions: regionNames(locale, codes),
        ...longDate(locale),
        periods: periodPatterns(locale, LANGUAGE_TABLE[lang].unitSpace),
        list: listSeparators(locale),
      };
      return [lang, tables];
    }),
  ) as Record<Language, LanguageTables>;
  const regionAliases = Object.fromEntries(codes.filter(([code, current]) => code !== current));
  return { englishRegions: regionNames('en', codes), regionAliases, languages };
}

let tables: IntlTables | undefined;
export const intlTables = (): IntlTables => (tables ??= compiledOr('intl', buildIntlTables));

/** The English name of an ISO 3166-1 region code; undefined for codes that name no region. */
export const englishRegionName = (code: string): string | undefined =>
  Object.hasOwn(intlTables().englishRegions, code) ? intlTables().englishRegions[code] : undefined;

/** The code that replaced an old ISO 3166-1 code (UK → GB); undefined for a current code or none. */
export const currentRegionCode = (code: string): string | undefined =>
  Object.hasOwn(intlTables().regionAliases, code) ? intlTables().regionAliases[code] : undefined;
