/**
 * A retention period typed in the wizard: the unit words and letters of English, Dutch, French
 * and German, each language's hint naming its own, and no letter ever silently misread.
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../source/core/flow/bank.js';
import { formatPeriodShort, PERIOD_INPUT_UNITS, periodLetters, readPeriod } from '../source/core/flow/period-input.js';
import { LANGUAGE_TABLE, LANGUAGES, type Language } from '../source/core/languages.js';

const read = (text: string, lang: Language) => {
  const reading = readPeriod(text, lang);
  return reading.ok ? reading.period : reading.problem;
};

describe('a period typed in each language', () => {
  const units = (y: string, m: string, w: string, d: string) => [
    [`3 ${y}`, { years: 3 }],
    [`6 ${m}`, { months: 6 }],
    [`2 ${w}`, { weeks: 2 }],
    [`30 ${d}`, { days: 30 }],
  ];
  it.each([
    ['en', [...units('years', 'months', 'weeks', 'days'), ['1 year', { years: 1 }], ...units('y', 'm', 'w', 'd')]],
    ['nl', [...units('jaar', 'maanden', 'weken', 'dagen'), ['1 maand', { months: 1 }], ...units('j', 'm', 'w', 'd')]],
    ['fr', [...units('ans', 'mois', 'semaines', 'jours'), ['1 année', { years: 1 }], ...units('a', 'm', 's', 'j')]],
    ['de', [...units('Jahre', 'Monate', 'Wochen', 'Tage'), ['1 Jahr', { years: 1 }], ...units('j', 'm', 'w', 't')]],
  ] as const)('%s: its words and letters', (lang, cases) => {
    for (const [text, period] of cases) expect(read(text as string, lang), text as string).toEqual(period);
  });

  it('reads capitals, diacritics or none, a full stop and no space alike', () => {
    expect(read('3 JAAR', 'nl')).toEqual({ years: 3 });
    expect(read('2 annees', 'fr')).toEqual({ years: 2 });
    expect(read('6 Mon.', 'de')).toEqual({ months: 6 });
    expect(read('10J', 'de')).toEqual({ years: 10 });
    expect(read('  30jours ', 'fr')).toEqual({ days: 30 });
  });

  it('reads the words of every language in any UI language', () => {
    for (const lang of LANGUAGES) {
      expect(read('3 jaar', lang)).toEqual({ years: 3 });
      expect(read('6 mois', lang)).toEqual({ months: 6 });
      expect(read('2 Wochen', lang)).toEqual({ weeks: 2 });
      expect(read('30 days', lang)).toEqual({ days: 30 });
    }
  });

  it('refuses what is no period', () => {
    for (const text of ['3', 'jaar', '3 jaar 2', '3 lustrum', '-3 j', '3,5 jaar', '12345 days']) expect(read(text, 'nl')).toBe('format');
  });
});

describe('a letter that means different units in different languages', () => {
  it('is read in the UI language’s own sense where its hint shows it', () => {
    expect(read('3j', 'nl')).toEqual({ years: 3 });
    expect(read('3j', 'de')).toEqual({ years: 3 });
    expect(read('3j', 'fr')).toEqual({ days: 3 });
  });

  it('is refused, saying what it could mean, where the UI language does not use it', () => {
    expect(readPeriod('3j', 'en')).toEqual({ ok: false, problem: 'ambiguous', unit: 'j', readings: ['years', 'days'] });
  });

  it('is never read as a unit it does not mean in any language that uses it', () => {
    for (const lang of LANGUAGES)
      for (const spellingLang of LANGUAGES)
        for (const unit of PERIOD_INPUT_UNITS) {
          const { letter, words } = LANGUAGE_TABLE[spellingLang].periodInput[unit];
          for (const spelling of [letter, ...words]) {
            const meanings = LANGUAGES.flatMap((l) =>
              PERIOD_INPUT_UNITS.filter((u) => {
                const entry: { letter: string; words: readonly string[] } = LANGUAGE_TABLE[l].periodInput[u];
                return entry.letter === spelling || entry.words.includes(spelling);
              }),
            );
            const reading = readPeriod(`4 ${spelling}`, lang);
            if (new Set(meanings).size === 1) expect(reading).toEqual({ ok: true, period: { [unit]: 4 } });
            else if (reading.ok)
              expect(LANGUAGE_TABLE[lang].periodInput[Object.keys(reading.period)[0] as typeof unit].letter).toBe(spelling);
            else expect(reading.problem).toBe('ambiguous');
          }
        }
  });
});

describe('the hint of each language', () => {
  const prompt = loadQuestionBank()
    .sections.flatMap((s) => s.questions.flatMap((q) => [q, ...(q.item ?? []).flatMap((i) => [i, ...(i.item ?? [])])]))
    .find((q) => q.type === 'period')!.prompt;
  const message = loadUiStrings().periodFormat!;

  it.each(LANGUAGES)('names its own letters, and each example reads in it: %s', (lang) => {
    for (const text of [prompt[lang], message[lang]]) {
      const examples = [...text.matchAll(/\b(\d+)(\p{L})\b/gu)];
      expect(examples.map((m) => m[2])).toEqual(periodLetters(lang));
      for (const [example] of examples) expect(readPeriod(example, lang).ok, `${example} in ${lang}`).toBe(true);
    }
  });

  it.each(LANGUAGES)('writes a saved period back in a form that reads the same: %s', (lang) => {
    for (const unit of PERIOD_INPUT_UNITS) {
      const short = formatPeriodShort({ [unit]: 7 }, lang);
      expect(read(short, lang)).toEqual({ [unit]: 7 });
    }
  });
});
