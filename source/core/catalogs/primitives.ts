/**
 * The small shapes every catalog schema is built from (schema.ts, cookie-schema.ts,
 * countries-schema.ts): one definition of a text, a text in every language, an id, a country
 * code, a date and a source.
 */
import * as v from 'valibot';
import { byLanguage } from '../languages.js';

export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
export const localized = v.strictObject(byLanguage(() => text));
export type Localized = v.InferOutput<typeof localized>;

export const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase-with-dashes'));
export const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'));
export const isoDate = v.pipe(v.string(), v.isoDate('a date as YYYY-MM-DD'));
/** Where a legal fact comes from: a URL or a citation of the official text. */
export const source = text;

/** A message of a shape: a text, or one made from the issue (the answers format's, in the reader's language). */
export type ShapeMessage = string | ((issue: v.BaseIssue<unknown>) => string);
/** What is wrong with a length of time. */
export interface DurationMessages {
  /** Not a mapping, or a unit it does not have. */
  shape: ShapeMessage;
  /** No unit, or several. */
  one: ShapeMessage;
  /** A number that is not a whole one. */
  whole: ShapeMessage;
  /** A number below 0. */
  negative: ShapeMessage;
}
const orList = (items: readonly string[]): string => `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
/** The catalogs' own messages, in English for their maintainers ("must be a duration such as {months: 6} or {days: 30}"). */
export const englishDurationMessages = (units: readonly string[], examples: readonly string[]): DurationMessages => ({
  shape: `must be a duration such as ${orList(examples)}`,
  one: `give exactly one of ${orList(units)}`,
  whole: 'must be a whole number',
  negative: 'must be a whole number, 0 or more',
});
/**
 * A length of time in exactly one of `units`: {months: 6}. The answers format builds it with its
 * own messages (answers/schema.ts), the catalogs with englishDurationMessages.
 */
export function durationOf<const U extends string>(units: readonly U[], messages: DurationMessages) {
  const amount = v.optional(v.pipe(v.number(messages.whole), v.integer(messages.whole), v.minValue(0, messages.negative)));
  return v.pipe(
    v.strictObject(Object.fromEntries(units.map((unit) => [unit, amount])) as Record<U, typeof amount>, messages.shape),
    v.check((p) => Object.keys(p).length === 1, messages.one),
  );
}
