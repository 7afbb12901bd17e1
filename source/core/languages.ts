/**
 * The output languages, and everything the code keys by language, in one table. A fifth
 * language is one entry here (the compiler then asks for each field), plus its templates
 * (templates/<code>/) and its texts in the catalogs, the question bank and the check messages:
 * DEVELOPERS.md, "Add an output language".
 */

export interface LanguageEntry {
  /** BCP 47 locale for Intl: which region's conventions dates, names and numbers follow. */
  locale: string;
  /** The language's name in itself, as the wizard offers it. */
  nativeName: string;
  /**
   * What stands between a number and its unit in a period ("10 ans"): French typography keeps
   * them on one line with a no-break space, where CLDR writes an ordinary one.
   */
  unitSpace: string;
  /** Between a label and its value ("Your situations: 5"): French puts a no-break space before the colon. */
  colon: string;
  /** The quotation marks around a name the text cites (a section's title), as the language writes them. */
  quotes: readonly [open: string, close: string];
  /**
   * Phrases that `check` looks for in the user's prose. Each rule applies the phrases of every
   * language to every text (a Dutch text may say "Privacy Shield"); a language's own list is
   * what makes its prose checked at all.
   */
  phrases: {
    /** "As long as necessary" and its kin: no retention period. */
    vagueRetention: readonly RegExp[];
    /** Claims that data are anonymous. */
    anonymous: readonly RegExp[];
    /** Claims that no cookies are used. */
    noCookies: readonly RegExp[];
    /** The invalidated EU-US Privacy Shield. */
    privacyShield: readonly RegExp[];
  };
  /**
   * How a period is typed in the wizard ("3 jaar", "6m"): per unit, the letter the language's hint
   * shows and the words it is written with, lowercase (diacritics are ignored when matching).
   */
  periodInput: Record<PeriodInputUnit, { letter: string; words: readonly string[] }>;
  /**
   * What a list needs beyond CLDR's "a, b and c" (view/format.ts, joinList): German closes a
   * clause with a comma before "und" ("Personen, die uns schreiben, und …"), and joins a last item
   * that has an "und" of its own with "sowie" ("Kontaktdaten sowie Fotos und Videos").
   */
  list: {
    /** An item that ends in a clause of its own; null: the language needs no comma after one. */
    clauseEnd: RegExp | null;
    /**
     * A last item that holds the list's own "and", and what joins it instead; null: none.
     * `actions`: whether it also joins a list of actions (purposes: "gérer …, vous affilier …"),
     * where French "ainsi que" cannot stand before an infinitive. `elided`: the join before an
     * item that starts with a vowel ("ainsi qu'acheteurs").
     */
    innerAnd: { test: RegExp; join: string; actions: boolean; elided?: { before: RegExp; join: string } } | null;
  };
}

/** The units of a retention period, as the answers format names them. */
export type PeriodInputUnit = 'years' | 'months' | 'weeks' | 'days';

/** Belgian conventions for Dutch and French: the product is made for Belgian businesses first. */
export const LANGUAGE_TABLE = {
  en: {
    locale: 'en-GB',
    nativeName: 'English',
    colon: ': ',
    quotes: ['“', '”'],
    unitSpace: ' ',
    phrases: {
      vagueRetention: [
        /\b(?:for\s+)?as\s+long\s+as\s+(?:(?:it\s+)?is\s+|we\s+)?(?:necessary|needed|required|need\s+(?:it|them))\b/i,
        /\bno\s+longer\s+than\s+(?:is\s+)?(?:necessary|needed|required)\b/i,
      ],
      anonymous: [/\banonymous(?:ly)?\b/i],
      noCookies: [
        /\b(?:no|without|zero)\s+(?:tracking\s+)?cookies\b/i,
        /\bcookie[-\s]?(?:less|free)\b/i,
        /\b(?:do(?:es)?\s+not|don't|never)\s+(?:use|set|place)\s+(?:any\s+)?(?:tracking\s+)?cookies\b/i,
      ],
      privacyShield: [/\bprivacy[\s-]?shield\b/i],
    },
    periodInput: {
      years: { letter: 'y', words: ['year', 'years', 'yr', 'yrs'] },
      months: { letter: 'm', words: ['month', 'months', 'mo', 'mos'] },
      weeks: { letter: 'w', words: ['week', 'weeks', 'wk', 'wks'] },
      days: { letter: 'd', words: ['day', 'days'] },
    },
    // "sellers and landlords, and prospective buyers and tenants": the list's "and" stands apart.
    list: { clauseEnd: null, innerAnd: { test: / and /, join: ', and ', actions: true } },
  },
  nl: {
    locale: 'nl-BE',
    nativeName: 'Nederlands',
    colon: ': ',
    quotes: ['“', '”'],
    unitSpace: ' ',
    phrases: {
      vagueRetention: [
        /\bzo\s*lang\s+(?:als\s+|dat\s+)?(?:(?:het|dit)\s+)?(?:nodig|noodzakelijk|vereist)\b/i,
        /\bniet\s+langer\s+dan\s+(?:nodig|noodzakelijk|vereist)\b/i,
      ],
      anonymous: [/\banoniem(?:e)?\b/i],
      noCookies: [/\b(?:geen|zonder)\s+(?:tracking\s*)?cookies\b/i, /\bcookie-?(?:vrij|loos)e?\b/i],
      privacyShield: [/\bprivacy[\s-]?(?:shield|schild)\b/i],
    },
    periodInput: {
      years: { letter: 'j', words: ['jaar', 'jaren', 'jr'] },
      months: { letter: 'm', words: ['maand', 'maanden', 'mnd'] },
      weeks: { letter: 'w', words: ['week', 'weken', 'wk'] },
      days: { letter: 'd', words: ['dag', 'dagen'] },
    },
    // "verkopers en verhuurders alsook kandidaat-kopers en kandidaat-huurders".
    list: { clauseEnd: null, innerAnd: { test: /(?<!-) en /, join: ' alsook ', actions: true } },
  },
  fr: {
    locale: 'fr-BE',
    nativeName: 'Français',
    colon: '\u00a0: ',
    quotes: ['«\u00a0', '\u00a0»'],
    unitSpace: '\u00a0',
    phrases: {
      vagueRetention: [
        /\b(?:aussi\s+longtemps\s+que|tant\s+que)\s+(?:(?:c'est|cela\s+est|c’est)\s+)?(?:n[ée]cessaire|requis)\b/i,
        /\b(?:le\s+temps|la\s+dur[ée]e)\s+n[ée]cessaire\b/i,
        /\bpas\s+plus\s+longtemps\s+que\s+n[ée]cessaire\b/i,
      ],
      anonymous: [/\banonym(?:es?|ement)\b/i],
      noCookies: [/\b(?:sans|aucun|pas\s+de)\s+cookies?\b/i],
      privacyShield: [/\bbouclier\s+de\s+protection\s+des\s+donn[ée]es\b/i],
    },
    periodInput: {
      years: { letter: 'a', words: ['an', 'ans', 'année', 'années'] },
      months: { letter: 'm', words: ['mois'] },
      weeks: { letter: 's', words: ['semaine', 'semaines', 'sem'] },
      days: { letter: 'j', words: ['jour', 'jours'] },
    },
    // "vendeurs et bailleurs ainsi que candidats acheteurs et locataires".
    list: {
      clauseEnd: null,
      innerAnd: {
        test: / et /,
        join: ' ainsi que ',
        actions: false,
        elided: { before: /^[aeiouyàâäéèêëîïôöûüœæ]/i, join: " ainsi qu'" },
      },
    },
  },
  de: {
    locale: 'de-DE',
    nativeName: 'Deutsch',
    colon: ': ',
    quotes: ['„', '“'],
    unitSpace: ' ',
    phrases: {
      vagueRetention: [
        /\bso\s*lange?\s+(?:wie\s+)?(?:(?:es|dies)\s+)?(?:n[öo]tig|erforderlich|notwendig)\b/i,
        /\bnicht\s+l[äa]nger\s+als\s+(?:n[öo]tig|erforderlich|notwendig)\b/i,
      ],
      anonymous: [/\banonym(?:e[nrs]?)?\b/i],
      noCookies: [/\b(?:keine|ohne)\s+(?:Tracking-?)?Cookies\b/i, /\bcookie-?(?:frei|los)(?:e[nrs]?)?\b/i],
      privacyShield: [/\bdatenschutz-?schild\b/i],
    },
    periodInput: {
      years: { letter: 'j', words: ['jahr', 'jahre', 'jahren'] },
      months: { letter: 'm', words: ['monat', 'monate', 'monaten', 'mon'] },
      weeks: { letter: 'w', words: ['woche', 'wochen', 'wo'] },
      days: { letter: 't', words: ['tag', 'tage', 'tagen'] },
    },
    list: {
      // A clause after a comma, outside brackets: "Personen, die mit uns Kontakt aufnehmen".
      clauseEnd: /, (?:der|die|das|dem|den|denen|deren|dessen|wo|wenn|weil|dass|ob) [^()]*$/,
      innerAnd: { test: / und /, join: ' sowie ', actions: true },
    },
  },
} as const satisfies Record<string, LanguageEntry>;

export type Language = keyof typeof LANGUAGE_TABLE;
export const LANGUAGES = Object.keys(LANGUAGE_TABLE) as readonly Language[] as readonly [Language, ...Language[]];

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGE_TABLE, value);
}

/** The same field of every language, as a record the compiler keeps complete. */
export const byLanguage = <T>(pick: (entry: LanguageEntry, lang: Language) => T): Record<Language, T> =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, pick(LANGUAGE_TABLE[lang], lang)])) as Record<Language, T>;

/** "en, nl, fr or de": the codes, for messages and help. */
export const languageChoice = (): string => `${LANGUAGES.slice(0, -1).join(', ')} or ${LANGUAGES.at(-1)!}`;
