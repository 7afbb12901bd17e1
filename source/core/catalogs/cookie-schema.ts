/**
 * The cookie catalog's shapes (questions/catalogs/cookies.yaml), apart from schema.ts so that it
 * stays readable: a cookie's lifetime, its party, and one service's entry. The answers' own
 * cookies (`cookies.own`) use the same lifetime and party.
 */
import * as v from 'valibot';
import { type DurationMessages, durationOf, englishDurationMessages, id, localized, type ShapeMessage, text } from './primitives.js';

/** A cookie's lifetime can be as short as minutes or hours; a retention period never is. */
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes'] as const;
export const DURATION_EXAMPLES = ['{years: 2}', '{months: 6}', '{days: 1}', '{hours: 24}', '{minutes: 30}'] as const;
const englishMessages = englishDurationMessages(DURATION_UNITS, DURATION_EXAMPLES);
export const duration = durationOf(DURATION_UNITS, englishMessages);
export type Duration = v.InferOutput<typeof duration>;

/**
 * How long a cookie stays on the device: a duration, or `session` (until the browser is closed).
 * `lifetime` says it is neither, `messages` what is wrong with a duration (the answers format's own).
 */
export const LIFETIME_EXAMPLE = '{months: 6}';
export const cookieLifetimeWith = (lifetime: ShapeMessage, messages: DurationMessages) =>
  v.union([v.literal('session'), durationOf(DURATION_UNITS, messages)], lifetime);
export const cookieLifetime = cookieLifetimeWith(`must be session or a duration such as ${LIFETIME_EXAMPLE}`, englishMessages);
export type CookieLifetime = v.InferOutput<typeof cookieLifetime>;

/** A cookie's name as its provider documents it; `<…>` marks the part that varies (`_ga_<container-id>`). */
const cookieName = v.pipe(v.string(), v.regex(/^[\w./\-[\]<>]+$/, 'a cookie name: letters, digits, _ . / - and <placeholder>'));
/** The provider's own pages that document its cookies: web addresses, separated by " ; ". */
const documentation = v.pipe(text, v.regex(/^https:\/\/\S+( ; https:\/\/\S+)*$/, 'one or more https addresses, separated by " ; "'));

export const cookiePartyIds = ['first', 'third'] as const;

/** One service's cookies in the cookie catalog. */
export const cookieCatalogEntry = v.strictObject({
  /**
   * The website integration that places these cookies, where the service is also used
   * without one (HubSpot as a CRM, its tracking code on the website): then they are declared
   * only when the answers say so (a recipient's `placesCookies`). For maintainers, never shown.
   */
  integration: v.optional(text),
  cookies: v.array(
    v.strictObject({
      name: cookieName,
      /** first: set on our website's own domain (by the provider's script); third: on the provider's domain. */
      party: v.picklist(cookiePartyIds),
      category: id,
      lifetime: cookieLifetime,
      purpose: localized,
    }),
  ),
  source: documentation,
});
