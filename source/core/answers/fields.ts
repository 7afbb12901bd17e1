/**
 * The building blocks of the answers format (schema.ts): text, lists, codes, dates, prose and
 * catalog ids, each with its message in the reader's language (check-messages.yaml, `schema.*`).
 */
import leven from 'leven';
import * as v from 'valibot';
import type { DurationMessages } from '../catalogs/primitives.js';
import { type MessageParam, msg, renderMessage } from '../check/messages.js';
import { isLanguage, LANGUAGES, type Language } from '../languages.js';
import { currentRegionCode, englishRegionName } from '../locale/intl-tables.js';
import { EEA_LOCATION } from '../model/countries.js';

/** Far above any real notice (a long paragraph, 50 processors), far below slow or huge output. */
export const MAX_TEXT_LENGTH = 5000;
export const MAX_LIST_LENGTH = 200;

/**
 * A message of the answers format, in the language the parse asks for (`safeParse(schema, value,
 * { lang })`: the wizard's UI language, check's --ui-lang), English otherwise, which is what
 * replay prints. The texts are check-messages.yaml's `schema.*`; read only when an answer is wrong.
 */
export const say =
  (id: string, params: (issue: v.BaseIssue<unknown>) => Readonly<Record<string, MessageParam>> = () => ({})) =>
  (issue: v.BaseIssue<unknown>): string =>
    schemaText(id, params(issue), issueLanguage(issue));
export const issueLanguage = (issue: { lang?: string }): Language =>
  issue.lang !== undefined && isLanguage(issue.lang) ? issue.lang : 'en';
/** The message `schema.<id>` in `lang`: for a problem found outside valibot (the YAML, the file), where there is no issue. */
export const schemaText = (id: string, params: Readonly<Record<string, MessageParam>>, lang: Language = 'en'): string =>
  renderMessage(msg(`schema.${id}`, params), lang);

/**
 * v.maxLength counting characters (code points), not UTF-16 units: an emoji is one character.
 * The same action otherwise, so the JSON Schema still says maxLength (which counts code points).
 */
export function maxCharacters(
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

export const text = v.pipe(
  v.string(say('text')),
  v.trim(),
  v.nonEmpty(say('not-empty')),
  maxCharacters(
    MAX_TEXT_LENGTH,
    say('too-long', (issue) => ({ length: (issue as v.MaxLengthIssue<string, number>).received, max: MAX_TEXT_LENGTH })),
  ),
);
export const bool = v.boolean(say('true-false'));
export const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.array(item, say('list')),
    v.maxLength(
      MAX_LIST_LENGTH,
      say('list-too-long', (issue) => ({ count: issue.received, max: MAX_LIST_LENGTH })),
    ),
  );
/**
 * An e-mail address; its domain may be written in its own letters (info@kiné-dubois.be, a .be
 * name with an accent). The domain is read as the DNS reads it (punycode, through URL) and each
 * label checked; the local part is what valibot's email allows. The loose pattern is what the
 * JSON Schema says to editors.
 */
const LOOSE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The check passes what the pattern refuses: one message for one address, not two.
export const email = v.pipe(
  v.string(say('email')),
  v.trim(),
  v.regex(LOOSE_EMAIL, say('email')),
  v.check((address) => !LOOSE_EMAIL.test(address) || isEmail(address), say('email')),
);

const LOCAL_PART = /^[\w+-]+(?:\.[\w+-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

function isEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  const [local, domain] = [address.slice(0, at), address.slice(at + 1)];
  // What URL would take for a port, a path or an IPv6 address is no part of a mail domain.
  if (!LOCAL_PART.test(local) || !/^[^\s@:/?#[\]\\%]+$/.test(domain)) return false;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return false;
  }
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(labels.at(-1)!);
}

export const url = v.pipe(v.string(say('url')), v.trim(), v.url(say('url')), v.regex(/^https?:\/\//i, say('http')));
export const phone = v.pipe(v.string(say('phone')), v.trim(), v.regex(/^\+?[0-9][0-9 ./()-]{5,}$/, say('phone')));
/** A day that exists: 2026-02-30 has the form of a date, but is none (JavaScript would make it 2 March). */
export const existsAsDay = (date: string): boolean => {
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
};
/**
 * valibot's isoDate checking the form only (YYYY-MM-DD), its type kept: the wizard takes the field
 * for a date by it and the JSON Schema says `format: date`. Its own pattern also refuses a month
 * 13 or a day 45, with the form's message beside the day's; 2026-13-45 is written as a date should be.
 */
const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
const dateForm = (message: ReturnType<typeof say>) => ({ ...v.isoDate(message), requirement: DATE_FORM });
export const isoDate = v.pipe(
  v.string(say('date')),
  dateForm(say('date')),
  v.check(
    (date) => !DATE_FORM.test(date) || existsAsDay(date),
    say('not-a-day', (issue) => ({ date: String(issue.input) })),
  ),
);
export const id = v.pipe(v.string(say('id')), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, say('id')));
const isCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code) && englishRegionName(code) !== undefined;
/** A code gone from ISO 3166-1 (UK, DD) is refused with its successor, never taken for it silently. */
const replacedCode = v.check(
  (code: string) => currentRegionCode(code) === undefined,
  say('country-replaced', (issue) => ({ code: String(issue.input), current: currentRegionCode(String(issue.input)) ?? '' })),
);
export const countryCode = v.pipe(
  v.string(say('country-code')),
  replacedCode,
  v.check(
    (code) => currentRegionCode(code) !== undefined || isCountry(code),
    say('country', (issue) => ({ code: String(issue.input) })),
  ),
);

/** Where a recipient processes data: a country, or `EEA` for somewhere in the EU/EEA. */
export const locationCode = v.pipe(
  v.string(say('location-code')),
  replacedCode,
  v.check(
    (code) => code === EEA_LOCATION || currentRegionCode(code) !== undefined || isCountry(code),
    say('location', (issue) => ({ code: String(issue.input) })),
  ),
);

/** "form, camera or none", with the reader's word for "or" (a message for a message). */
export const oneOf = (values: readonly string[]) => msg('schema.or', { items: values.slice(0, -1).join(', '), last: values.at(-1)! });

/** What is wrong with a retention period or a cookie's lifetime, in the reader's language (the catalogs' are English). */
export const durationMessages = (units: readonly string[], examples: readonly string[]): DurationMessages => ({
  shape: say('duration', () => ({ examples: oneOf(examples) })),
  one: say('duration-one', () => ({ units: oneOf(units) })),
  whole: say('whole-number'),
  negative: say('not-negative'),
});

/** A mapping whose unknown keys are errors that name the nearest known key. */
export function mapping<T extends v.ObjectEntries>(entries: T) {
  const keys = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const field = String(issue.input);
      const near = nearest(field, keys);
      return near ? say('unknown-field-near', () => ({ field, candidate: near }))(issue) : say('unknown-field', () => ({ field }))(issue);
    }
    if (issue.received === 'undefined') return say('missing-field', () => ({ field: issue.expected?.replace(/"/g, '') ?? '' }))(issue);
    return say('mapping', () => ({ fields: `${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', ...' : ''}` }))(issue);
  });
}

/** Prose the user writes, in each output language: `{en: ..., nl: ...}`. */
export const PROSE_SHAPE = `{${LANGUAGES.map((lang) => `${lang}: ...`).join(', ')}}`;
export const prose = v.pipe(
  v.strictObject(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, v.optional(text)])) as Record<
      (typeof LANGUAGES)[number],
      v.OptionalSchema<typeof text, undefined>
    >,
    (issue) =>
      issue.expected === 'never'
        ? say('prose-language', () => ({ code: String(issue.input), shape: PROSE_SHAPE }))(issue)
        : say('prose', () => ({ shape: PROSE_SHAPE }))(issue),
  ),
  v.check((map) => Object.keys(map).length > 0, say('prose-empty')),
  v.description('Text in each output language, e.g. {en: "...", nl: "..."}'),
);
export type Prose = v.InferOutput<typeof prose>;

/** The id nearest to a misspelt one, if one is near enough to be what was meant. */
const nearest = (input: string, ids: readonly string[]): string | undefined =>
  ids
    .map((candidate) => ({ candidate, distance: leven(input, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, input.length / 3))
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;

/**
 * What a catalog or a list of the answers holds, as a message names it: `schema.what.<name>`, in
 * each language (check-messages.yaml), so that no message names it in English.
 */
export const WHATS = [
  'activity',
  'activity-preset',
  'automated-decision-ground',
  'change-announcement',
  'cookie-category',
  'country',
  'criminal-record-law',
  'data-category',
  'data-source',
  'data-subject-category',
  'identity-check',
  'joint-arrangement',
  'language',
  'marketing-channel',
  'processor',
  'provision-requirement',
  'purpose',
  'recipient-category',
  'retention-event',
  'retention-follow-up',
  'retention-period',
  'retention-preset',
  'retention-reason',
  'security-measure',
  'source',
  'special-condition',
  'supervisory-authority',
  'transfer-safeguard',
] as const;
export type What = (typeof WHATS)[number];
const named = (what: What) => msg(`schema.what.${what}`);

/** A catalog with few ids: a message lists them. */
const FEW_IDS = 12;

/** An id the catalog does not have: the nearest id if one is near enough, else its ids when there are few. */
function unknownId(input: string, ids: readonly string[], what: What, issue: v.BaseIssue<unknown>): string {
  const known = { what: named(what), id: input };
  const near = nearest(input, ids);
  if (near) return say('catalog-unknown-near', () => ({ ...known, candidate: near }))(issue);
  if (ids.length <= FEW_IDS) return say('catalog-unknown-choice', () => ({ ...known, ids: ids.join(', ') }))(issue);
  return say('catalog-unknown', () => known)(issue);
}

/** Something other than text where a catalog id belongs: its ids when there are few, else the catalog and its first id. */
const notAnId = (ids: readonly string[], what: What) =>
  ids.length <= FEW_IDS
    ? say('one-of', () => ({ ids: ids.join(', ') }))
    : say('catalog-id', () => ({ what: named(what), example: ids[0]! }));

/** A catalog id, with a message that names the catalog and suggests the nearest id. */
export function catalogId(catalog: Record<string, unknown>, what: What) {
  const ids = Object.keys(catalog);
  return v.pipe(
    v.string(notAnId(ids, what)),
    v.picklist(ids as [string, ...string[]], (issue) => unknownId(String(issue.input), ids, what, issue)),
  );
}

/**
 * A catalog id, or a value of another shape: the user's own item as prose (the wizard's "other…"
 * entry), their own supervisory authority. Text is judged as an id (an unknown one is named, with
 * the nearest id); anything else by the other shape alone, so that each of its problems keeps its
 * own path and message: through the union a custom authority's `website: 5` was reported at
 * `supervisoryAuthority`, in the words of its first problem only. It is still a union to the JSON
 * Schema (json-schema.ts reads its type and options).
 */
export function catalogIdOr<T extends v.GenericSchema>(catalog: Record<string, unknown>, what: What, other: T) {
  const union = v.union([catalogId(catalog, what), other], (issue) => unknownId(String(issue.input), Object.keys(catalog), what, issue));
  return {
    ...union,
    '~run'(dataset, config) {
      return typeof dataset.value === 'string'
        ? union['~run'](dataset, config)
        : (other['~run'](dataset, config) as ReturnType<(typeof union)['~run']>);
    },
  } satisfies typeof union;
}

export const catalogIdOrProse = (catalog: Record<string, unknown>, what: What) => catalogIdOr(catalog, what, prose);

export const nonEmptyList = <T extends v.GenericSchema>(item: T, what: What) =>
  v.pipe(
    list(item),
    v.minLength(
      1,
      say('at-least-one', () => ({ what: named(what) })),
    ),
  );
