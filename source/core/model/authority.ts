/** What applies to a controller given its answers: its supervisory authority, its age of digital consent. */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { isInEea } from './countries.js';
import { entryIn } from './lookup.js';
import type { AuthorityModel, Model } from './types.js';

/** The ids of the GDPR supervisory authorities of a country (none outside the EEA). */
export function nationalAuthorities(country: string, c: CatalogFiles): string[] {
  if (!isInEea(country, c)) return [];
  return Object.entries(c['supervisory-authorities'])
    .filter(([, entry]) => entry.country === country)
    .map(([id]) => id);
}

/** The authority the notice names: the one given, else the only one of the controller's country. */
export function resolveAuthority(a: Answers, c: CatalogFiles): AuthorityModel | undefined {
  const given = a.supervisoryAuthority;
  if (given !== undefined && typeof given !== 'string') return { id: undefined, entry: undefined, custom: given };
  const national = nationalAuthorities(a.controller.address.country, c);
  const id = given ?? (national.length === 1 ? national[0] : undefined);
  return id === undefined ? undefined : { ...entryIn(c['supervisory-authorities'], id, 'supervisory authority'), custom: undefined };
}

/**
 * The age of digital consent: the one given, else the catalog's for the controller's country,
 * else for its authority's country (a controller outside the EEA); undefined when none is known.
 */
export function digitalConsent(a: Answers, c: CatalogFiles): Model['children'] {
  const ages = c.countries.digitalConsentAge;
  const own = a.controller.address.country;
  const authority = typeof a.supervisoryAuthority === 'string' ? c['supervisory-authorities'][a.supervisoryAuthority] : undefined;
  const country = !ages[own] && authority && ages[authority.country] ? authority.country : own;
  const entry = ages[country];
  const age = a.children.digitalConsentAge ?? entry?.age;
  // An age answered against the catalog's is not the one the national provision sets.
  return { country, age, provision: entry && age === entry.age ? entry.provision : undefined };
}
