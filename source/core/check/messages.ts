/**
 * What check says, in each output language: the texts are data (questions/check-messages.yaml,
 * validated and compiled by the build); a rule names a message by id and gives its parameters,
 * and the finding is rendered in the reader's language. Parameters that read differently per
 * language (a country's name, a period, a date, an "and" list, a phrase of its own) render in
 * the message's language too.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { type Duration, type Localized, localized } from '../catalogs/schema.js';
import { LANGUAGES, type Language } from '../languages.js';
import { citation } from '../locale/citations.js';
import { englishRegionName, LOCALES } from '../locale/intl-tables.js';
import { inAnyLanguage, type Text } from '../model/text.js';
import { compiledOr, packagePath } from '../paths.js';
import { countryName, formatDate, formatPeriod, joinList } from '../view/format.js';

export type MessageParam =
  | string
  | number
  | Message
  /** An ISO 3166-1 code, written as the country's name. */
  | { country: string }
  /** A period or a cookie's lifetime (which can be hours or minutes). */
  | { period: Duration }
  /** An ISO date (YYYY-MM-DD), written as the language writes a date. */
  | { date: string }
  /** Items joined with the language's "and". */
  | { and: readonly MessageParam[] }
  /** A text in each language it is rendered in, such as a catalog entry's name or the user's own prose. */
  | { text: Text }
  /** A citation of the law as the rules write it ("Art. 13(3) GDPR"), cited as the language cites it (questions/citations.yaml). */
  | { article: string };

export interface Message {
  id: string;
  params?: Readonly<Record<string, MessageParam>>;
}

export const msg = (id: string, params?: Readonly<Record<string, MessageParam>>): Message => (params ? { id, params } : { id });

export type CheckMessages = Record<string, Localized>;
/** A table of messages: check's (the default), or another command's such as diff's (core/diff/messages.ts). */
export type MessageTable = () => CheckMessages;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
export const placeholdersOf = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();

/** Every message in every language, with the same placeholders in each. */
export const checkMessagesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/, 'ids are lowercase-with-dashes, parts joined by dots')),
  v.pipe(
    localized,
    v.check((texts) => {
      const en = placeholdersOf(texts.en).join(',');
      return LANGUAGES.every((lang) => placeholdersOf(texts[lang]).join(',') === en);
    }, 'every language must have the same {{placeholders}}'),
  ),
);

export const CHECK_MESSAGES_FILE = packagePath('questions', 'check-messages.yaml');

export function loadCheckMessages(file = CHECK_MESSAGES_FILE): CheckMessages {
  const result = v.safeParse(checkMessagesSchema, parse(readFileSync(file, 'utf8'), { schema: 'core', merge: false }), {
    abortEarly: false,
  });
  if (!result.success) {
    const problems = result.issues.slice(0, 20).map((issue) => `  ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new Error(`${file} is not valid:\n${problems.join('\n')}`);
  }
  return result.output;
}

// Read on the first message: a replay without findings never opens the file.
let messages: CheckMessages | undefined;
export const checkMessages = (): CheckMessages => (messages ??= compiledOr('check-messages', loadCheckMessages));

/** English names each unit as it always has ("1 year"), the others through CLDR; several units read as a list ("1 year and 6 months"). */
const describePeriod = (p: Duration, lang: Language): string =>
  joinList(
    Object.entries(p).map(([unit, n]) =>
      lang === 'en' ? `${n} ${n === 1 ? unit.slice(0, -1) : unit}` : formatPeriod({ [unit]: n }, lang),
    ),
    lang,
  );

function renderParam(param: MessageParam, lang: Language, table: MessageTable): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if ('id' in param) return renderMessage(param, lang, table);
  if ('country' in param) return lang === 'en' ? (englishRegionName(param.country) ?? param.country) : countryName(param.country, lang);
  if ('period' in param) return describePeriod(param.period, lang);
  // English findings have always shown ISO dates; the other languages write them out.
  if ('date' in param) return lang === 'en' ? param.date : formatDate(param.date, lang);
  if ('and' in param)
    return joinList(
      param.and.map((item) => renderParam(item, lang, table)),
      lang,
    );
  if ('article' in param) return citation(param.article, lang);
  // The user's own words exist in the file's languages, which need not include the one check speaks.
  return inAnyLanguage(param.text, lang) ?? '';
}

export function renderMessage(message: Message, lang: Language, table: MessageTable = checkMessages): string {
  const template = table()[message.id]?.[lang];
  if (template === undefined) throw new Error(`internal error: no message '${message.id}'`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const param = message.params?.[name];
    if (param === undefined) throw new Error(`internal error: message '${message.id}' needs {{${name}}}`);
    return renderParam(param, lang, table);
  });
}

/**
 * `{{count}} problem(s)`: the message `id.one`, `id.other`… that the language's plural rules
 * pick; `params` are its other placeholders, if any.
 */
export function renderCount(
  id: string,
  count: number,
  lang: Language,
  params: Readonly<Record<string, MessageParam>> = {},
  table: MessageTable = checkMessages,
): string {
  const category = new Intl.PluralRules(LOCALES[lang]).select(count);
  const known = table()[`${id}.${category}`] === undefined ? 'other' : category;
  return renderMessage(msg(`${id}.${known}`, { ...params, count }), lang, table);
}
