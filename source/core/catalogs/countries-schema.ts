/**
 * The countries catalog (questions/catalogs/countries.yaml): the EU and the EEA, adequacy
 * decisions, and the national rules a notice cites by the controller's country. Apart from
 * schema.ts so that each file reads in one sitting.
 */
import * as v from 'valibot';
import { countryCode, isoDate, localized, source, text } from './primitives.js';

export const countriesCatalog = v.strictObject({
  eea: v.array(countryCode),
  eu: v.array(countryCode),
  eeaLocation: localized,
  adequacy: v.record(
    countryCode,
    v.strictObject({ decision: localized, adopted: isoDate, validUntil: v.optional(isoDate), scope: v.optional(localized), source }),
  ),
  /** `provision`: the national provision, as a notice cites it (Belgium: art. 7 of the Law of 30 July 2018). */
  digitalConsentAge: v.record(countryCode, v.strictObject({ age: v.number(), source, provision: v.optional(localized) })),
  /** The national rule on cookies (Art. 5(3) ePrivacy Directive as transposed), by the controller's country. */
  cookieLaw: v.optional(v.record(countryCode, v.strictObject({ citation: localized, source }))),
  /** The mention a camera surveillance sign must carry, by the controller's country (Belgium: the Camera Law's). */
  cameraSign: v.optional(v.record(countryCode, v.strictObject({ mention: localized, source }))),
  /** How a postal code is written, by country: a regular expression over the whole code, and an example. */
  postalCodes: v.optional(
    v.record(
      countryCode,
      v.pipe(
        v.strictObject({ pattern: v.pipe(text, v.check(isRegExp, 'must be a regular expression')), example: text, source }),
        v.check(({ pattern, example }) => new RegExp(pattern).test(example), 'its example must fit its pattern'),
      ),
    ),
  ),
});

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
