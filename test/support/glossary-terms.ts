/**
 * The official GDPR terms each notice must use, per language, taken from
 * docs/terms.md (the official language versions of Regulation 2016/679).
 * Fragments, so that a verb may be conjugated around them.
 */
import type { Language } from '../../source/core/languages.js';

export const TERM_KEYS = [
  'controller',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'withdrawConsent',
  'complaint',
  'supervisoryAuthority',
  'dpo',
  'legitimateInterests',
  'retentionPeriod',
  'automated',
  'profiling',
  'oneMonth',
  'eea',
  'recipient',
  'processor',
] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export const TERMS: Record<Language, Record<TermKey, string>> = {
  en: {
    controller: 'controller',
    access: 'right of access',
    rectification: 'right to rectification',
    erasure: 'right to erasure',
    restriction: 'right to restriction of processing',
    portability: 'right to data portability',
    object: 'right to object',
    withdrawConsent: 'withdraw consent at any time',
    complaint: 'lodge a complaint with a supervisory authority',
    supervisoryAuthority: 'supervisory authority',
    dpo: 'data protection officer',
    legitimateInterests: 'legitimate interests',
    retentionPeriod: 'retention period',
    automated: 'automated',
    profiling: 'profiling',
    oneMonth: 'one month',
    eea: 'European Economic Area',
    recipient: 'recipient',
    processor: 'processor',
  },
  nl: {
    controller: 'verwerkingsverantwoordelijke',
    access: 'recht van inzage',
    rectification: 'recht op rectificatie',
    erasure: 'recht op gegevenswissing',
    restriction: 'recht op beperking van de verwerking',
    portability: 'recht op overdraagbaarheid van gegevens',
    object: 'recht van bezwaar',
    withdrawConsent: 'te allen tijde intrekken',
    complaint: 'klacht',
    supervisoryAuthority: 'toezichthoudende autoriteit',
    dpo: 'functionaris voor gegevensbescherming',
    legitimateInterests: 'gerechtvaardigde belangen',
    retentionPeriod: 'bewaartermijn',
    automated: 'geautomatiseerde',
    profiling: 'profilering',
    oneMonth: 'één maand',
    eea: 'Europese Economische Ruimte',
    recipient: 'ontvanger',
    processor: 'verwerker',
  },
  fr: {
    controller: 'responsable du traitement',
    access: "droit d'accès",
    rectification: 'droit de rectification',
    erasure: "droit à l'effacement",
    restriction: 'droit à la limitation du traitement',
    portability: 'droit à la portabilité des données',
    object: "droit d'opposition",
    withdrawConsent: 'consentement à tout moment',
    complaint: "réclamation auprès d'une autorité de contrôle",
    supervisoryAuthority: 'autorité de contrôle',
    dpo: 'délégué à la protection des données',
    legitimateInterests: 'intérêts légitimes',
    retentionPeriod: 'durée de conservation',
    automated: 'automatisé',
    profiling: 'profilage',
    oneMonth: 'un mois',
    eea: 'Espace économique européen',
    recipient: 'destinataire',
    processor: 'sous-traitant',
  },
  de: {
    controller: 'Verantwortliche',
    access: 'Auskunftsrecht',
    rectification: 'Recht auf Berichtigung',
    erasure: 'Recht auf Löschung',
    restriction: 'Recht auf Einschränkung der Verarbeitung',
    portability: 'Recht auf Datenübertragbarkeit',
    object: 'Widerspruchsrecht',
    withdrawConsent: 'jederzeit widerrufen',
    complaint: 'Beschwerde bei einer Aufsichtsbehörde',
    supervisoryAuthority: 'Aufsichtsbehörde',
    dpo: 'Datenschutzbeauftragte',
    legitimateInterests: 'berechtigte',
    retentionPeriod: 'Speicherdauer',
    automated: 'automatisierte',
    profiling: 'Profiling',
    oneMonth: 'Monat',
    eea: 'Europäischen Wirtschaftsraum',
    recipient: 'Empfänger',
    processor: 'Auftragsverarbeiter',
  },
};

/** The Belgian Data Protection Authority's name in each language (glossary.md). */
export const BELGIAN_AUTHORITY: Record<Language, string> = {
  en: 'Data Protection Authority',
  nl: 'Gegevensbeschermingsautoriteit',
  fr: 'Autorité de protection des données',
  de: 'Datenschutzbehörde',
};

/**
 * Terms of the official GDPR texts and of the glossary for the legal sentences the reviews
 * of issue 14 corrected (the legal and language reviews behind issue 14). The GDPR
 * article each comes from is named; fragments, so that a verb or an article may change.
 */
export const LEGAL_TERMS = {
  /** Art. 17(3)(e) and 21(1): the exception the notices themselves rely on. */
  legalClaims: {
    en: 'establishment, exercise or defence of legal claims',
    nl: 'instelling, uitoefening of onderbouwing van een rechtsvordering',
    fr: 'défense de droits en justice',
    de: 'Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
  },
  /** Art. 17(3)(b) ("zur Erfüllung einer rechtlichen Verpflichtung"); glossary "legal obligation". */
  legalObligation: { en: 'legal obligation', nl: 'wettelijke verplichting', fr: 'obligation légale', de: 'rechtlichen Verpflichtung' },
  /** Art. 18(2): a restricted processing is storage only ("with the exception of storage"). */
  storage: { en: 'store', nl: 'opslag', fr: 'conserv', de: 'speicher' },
  /** Art. 20(1)(a) and (b): the conditions of portability; glossary "consent", "performance of a contract". */
  consent: { en: 'consent', nl: 'toestemming', fr: 'consentement', de: 'Einwilligung' },
  contract: { en: 'contract', nl: 'overeenkomst', fr: 'contrat', de: 'Vertrag' },
  /** Art. 4(9) and 6(1)(c): authorities that receive data because the law requires it. */
  publicAuthorities: { en: 'public authorities', nl: 'overheidsinstanties', fr: 'autorités publiques', de: 'Behörden' },
  /** Glossary "transfer basis": an adequacy decision, appropriate safeguards or a derogation. */
  transferBasis: {
    en: 'transfer basis',
    nl: 'grondslag voor de doorgifte',
    fr: 'fondement du transfert',
    de: 'Grundlage der Übermittlung',
  },
  /** Glossary "appropriate safeguards" (Art. 46 only): the word that must not head the column for every basis. */
  safeguard: { en: 'safeguard', nl: 'waarborg', fr: 'garantie', de: 'Garantie' },
  /** Glossary "third country" (Chapter V), as a fragment that holds the plural (Drittländer). */
  thirdCountry: { en: 'third countr', nl: 'derde land', fr: 'pays tiers', de: 'Drittl' },
  /** Glossary "personal data breach". */
  breach: {
    en: 'personal data breach',
    nl: 'inbreuk in verband met persoonsgegevens',
    fr: 'violation de données à caractère personnel',
    de: 'Verletzung des Schutzes personenbezogener Daten',
  },
  /** Art. 33(1) and 34(1): "without undue delay". */
  withoutUndueDelay: {
    en: 'without undue delay',
    nl: 'zonder onredelijke vertraging',
    fr: 'dans les meilleurs délais',
    de: 'unverzüglich',
  },
  /** Art. 33(1): notify "unless the personal data breach is unlikely to result in a risk". */
  unlessUnlikelyRisk: {
    en: 'unlikely to result in a risk',
    nl: 'tenzij het niet waarschijnlijk is dat',
    fr: "ne soit pas susceptible d'engendrer un risque",
    de: 'voraussichtlich nicht zu einem Risiko',
  },
  /** Art. 34(1): inform the person where the breach "is likely to result in a high risk". */
  likelyHighRisk: {
    en: 'likely to result in a high risk',
    nl: 'waarschijnlijk een hoog risico',
    fr: "susceptible d'engendrer un risque élevé",
    de: 'voraussichtlich ein hohes Risiko',
  },
  /** Glossary "age of digital consent (Art. 8)". */
  childConsentAge: {
    en: 'age from which a child can consent alone to information society services',
    nl: 'leeftijd waarop een kind zelf toestemming kan geven',
    fr: 'âge à partir duquel un enfant peut consentir seul',
    de: 'Alter, ab dem ein Kind selbst einwilligen kann',
  },
} satisfies Record<string, Record<Language, string>>;

/** docs/terms.md "placing cookies", as fragments that hold the verb's forms (plaçons has no "plac"). */
export const PLACING_COOKIES: Record<Language, string> = { en: 'place', nl: 'plaats', fr: 'placent', de: 'setz' };
/** docs/terms.md: French for placing cookies is « placer », not « déposer ». */
export const REJECTED_PLACING_FR = 'dépos';

/** The DSGVO's own words where the German review found others: Art. 12(3) "Antrag", Art. 22's heading. */
export const DE_GDPR_WORDS = {
  request: 'Eingang Ihres Antrags',
  decisionHeading: 'Automatisierte Entscheidungen im Einzelfall einschließlich Profiling',
};

/** docs/terms.md "One name for one thing": the names a thing must not go by in one language. */
export const OTHER_NAMES: Record<Language, string[]> = {
  en: [],
  nl: ['ondersteuningsaanvra', 'uw meldingen', 'toestel', 'reservering'],
  fr: ['dossier du patient', 'relation commerciale', 'boîtes mail'],
  de: ['Benutzerkonto'],
};

/** Words the reviews rejected in one language: a French-law label, a narrowed Art. 77. */
export const REJECTED = {
  /** review-fr.md W1: « majorité numérique » is the label of the French loi n° 2023-566. */
  frDigitalMajority: 'majorité numérique',
} as const;

/** review-de.md W11 and issue 14: Art. 77 also applies in Iceland, Liechtenstein and Norway. */
export const DE_MEMBER_STATE_EEA = 'EU-/EWR-Mitgliedstaat';

/** docs/terms.md: Art. 10 data, joint controllers (Art. 26) and the essence of their arrangement (Art. 26(2)). */
export const ARTICLE_10_26_TERMS: Record<Language, { criminal: string; jointControllers: string; essence: string }> = {
  en: { criminal: 'criminal convictions and offences', jointControllers: 'joint controllers', essence: 'essence of' },
  nl: {
    criminal: 'strafrechtelijke veroordelingen en strafbare feiten',
    jointControllers: 'gezamenlijke verwerkingsverantwoordelijken',
    essence: 'wezenlijke inhoud',
  },
  fr: {
    criminal: 'condamnations pénales et aux infractions',
    jointControllers: 'responsables conjoints du traitement',
    essence: 'grandes lignes',
  },
  de: { criminal: 'strafrechtliche Verurteilungen und Straftaten', jointControllers: 'gemeinsam Verantwortliche', essence: 'Wesentliche' },
};
