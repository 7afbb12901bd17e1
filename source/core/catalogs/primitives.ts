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
