/** What applies to a controller given its answers: its supervisory authority, its age of digital consent. */
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Answers } from './schema.js';

/** The ids of the GDPR supervisory authorities of a country (none outside the EEA). */
export function nationalAuthorities(country: string, c: CatalogFiles): string[] {
  if (!c.countries.eea.includes(country)) return [];
  return Object.keys(c['supervisory-authorities']).filter((id) => c['supervisory-authorities'][id]!.country === country);
}

/** The authority the notice names: the one given, else the only one of the controller's country. */
export function authorityRef(a: Answers, c: CatalogFiles): Answers['supervisoryAuthority'] {
  if (a.supervisoryAuthority !== undefined) return a.supervisoryAuthority;
  const national = nationalAuthorities(a.controller.address.country, c);
  return national.length === 1 ? national[0] : undefined;
}

/** The country whose age of digital consent applies: the controller's, else its authority's. */
export function digitalConsentCountry(a: Answers, c: CatalogFiles): string | undefined {
  const ages = c.countries.digitalConsentAge;
  const own = a.controller.address.country;
  if (ages[own]) return own;
  const authority = typeof a.supervisoryAuthority === 'string' ? c['supervisory-authorities'][a.supervisoryAuthority] : undefined;
  return authority && ages[authority.country] ? authority.country : undefined;
}
