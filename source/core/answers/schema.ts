/**
 * Answers format, version 1: the one definition of a valid answers file. The validator, the
 * JSON Schema shipped for editors (schema/answers.schema.json) and the wizard all derive from
 * it. Ids come from the catalogs, so the schema is built from them.
 */
import * as v from 'valibot';
import {
  type CatalogFiles,
  COLLECTION_POINTS,
  cookieLifetimeWith,
  cookiePartyIds,
  DURATION_EXAMPLES,
  DURATION_UNITS,
  LIFETIME_EXAMPLE,
  legalBasisIds,
  PERIOD_EXAMPLES,
  PERIOD_UNITS,
  periodWith,
} from '../catalogs/schema.js';
import { LANGUAGES } from '../languages.js';
import {
  bool,
  catalogId,
  catalogIdOr,
  catalogIdOrProse,
  countryCode,
  durationMessages,
  email,
  id,
  isoDate,
  list,
  locationCode,
  mapping,
  nonEmptyList,
  oneOf,
  phone,
  prose,
  say,
  text,
  url,
} from './fields.js';

export const ANSWERS_VERSION = 1;
const RECIPIENT_ROLES = ['processor', 'controller', 'joint-controller', 'authority'] as const;
const mustBeOneOf = (values: readonly string[]) => say('choice', () => ({ choice: oneOf(values) }));
/** The ages from which a child can consent alone that Art. 8(1) GDPR lets a member state set. */
const CONSENT_AGES = { min: 13, max: 16 };
const consentAge = say('whole-number-range', () => CONSENT_AGES);
/** A code written with digits (a postal code, an enterprise number): text, or the number YAML reads. */
const codeText = v.pipe(v.union([text, v.number()], say('text-or-number')), v.transform(String));

export { MAX_LIST_LENGTH, MAX_TEXT_LENGTH, type Prose, prose } from './fields.js';

export function buildAnswersSchema(c: CatalogFiles) {
  const address = mapping({
    street: text,
    postalCode: codeText,
    city: text,
    country: countryCode,
  });

  const purpose = mapping({
    purpose: catalogIdOrProse(c.purposes, 'purpose'),
    basis: v.picklist(
      legalBasisIds,
      say('one-of', () => ({ ids: legalBasisIds.join(', ') })),
    ),
    legitimateInterest: v.optional(prose),
    /** How a direct-marketing purpose reaches people (e-mail, phone, post): e-mail needs consent except for existing customers. */
    channels: v.optional(list(catalogId(c['marketing-channels'], 'marketing-channel'))),
  });

  const retention = mapping({
    data: v.optional(list(catalogIdOrProse(c['data-categories'], 'data-category'))),
    preset: v.optional(catalogId(c['retention-presets'], 'retention-preset')),
    period: v.optional(periodWith(durationMessages(PERIOD_UNITS, PERIOD_EXAMPLES))),
    from: v.optional(catalogIdOrProse(c['retention-events'], 'retention-event')),
    reason: v.optional(catalogIdOrProse(c['retention-reasons'], 'retention-reason')),
    /** What may follow and keep the data longer: "or, if a contract follows, until the end of the contract". */
    followUp: v.optional(catalogId(c['retention-follow-ups'], 'retention-follow-up')),
  });

  const source = mapping({
    from: catalogIdOrProse(c['data-sources'], 'data-source'),
    publiclyAccessible: v.optional(bool),
    /** The data this source supplies; absent: all of the activity's. */
    data: v.optional(nonEmptyList(catalogIdOrProse(c['data-categories'], 'data-category'), 'data-category')),
  });

  const sourceList = nonEmptyList(source, 'source');

  const activity = mapping({
    id,
    preset: v.optional(catalogId(c['activity-presets'], 'activity-preset')),
    name: v.optional(prose),
    description: v.optional(prose),
    dataSubjects: nonEmptyList(catalogIdOrProse(c['data-subjects'], 'data-subject-category'), 'data-subject-category'),
    dataCategories: nonEmptyList(catalogIdOrProse(c['data-categories'], 'data-category'), 'data-category'),
    purposes: nonEmptyList(purpose, 'purpose'),
    specialCategories: v.optional(
      list(
        mapping({
          category: catalogIdOrProse(c['data-categories'], 'data-category'),
          condition: catalogId(c['special-conditions'], 'special-condition'),
        }),
      ),
    ),
    // One source, or several read as alternatives; each may name the data it supplies. Lazy, so
    // that a problem inside either form keeps its own path; without an input (the JSON Schema,
    // the wizard's walk to source[].from) it is the union of both forms, the list first.
    source: v.optional(
      v.lazy((input) => (Array.isArray(input) ? sourceList : input === undefined ? v.union([sourceList, source]) : source)),
    ),
    /** The person gives these data too: the sources are alternatives ("from you, or from a recruitment agency"). */
    alsoFromYou: v.optional(bool),
    requirement: v.optional(catalogIdOrProse(c['provision-requirements'], 'provision-requirement')),
    /** Some of the people concerned are minors (a practice that treats children, a club's youth members). */
    minors: v.optional(bool),
    /**
     * Its special-category data or its monitoring are on a large scale (a hospital, a laboratory, a
     * security firm; not one physician's patients, Recital 91): then a DPO is required (Art. 37(1)(b), (c)).
     */
    largeScale: v.optional(bool),
    /** The law that authorises the activity's data on criminal convictions and offences (Art. 10): a catalog id, or the user states it. */
    criminalRecords: v.optional(catalogIdOrProse(c['criminal-record-laws'], 'criminal-record-law')),
    retention: nonEmptyList(retention, 'retention-period'),
    /** Where people hand the data over, for a short notice there: overrides the preset's; `none` for no short notice. */
    collection: v.optional(v.picklist([...COLLECTION_POINTS, 'none'], mustBeOneOf([...COLLECTION_POINTS, 'none']))),
  });

  const recipient = mapping({
    service: v.optional(catalogId(c.processors, 'processor')),
    /** A kind of recipient not named one by one (our accountant, payment service providers): its label is translated. */
    category: v.optional(catalogId(c['recipient-categories'], 'recipient-category')),
    name: v.optional(text),
    role: v.picklist(RECIPIENT_ROLES, mustBeOneOf(RECIPIENT_ROLES)),
    purpose: v.optional(prose),
    countries: nonEmptyList(locationCode, 'country'),
    safeguard: v.optional(catalogId(c.safeguards, 'transfer-safeguard')),
    /** The basis the transfer falls back on should the first lapse (DPF certification, with SCCs behind it). */
    fallbackSafeguard: v.optional(catalogId(c.safeguards, 'transfer-safeguard')),
    activities: v.optional(list(id)),
    /** For a joint controller: the arrangement whose essence people can read (Art. 26(2)), a catalog id or the user's words. */
    arrangement: v.optional(catalogIdOrProse(c['joint-arrangements'], 'joint-arrangement')),
    /**
     * The service places cookies on our website's visitors' devices, which the cookie declaration
     * lists. By default yes for a website service (an analytics tag, an embedded video, a chat),
     * no for one that does so only through a website integration (HubSpot's tracking code).
     */
    placesCookies: v.optional(bool),
  });

  const ownCookie = mapping({
    name: text,
    /** Who places it: by default the controller; a recipient's name for a service the catalog does not know. */
    provider: v.optional(text),
    party: v.optional(v.picklist(cookiePartyIds, mustBeOneOf(cookiePartyIds)), 'first'),
    category: catalogId(c['cookie-categories'], 'cookie-category'),
    lifetime: cookieLifetimeWith(
      say('lifetime', () => ({ example: LIFETIME_EXAMPLE })),
      durationMessages(DURATION_UNITS, DURATION_EXAMPLES),
    ),
    purpose: prose,
  });

  const customAuthority = mapping({
    name: text,
    address: v.optional(text),
    email: v.optional(email),
    phone: v.optional(phone),
    website: url,
  });

  return mapping({
    version: v.literal(
      ANSWERS_VERSION,
      say('version', () => ({ version: ANSWERS_VERSION })),
    ),
    languages: v.pipe(
      nonEmptyList(
        v.picklist(
          LANGUAGES,
          say('language', (issue) => ({ code: String(issue.input), choice: oneOf(LANGUAGES) })),
        ),
        'language',
      ),
      v.check((langs) => new Set(langs).size === langs.length, say('language-twice')),
    ),
    effectiveDate: isoDate,
    /** Where the full notice is published: the short notices point to it. */
    noticeUrl: v.optional(url),
    controller: mapping({
      legalName: text,
      legalForm: v.optional(text),
      tradeName: v.optional(text),
      address,
      enterpriseNumber: v.optional(codeText),
      email,
      phone: v.optional(phone),
      website: v.optional(url),
      actsAsProcessor: v.optional(prose),
    }),
    dpo: v.optional(mapping({ name: v.optional(text), email, phone: v.optional(phone), address: v.optional(text) })),
    representative: v.optional(mapping({ name: text, address: text, email })),
    activities: v.pipe(nonEmptyList(activity, 'activity')),
    recipients: v.optional(list(recipient), []),
    rights: v.optional(
      mapping({
        email: v.optional(email),
        byPost: v.optional(bool),
        webForm: v.optional(url),
        identityCheck: v.optional(catalogId(c['identity-checks'], 'identity-check')),
      }),
      {},
    ),
    // An id, or the authority's own details: a misspelt id is named as such, with the nearest one.
    supervisoryAuthority: v.optional(catalogIdOr(c['supervisory-authorities'], 'supervisory-authority', customAuthority)),
    automatedDecisions: v.optional(
      list(
        mapping({
          description: prose,
          logic: prose,
          consequences: prose,
          ground: v.optional(catalogId(c['automated-decision-grounds'], 'automated-decision-ground')),
        }),
      ),
      [],
    ),
    cookies: v.optional(
      mapping({
        categories: nonEmptyList(catalogId(c['cookie-categories'], 'cookie-category'), 'cookie-category'),
        policyUrl: v.optional(url),
        /** Where a visitor reopens the cookie choices, as a noun phrase: "the Cookie settings link at the foot of every page". */
        settingsLink: v.optional(prose),
        /** Cookies the cookie declaration lists beside those of the services: the website's own, or a service's the catalog does not know. */
        own: v.optional(list(ownCookie)),
      }),
    ),
    security: v.optional(
      mapping({
        measures: list(catalogId(c['security-measures'], 'security-measure')),
        description: v.optional(prose),
      }),
    ),
    children: v.optional(
      mapping({
        directedAtChildren: bool,
        digitalConsentAge: v.optional(
          v.pipe(
            v.number(say('number')),
            v.integer(say('whole-number')),
            v.minValue(CONSENT_AGES.min, consentAge),
            v.maxValue(CONSENT_AGES.max, consentAge),
          ),
        ),
      }),
      { directedAtChildren: false },
    ),
    changes: v.optional(catalogId(c['change-announcements'], 'change-announcement'), 'website'),
  });
}

export type AnswersSchema = ReturnType<typeof buildAnswersSchema>;
export type Answers = v.InferOutput<AnswersSchema>;
export type Activity = Answers['activities'][number];
export type Recipient = Answers['recipients'][number];
export type RetentionRule = Activity['retention'][number];
export type DataSource = Exclude<Activity['source'], unknown[] | undefined>;

/** An activity's sources as a list, whichever form the file uses. */
export const sourcesOf = (act: Pick<Activity, 'source'>): DataSource[] =>
  act.source === undefined ? [] : Array.isArray(act.source) ? act.source : [act.source];
