/**
 * A retention period as people type it, in any of the wizard's languages: "3 jaar", "6 mois",
 * "2 Wochen", "10y", "30j". The unit words and letters of every language are read (a Dutch user
 * of the French wizard may still write "jaar"). One letter means different units in different
 * languages — "j" is jaar and Jahr, but jour — so such a letter is read in the UI language's own
 * sense when its hint shows it, and refused otherwise: a period is never guessed.
 */
import type { Period } from '../catalogs/schema.js';
import { LANGUAGE_TABLE, LANGUAGES, type Language, type PeriodInputUnit } from '../languages.js';

export type PeriodReading =
  | { ok: true; period: Period }
  | { ok: false; problem: 'format' }
  /** `unit` as typed, and the units it stands for in one language or another. */
  | { ok: false; problem: 'ambiguous'; unit: string; readings: PeriodInputUnit[] };

export const PERIOD_INPUT_UNITS: readonly PeriodInputUnit[] = ['years', 'months', 'weeks', 'days'];

/** Lowercase and without diacritics: "Année" and "annee" are one spelling. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const spellingsOf = (lang: Language, unit: PeriodInputUnit): string[] => {
  const { letter, words } = LANGUAGE_TABLE[lang].periodInput[unit];
  return [letter, ...words].map(fold);
};

/** Every spelling of every language, with the units it stands for. */
const SPELLINGS = new Map<string, Set<PeriodInputUnit>>();
for (const lang of LANGUAGES)
  for (const unit of PERIOD_INPUT_UNITS)
    for (const spelling of spellingsOf(lang, unit)) SPELLINGS.set(spelling, (SPELLINGS.get(spelling) ?? new Set()).add(unit));

/** A number, then a unit (a letter or a word, with or without a full stop after it). */
const PERIOD = /^\s*(\d{1,4})\s*(\p{L}+)\.?\s*$/u;

export function readPeriod(input: string, lang: Language): PeriodReading {
  const match = PERIOD.exec(input);
  if (!match) return { ok: false, problem: 'format' };
  const typed = match[2]!;
  const spelling = fold(typed);
  const units = [...(SPELLINGS.get(spelling) ?? [])];
  if (units.length === 0) return { ok: false, problem: 'format' };
  const unit = units.length === 1 ? units[0] : PERIOD_INPUT_UNITS.find((u) => spellingsOf(lang, u).includes(spelling));
  if (!unit) return { ok: false, problem: 'ambiguous', unit: typed, readings: PERIOD_INPUT_UNITS.filter((u) => units.includes(u)) };
  return { ok: true, period: { [unit]: Number(match[1]) } as Period };
}

/** "10j" in Dutch, "10a" in French: the short form the language's hint shows, which reads back the same. */
export function formatPeriodShort(period: Period, lang: Language): string {
  const [unit, amount] = Object.entries(period)[0] as [PeriodInputUnit, number];
  return `${amount}${LANGUAGE_TABLE[lang].periodInput[unit].letter}`;
}

/** The UI language's letters, in the order of PERIOD_INPUT_UNITS (y, m, w, d in English). */
export const periodLetters = (lang: Language): string[] => PERIOD_INPUT_UNITS.map((u) => LANGUAGE_TABLE[lang].periodInput[u].letter);
