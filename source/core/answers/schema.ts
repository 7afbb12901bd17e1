/**
 * Answers format, version 1: the one definition of a valid answers file. The validator, the
 * JSON Schema shipped for editors (schema/answers.schema.json) and the wizard all derive from
 * it. Ids come from the catalogs, so the schema is built from them.
 */
import leven from 'leven';
import * as v from 'valibot';
import { type CatalogFiles, legalBasisIds, period } from '../catalogs/schema.js';
import { msg, renderMessage } from '../check/messages.js';
import { isLanguage, LANGUAGES, type Language, languageChoice } from '../languages.js';
import { englishRegionName } from '../locale/intl-tables.js';
import { EEA_LOCATION } from '../model/countries.js';

export const ANSWERS_VERSION = 1;

/** Far above any real notice (a long paragraph, 50 processors), far below slow or huge output. */
export const MAX_TEXT_LENGTH = 5000;
export const MAX_LIST_LENGTH = 200;

/**
 * A message of the answers format, in the language the parse asks for (`safeParse(schema, value,
 * { lang })`: the wizard's UI language), English otherwise, which is what replay prints. The
 * texts are check-messages.yaml's `schema.*`; read only when an answer is wrong.
 */
const say =
  (id: string, params: (issue: v.BaseIssue<unknown>) => Record<string, string | number> = () => ({})) =>
  (issue: v.BaseIssue<unknown>): string =>
    renderMessage(msg(`schema.${id}`, params(issue)), issueLanguage(issue));
const issueLanguage = (issue: { lang?: string }): Language => (issue.lang !== undefined && isLanguage(issue.lang) ? issue.lang : 'en');

/**
 * v.maxLength counting characters (code points), not UTF-16 units: an emoji is one character.
 * The same action otherwise, so the JSON Schema still says maxLength (which counts code points).
 */
function maxCharacters(
  requirement: number,
  message: (issue: v.MaxLengthIssue<string, number>) => string,
): v.MaxLengthAction<string, number, typeof message> {
  const action = v.maxLength<string, number, typeof message>(requirement, message);
  return {
    ...action,
    '~run'(dataset, config) {
      if (!dataset.typed) return dataset;
      let count = 0;
      for (const _ of dataset.value) count++;
      if (count > this.requirement) v._addIssue(this, 'length', dataset, config, { received: `${count}` });
      return dataset;
    },
  };
}

const text = v.pipe(
  v.string(say('text')),
  v.trim(),
  v.nonEmpty(say('not-empty')),
  maxCharacters(
    MAX_TEXT_LENGTH,
    say('too-long', (issue) => ({ length: (issue as v.MaxLengthIssue<string, number>).received, max: MAX_TEXT_LENGTH })),
  ),
);
const bool = v.boolean(say('true-false'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.array(item, say('list')),
    v.maxLength(
      MAX_LIST_LENGTH,
      say('list-too-long', (issue) => ({ count: issue.received, max: MAX_LIST_LENGTH })),
    ),
  );
const email = v.pipe(v.string(), v.trim(), v.email(say('email')));
const url = v.pipe(v.string(), v.trim(), v.url(say('url')), v.regex(/^https?:\/\//i, say('http')));
const phone = v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9][0-9 ./()-]{5,}$/, say('phone')));
/** A day that exists: 2026-02-30 has the form of a date, but is none (JavaScript would make it 2 March). */
const existsAsDay = (date: string): boolean => {
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
};
const isoDate = v.pipe(
  v.string(),
  v.isoDate(say('date')),
  v.check(
    (date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || existsAsDay(date),
    say('not-a-day', (issue) => ({ date: String(issue.input) })),
  ),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, say('id')));
const countryCode = v.pipe(
  v.string(),
  v.check(
    (code) => /^[A-Z]{2}$/.test(code) && englishRegionName(code) !== undefined,
    say('country', (issue) => ({ code: String(issue.input) })),
  ),
);

/** Where a recipient processes data: a country, or `EEA` for somewhere in the EU/EEA. */
const locationCode = v.pipe(
  v.string(),
  v.check(
    (code) => code === EEA_LOCATION || (/^[A-Z]{2}$/.test(code) && englishRegionName(code) !== undefined),
    (issue) => `unknown country '${String(issue.input)}': use an ISO 3166-1 alpha-2 code such as BE, NL or US, or EEA for the EU/EEA`,
  ),
);

/** A mapping whose unknown keys are errors that name the nearest known key. */
function mapping<T extends v.ObjectEntries>(entries: T) {
  const keys = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field '${String(issue.input)}'${suggestion(String(issue.input), keys, false)}`;
    if (issue.received === 'undefined') return say('missing-field', () => ({ field: issue.expected?.replace(/"/g, '') ?? '' }))(issue);
    return `must be a mapping of ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', ...' : ''}`;
  });
}

/** Prose the user writes, in each output language: `{en: ..., nl: ...}`. */
const PROSE_SHAPE = `{${LANGUAGES.map((lang) => `${lang}: ...`).join(', ')}}`;
export const prose = v.pipe(
  v.strictObject(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, v.optional(text)])) as Record<
      (typeof LANGUAGES)[number],
      v.OptionalSchema<typeof text, undefined>
    >,
    (issue) =>
      issue.expected === 'never'
        ? `unknown language '${String(issue.input)}': write prose as ${PROSE_SHAPE}`
        : `must be text in each output language, as ${PROSE_SHAPE}`,
  ),
  v.check((map) => Object.keys(map).length > 0, 'give the text in at least one language'),
  v.description('Text in each output language, e.g. {en: "...", nl: "..."}'),
);
export type Prose = v.InferOutput<typeof prose>;

function suggestion(input: string, ids: string[], listWhenFew = true): string {
  const near = ids
    .map((candidate) => ({ candidate, distance: leven(input, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, input.length / 3))
    .sort((a, b) => a.distance - b.distance)[0];
  if (near) return `; did you mean '${near.candidate}'?`;
  return listWhenFew && ids.length <= 12 ? `; use one of ${ids.join(', ')}` : '';
}

/** A catalog id, with a message that names the catalog and suggests the nearest id. */
function catalogId(catalog: Record<string, unknown>, what: string) {
  const ids = Object.keys(catalog);
  return v.pipe(
    v.string(),
    v.picklist(ids as [string, ...string[]], (issue) => `unknown ${what} '${String(issue.input)}'${suggestion(String(issue.input), ids)}`),
  );
}

/** A catalog id, or the user's own item as prose (the wizard's "other…" entry). */
const catalogIdOrProse = (catalog: Record<string, unknown>, what: string) =>
  v.union([catalogId(catalog, what), prose], (issue) =>
    typeof issue.input === 'string'
      ? `unknown ${what} '${issue.input}'${suggestion(issue.input, Object.keys(catalog))}`
      : (v.safeParse(prose, issue.input).issues?.[0]?.message ?? `must be a ${what} id or your own text as {en: ..., nl: ...}`),
  );

const nonEmptyList = <T extends v.GenericSchema>(item: T, what: string) => v.pipe(list(item), v.minLength(1, `name at least one ${what}`));

export function buildAnswersSchema(c: CatalogFiles) {
  const address = mapping({
    street: text,
    postalCode: v.pipe(v.union([text, v.number()]), v.transform(String)),
    city: text,
    country: countryCode,
  });

  const purpose = mapping({
    purpose: catalogIdOrProse(c.purposes, 'purpose'),
    basis: v.picklist(legalBasisIds, `must be one of ${legalBasisIds.join(', ')}`),
    legitimateInterest: v.optional(prose),
    /** How a direct-marketing purpose reaches people (e-mail, phone, post): e-mail needs consent except for existing customers. */
    channels: v.optional(list(catalogId(c['marketing-channels'], 'marketing channel'))),
  });

  const retention = mapping({
    data: v.optional(list(catalogIdOrProse(c['data-categories'], 'data category'))),
    preset: v.optional(catalogId(c['retention-presets'], 'retention preset')),
    period: v.optional(period),
    from: v.optional(catalogIdOrProse(c['retention-events'], 'retention event')),
    reason: v.optional(catalogIdOrProse(c['retention-reasons'], 'retention reason')),
  });

  const source = mapping({
    from: catalogIdOrProse(c['data-sources'], 'data source'),
    publiclyAccessible: v.optional(bool),
    /** The data this source supplies; absent: all of the activity's. */
    data: v.optional(nonEmptyList(catalogIdOrProse(c['data-categories'], 'data category'), 'data category')),
  });

  const sourceList = nonEmptyList(source, 'source');

  const activity = mapping({
    id,
    preset: v.optional(catalogId(c['activity-presets'], 'activity preset')),
    name: v.optional(prose),
    description: v.optional(prose),
    dataSubjects: nonEmptyList(catalogIdOrProse(c['data-subjects'], 'data subject category'), 'data subject category'),
    dataCategories: nonEmptyList(catalogIdOrProse(c['data-categories'], 'data category'), 'data category'),
    purposes: nonEmptyList(purpose, 'purpose'),
    specialCategories: v.optional(
      list(
        mapping({
          category: catalogIdOrProse(c['data-categories'], 'data category'),
          condition: catalogId(c['special-conditions'], 'Art. 9 condition'),
        }),
      ),
    ),
    // One source, or several read as alternatives; each may name the data it supplies. Lazy, so
    // that a problem inside either form keeps its own path; without an input (the JSON Schema,
    // the wizard's walk to source.from) it is the union of both forms.
    source: v.optional(
      v.lazy((input) => (Array.isArray(input) ? sourceList : input === undefined ? v.union([source, sourceList]) : source)),
    ),
    /** The person gives these data too: the sources are alternatives ("from you, or from a recruitment agency"). */
    alsoFromYou: v.optional(bool),
    requirement: v.optional(catalogIdOrProse(c['provision-requirements'], 'provision requirement')),
    /** Some of the people concerned are minors (a practice that treats children, a club's youth members). */
    minors: v.optional(bool),
    /** The law that authorises the activity's data on criminal convictions and offences (Art. 10): a catalog id, or the user states it. */
    criminalRecords: v.optional(catalogIdOrProse(c['criminal-record-laws'], 'criminal-record law')),
    retention: nonEmptyList(retention, 'retention period'),
  });

  const recipient = mapping({
    service: v.optional(catalogId(c.processors, 'processor')),
    /** A kind of recipient not named one by one (our accountant, payment service providers): its label is translated. */
    category: v.optional(catalogId(c['recipient-categories'], 'recipient category')),
    name: v.optional(text),
    role: v.picklist(
      ['processor', 'controller', 'joint-controller', 'authority'],
      'must be processor, controller, joint-controller or authority',
    ),
    purpose: v.optional(prose),
    countries: nonEmptyList(locationCode, 'country'),
    safeguard: v.optional(catalogId(c.safeguards, 'transfer safeguard')),
    /** The basis the transfer falls back on should the first lapse (DPF certification, with SCCs behind it). */
    fallbackSafeguard: v.optional(catalogId(c.safeguards, 'transfer safeguard')),
    activities: v.optional(list(id)),
    /** For a joint controller: the arrangement whose essence people can read (Art. 26(2)), a catalog id or the user's words. */
    arrangement: v.optional(catalogIdOrProse(c['joint-arrangements'], 'joint arrangement')),
  });

  const customAuthority = mapping({
    name: text,
    address: v.optional(text),
    email: v.optional(email),
    phone: v.optional(phone),
    website: url,
  });

  return mapping({
    version: v.literal(ANSWERS_VERSION, `must be ${ANSWERS_VERSION} (this tool reads answers format version ${ANSWERS_VERSION})`),
    languages: v.pipe(
      nonEmptyList(
        v.picklist(LANGUAGES, (issue) => `unknown language '${String(issue.input)}': use ${languageChoice()}`),
        'language',
      ),
      v.check((langs) => new Set(langs).size === langs.length, say('language-twice')),
    ),
    effectiveDate: isoDate,
    controller: mapping({
      legalName: text,
      legalForm: v.optional(text),
      tradeName: v.optional(text),
      address,
      enterpriseNumber: v.optional(v.pipe(v.union([text, v.number()]), v.transform(String))),
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
        identityCheck: v.optional(catalogId(c['identity-checks'], 'identity check')),
      }),
      {},
    ),
    supervisoryAuthority: v.optional(v.union([catalogId(c['supervisory-authorities'], 'supervisory authority'), customAuthority])),
    automatedDecisions: v.optional(
      list(
        mapping({
          description: prose,
          logic: prose,
          consequences: prose,
          ground: v.optional(catalogId(c['automated-decision-grounds'], 'Art. 22(2) ground')),
        }),
      ),
      [],
    ),
    cookies: v.optional(
      mapping({
        categories: nonEmptyList(catalogId(c['cookie-categories'], 'cookie category'), 'cookie category'),
        policyUrl: v.optional(url),
      }),
    ),
    security: v.optional(
      mapping({
        measures: list(catalogId(c['security-measures'], 'security measure')),
        description: v.optional(prose),
      }),
    ),
    children: v.optional(
      mapping({
        directedAtChildren: bool,
        digitalConsentAge: v.optional(v.pipe(v.number(say('number')), v.integer(say('whole-number')), v.minValue(13), v.maxValue(16))),
      }),
      { directedAtChildren: false },
    ),
    changes: v.optional(catalogId(c['change-announcements'], 'change announcement'), 'website'),
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
