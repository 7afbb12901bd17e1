/**
 * The processor catalog's entry (questions/catalogs/processors.yaml), apart from schema.ts so
 * that it stays readable: a service, the company behind it, where it processes data and the
 * category the wizard files it under.
 */
import * as v from 'valibot';
import { countryCode, id, localized, source, text } from './primitives.js';
import { signatures } from './signatures.js';

export const processorCatalogEntry = v.strictObject({
  name: text,
  entity: text,
  address: v.optional(text),
  category: v.picklist([
    'hosting',
    'email',
    'analytics',
    'payments',
    'newsletter',
    'crm',
    'remote-support',
    'accounting',
    'office-suite',
    'cdn',
    'forms',
    'scheduling',
    'video-calls',
    'e-commerce',
    'backup',
    'telephony',
    'file-transfer',
    'shipping',
    'payroll',
    'recruitment',
    'credit-insurance',
    'tag-management',
    'fonts',
    'spam-protection',
    'maps',
    'video',
    'advertising',
    'chat',
    'website-builder',
    'consent-management',
  ]),
  service: localized,
  countries: v.pipe(v.array(countryCode), v.minLength(1)),
  safeguard: v.optional(id),
  /** The service sets cookies that recognise a visitor again (it cannot be called anonymous). */
  trackingCookies: v.optional(v.boolean()),
  /** The role the provider itself states for the service; absent: processor. A payment provider decides its own purposes (PSD2, anti-money-laundering). */
  role: v.optional(v.picklist(['processor', 'controller'])),
  /** How a site's files show that they load the service (`scan`, `check --site`): see signatures.ts. */
  signatures: v.optional(signatures),
  source: source,
});
