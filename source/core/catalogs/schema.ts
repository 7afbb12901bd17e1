/**
 * The shape of every catalog file in questions/catalogs/. Catalog files are maps from id to
 * entry, so YAML itself rejects a duplicate id. Every label exists in every output language.
 */
import * as v from 'valibot';
import { cookieCatalogEntry } from './cookie-schema.js';
import { countriesCatalog } from './countries-schema.js';
import {
  countryCode,
  type DurationMessages,
  durationOf,
  englishDurationMessages,
  id,
  isoDate,
  localized,
  source,
  text,
} from './primitives.js';
import { processorCatalogEntry } from './processor-schema.js';

export { type Localized, localized } from './primitives.js';

export const legalBasisIds = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasisId = (typeof legalBasisIds)[number];

/** Where data are collected from the person, so that a short notice can be given there (activity presets, answers). */
export const COLLECTION_POINTS = ['form', 'camera'] as const;
export type CollectionPoint = (typeof COLLECTION_POINTS)[number];

/** A retention period's units, and one of each for a message. */
export const PERIOD_UNITS = ['years', 'months', 'weeks', 'days'] as const;
export const PERIOD_EXAMPLES = ['{years: 10}', '{months: 6}', '{weeks: 2}', '{days: 30}'] as const;
/** A retention period, with `messages` for what is wrong with one. */
export const periodWith = (messages: DurationMessages) => durationOf(PERIOD_UNITS, messages);
export const period = periodWith(englishDurationMessages(PERIOD_UNITS, PERIOD_EXAMPLES));
export type Period = v.InferOutput<typeof period>;

export {
  type CookieLifetime,
  cookieLifetime,
  cookieLifetimeWith,
  cookiePartyIds,
  DURATION_EXAMPLES,
  DURATION_UNITS,
  type Duration,
  duration,
  LIFETIME_EXAMPLE,
} from './cookie-schema.js';

const map = <T extends v.GenericSchema>(entry: T) => v.record(id, entry);

export const catalogFileSchemas = {
  'data-categories': map(
    v.strictObject({
      label: localized,
      examples: v.optional(localized),
      /** The examples one by one, for the owner to pick those that apply (the wizard offers them). */
      items: v.optional(v.record(id, localized)),
      special: v.optional(v.boolean()),
      /**
       * A special category's entry that is not itself one of Art. 9(1)'s (a patient file, a
       * treatment record): what Art. 9(1) calls the special data it holds ("data concerning health").
       */
      holdsSpecial: v.optional(localized),
      /** These data come, by their nature, from this data source, never from the person: Art. 14(2)(f). */
      thirdParty: v.optional(id),
      /** Data relating to criminal convictions and offences (Art. 10): an activity with them states the law that authorises it. */
      criminal: v.optional(v.boolean()),
      /** Photos or video images in which people can be recognised: for a minor, the notice says whose consent they take. */
      images: v.optional(v.boolean()),
      /** The notice or law where real businesses state this category. */
      source: v.optional(source),
    }),
  ),
  'data-subjects': map(
    v.strictObject({
      label: localized,
      /** Their data usually come from someone else (an employer, a public profile): Art. 14. */
      indirect: v.optional(v.boolean()),
      /** In, or applying for, an employment relationship with the controller: consent is rarely free (EDPB Guidelines 05/2020 §21–24). */
      employment: v.optional(v.boolean()),
      /** Some of them may be minors (patients, members, a salon's customers): the wizard asks whether they are. */
      mayBeMinors: v.optional(v.boolean()),
      /** Minors are common among them (patients, members, people photographed): check asks that minors be said. */
      oftenMinors: v.optional(v.boolean()),
      /** They act for minors (parents, guardians): an activity with them concerns minors. */
      actForMinors: v.optional(v.boolean()),
      source: v.optional(source),
    }),
  ),
  purposes: map(
    v.strictObject({
      label: localized,
      suggestedBasis: v.picklist(legalBasisIds),
      interest: v.optional(localized),
      directMarketing: v.optional(v.boolean()),
      /** Direct marketing to existing customers for similar products: e-mail without consent is allowed (art. XII.13 CEL). */
      existingCustomers: v.optional(v.boolean()),
      /** Regular and systematic monitoring of people (Art. 37(1)(b)), such as camera surveillance. */
      monitoring: v.optional(v.boolean()),
      /** The data for this purpose come, by their nature, from this data source (a credit agency): Art. 14(2)(f). */
      thirdParty: v.optional(id),
      source: v.optional(source),
    }),
  ),
  'legal-bases': v.strictObject(
    Object.fromEntries(
      legalBasisIds.map((basis) => [basis, v.strictObject({ label: localized, article: localized, explanation: localized })]),
    ) as Record<
      LegalBasisId,
      v.StrictObjectSchema<{ label: typeof localized; article: typeof localized; explanation: typeof localized }, undefined>
    >,
  ),
  'special-conditions': map(v.strictObject({ label: localized, article: localized })),
  'provision-requirements': map(
    v.strictObject({
      label: localized,
      kind: v.picklist(['statutory', 'contractual', 'precondition', 'voluntary']),
      /** The provision behind a fact the label states (a camera pictogram at the entrance). */
      source: v.optional(source),
      /** The label says refusing has no consequences: false where a purpose rests on a contract or the law, or data are special. */
      noConsequences: v.optional(v.boolean()),
    }),
  ),
  /** Laws that authorise processing criminal-record data (Art. 10), as the notice names them. */
  'criminal-record-laws': map(v.strictObject({ label: localized, country: countryCode, source })),
  /**
   * Arrangements between joint controllers (Art. 26): what they concern and their essence (Art.
   * 26(2)). `presets`: the situations whose processing it covers; a notice that names the
   * arrangement describes one of them (rule joint-arrangement-activity). `withEvery`: every
   * situation from those presets comes with this joint controller (Meta compiles Page Insights for
   * every page), so a notice with one names it (rule joint-controller-named).
   */
  'joint-arrangements': map(
    v.strictObject({ label: localized, essence: localized, presets: v.optional(v.array(id)), withEvery: v.optional(v.boolean()), source }),
  ),
  /** Law beside the GDPR that gives people rights the notice states, in a country, brought in by data categories. */
  'sector-laws': map(v.strictObject({ label: localized, country: countryCode, dataCategories: v.array(id), source })),
  'data-sources': map(v.strictObject({ label: localized, publiclyAccessible: v.boolean(), source: v.optional(source) })),
  'retention-events': map(v.strictObject({ after: localized, until: localized, source: v.optional(source) })),
  /**
   * What may follow and keep the data longer ("12 months, or until the end of the contract if
   * one follows"): `label` is the clause the period is followed by, `event` the retention event it ends at.
   */
  'retention-follow-ups': map(v.strictObject({ label: localized, event: id, source: v.optional(source) })),
  'retention-reasons': map(
    v.strictObject({
      label: localized,
      kind: v.picklist(['law', 'interest']),
      source: v.optional(source),
      /** A law's minimum period, in the country where it applies, for the data of these purposes. */
      minimum: v.optional(period),
      country: v.optional(countryCode),
      purposes: v.optional(v.array(id)),
      /** The data a rule with this reason covers when it names none (proof of consent: the proof, not the data consented to). */
      covers: v.optional(localized),
    }),
  ),
  'retention-presets': map(
    v.strictObject({
      label: localized,
      period: v.optional(period),
      from: id,
      reason: id,
      followUp: v.optional(id),
      /**
       * The data categories the period is for, where the law it rests on concerns only some (tax
       * law: what an invoice and the accounts hold, not an e-mail address): a rule with this
       * preset that names no data keeps only those of its activity's. Absent: all of them.
       */
      keeps: v.optional(v.array(id)),
      source: v.optional(source),
    }),
  ),
  'activity-presets': map(
    v.strictObject({
      label: localized,
      description: localized,
      dataSubjects: v.array(id),
      dataCategories: v.array(id),
      /**
       * Of its data categories, those only a business customer gives (company details): the
       * wizard leaves them out of its suggestion for a business whose customers are people.
       */
      businessCustomersOnly: v.optional(v.array(id)),
      purposes: v.array(v.strictObject({ purpose: id, basis: v.picklist(legalBasisIds) })),
      requirement: v.optional(id),
      /**
       * Where the data come from when not from the person: one data source, or several; a source
       * that gives only some of the data names them (`{ from, data }`), the rest being the person's.
       */
      source: v.optional(v.union([id, v.array(v.union([id, v.strictObject({ from: id, data: v.array(id) })]))])),
      retention: v.array(v.strictObject({ preset: id })),
      /** Services (processors) that businesses in this situation usually use: suggested as recipients. */
      recipients: v.optional(v.array(id)),
      /**
       * Where the person hands the data over, so that a short notice can stand there: a form (on
       * paper, online or at the counter) or a camera's sign. Absent: no such moment (data recorded
       * by a server, received from others, or arising while we work for the person).
       */
      collection: v.optional(v.picklist(COLLECTION_POINTS)),
    }),
  ),
  'business-types': map(
    v.strictObject({
      label: localized,
      /** The situations such a business usually has: the wizard lists them first. */
      activities: v.array(id),
      /** Those nearly every such business has: the only ones ticked before the owner confirms. */
      ticked: v.optional(v.array(id)),
      /** Its customers are people, not companies (a shop, a salon, a practice). */
      servesConsumers: v.optional(v.literal(true)),
    }),
  ),
  processors: map(processorCatalogEntry),
  'recipient-categories': map(
    v.strictObject({
      label: localized,
      /** The role such a recipient usually has: the wizard suggests it, the user confirms it. */
      role: v.picklist(['processor', 'controller', 'authority']),
      purpose: v.optional(localized),
      source,
    }),
  ),
  safeguards: map(
    v.strictObject({
      label: localized,
      article: localized,
      copy: localized,
      valid: v.boolean(),
      invalidSince: v.optional(isoDate),
      source: source,
    }),
  ),
  countries: countriesCatalog,
  'supervisory-authorities': map(
    v.strictObject({
      country: countryCode,
      name: v.union([text, localized]),
      abbreviation: v.optional(v.union([text, localized])),
      address: v.optional(v.union([text, localized])),
      email: v.optional(text),
      phone: v.optional(text),
      /** The address that identifies the authority (`check` matches custom authorities by it). */
      website: text,
      /** Where the authority runs a site per language: the one for a notice in that language. */
      websiteByLanguage: v.optional(localized),
      region: v.optional(text),
      formerNames: v.optional(v.array(text)),
      source,
    }),
  ),
  'identity-checks': map(v.strictObject({ label: localized })),
  'security-measures': map(v.strictObject({ label: localized })),
  'change-announcements': map(v.strictObject({ label: localized })),
  'cookie-categories': map(
    v.strictObject({
      label: localized,
      description: localized,
      consentRequired: v.boolean(),
      /** These cookies follow a visitor: analytics or advertising, never anonymous. */
      tracking: v.optional(v.boolean()),
      /** The purposes these cookies serve: an activity with one of them must rest on consent when the cookies need it. */
      purposes: v.optional(v.array(id)),
      /** The rule on consent for these cookies, in the law that applies (Belgium: art. 10/2 Law of 30 July 2018). */
      source: v.optional(source),
    }),
  ),
  /**
   * The cookies each service (a processor id) places on a visitor's device, from the provider's
   * own documentation (`source`); `cookies: []` where the provider states that it places none.
   */
  cookies: map(cookieCatalogEntry),
  /** The grounds of Art. 22(2) for a decision based solely on automated processing. */
  'automated-decision-grounds': map(v.strictObject({ label: localized, notice: localized })),
  /** How direct marketing reaches people; e-mail needs consent except for existing customers (art. XII.13 CEL). */
  'marketing-channels': map(v.strictObject({ label: localized, consentUnlessCustomer: v.optional(v.boolean()), source: source })),
} as const;

export type CatalogName = keyof typeof catalogFileSchemas;
export type CatalogFiles = { [K in CatalogName]: v.InferOutput<(typeof catalogFileSchemas)[K]> };

/** An activity preset's sources, whichever form its catalog entry uses: each with the data it gives, where it names them. */
export const presetSourceEntries = (preset: CatalogFiles['activity-presets'][string]): { from: string; data?: string[] }[] =>
  (preset.source === undefined ? [] : [preset.source].flat()).map((entry) =>
    typeof entry === 'string' ? { from: entry } : { from: entry.from, data: [...entry.data] },
  );

/** An activity preset's data sources' ids. */
export const presetSources = (preset: CatalogFiles['activity-presets'][string]): string[] =>
  presetSourceEntries(preset).map((entry) => entry.from);
