/** Recipients with their processor entry, their display name and each country's EEA and adequacy status. */
import type { Recipient } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { resolveCountry } from './countries.js';
import { entryIn } from './lookup.js';
import type { EntryOf, RecipientModel } from './types.js';

/** Its own name, else the catalog processor's "name (entity)". */
export function recipientName(r: Recipient, processor: EntryOf<'processors'> | undefined): string | undefined {
  if (r.name) return r.name;
  return processor ? `${processor.name} (${processor.entity})` : undefined;
}

export function resolveRecipient(r: Recipient, c: CatalogFiles): RecipientModel {
  const processor = r.service ? entryIn(c.processors, r.service, 'processor') : undefined;
  const countries = r.countries.map((code) => resolveCountry(code, c));
  return {
    answer: r,
    processor,
    name: recipientName(r, processor?.entry),
    purpose: r.purpose ?? processor?.entry.service,
    countries,
    outsideEea: countries.filter((country) => !country.inEea),
    safeguard: r.safeguard ? entryIn(c.safeguards, r.safeguard, 'transfer safeguard') : undefined,
    fallback: r.fallbackSafeguard ? entryIn(c.safeguards, r.fallbackSafeguard, 'transfer safeguard') : undefined,
  };
}
