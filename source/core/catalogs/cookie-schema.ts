/**
 * The cookie catalog's shapes (questions/catalogs/cookies.yaml), apart from schema.ts so that it
 * stays readable: a cookie's lifetime, its party, and one service's entry. The answers' own
 * cookies (`cookies.own`) use the same lifetime and party.
 */
import * as v from 'valibot';
import { id, localized, text } from './primitives.js';

const amount = v.optional(v.pipe(v.number('must be a whole number'), v.integer('must be a whole number'), v.minValue(0)));

/** A cookie's lifetime can be as short as minutes or hours; a retention period never is. */
export const duration = v.pipe(
  v.strictObject(
    { years: amount, months: amount, weeks: amount, days: amount, hours: amount, minutes: amount },
    'must be a duration such as {years: 2}, {months: 6}, {days: 1}, {hours: 24} or {minutes: 30}',
  ),
  v.check((p) => Object.keys(p).length === 1, 'give exactly one of years, months, weeks, days, hours or minutes'),
);
export type Duration = v.InferOutput<typeof duration>;

/** How long a cookie stays on the device: a duration, or `session` (until the browser is closed). */
export const cookieLifetime = v.union([v.literal('session'), duration], 'must be session or a duration such as {months: 6}');
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
