/** Where data go: the one definition of "inside the EEA", and each country with its adequacy decision. */
import type { CatalogFiles } from '../catalogs/schema.js';

export type AdequacyDecision = CatalogFiles['countries']['adequacy'][string];

export interface Country {
  code: string;
  inEea: boolean;
  /** The Commission's adequacy decision for a country outside the EEA, if it has one. */
  adequacy: AdequacyDecision | undefined;
}

/** A location a recipient may give beside ISO codes: somewhere in the EU/EEA, country not named. */
export const EEA_LOCATION = 'EEA';

export function isInEea(code: string, c: CatalogFiles): boolean {
  return code === EEA_LOCATION || c.countries.eea.includes(code);
}

/** The codes of `codes` that lie outside the EEA, in their order. */
export function outsideEea(codes: readonly string[], c: CatalogFiles): string[] {
  return codes.filter((code) => !isInEea(code, c));
}

export function resolveCountry(code: string, c: CatalogFiles): Country {
  const inEea = isInEea(code, c);
  return { code, inEea, adequacy: inEea ? undefined : c.countries.adequacy[code] };
}
