/** Recipients with their processor entry, their display name and each country's EEA and adequacy status. */
import type { Recipient } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { resolveCountry } from './countries.js';
import { entryIn } from './lookup.js';
import type { Text } from './text.js';
import type { ActivityModel, EntryOf, RecipientModel } from './types.js';

/** Its own name, else the catalog processor's "name (entity)", else its category's label. */
export function recipientName(
  r: Recipient,
  processor: EntryOf<'processors'> | undefined,
  category?: EntryOf<'recipient-categories'> | undefined,
): Text | undefined {
  if (r.name) return r.name;
  if (processor) return `${processor.name} (${processor.entity})`;
  return category?.label;
}

/** A catalog arrangement gives what it concerns and its essence; the user's own words are the essence. */
function resolveArrangement(r: Recipient, c: CatalogFiles): RecipientModel['arrangement'] {
  if (r.arrangement === undefined) return undefined;
  if (typeof r.arrangement !== 'string') return { label: undefined, essence: r.arrangement };
  const { entry } = entryIn(c['joint-arrangements'], r.arrangement, 'joint arrangement');
  return { label: entry.label, essence: entry.essence };
}

export function resolveRecipient(r: Recipient, c: CatalogFiles): RecipientModel {
  const processor = r.service ? entryIn(c.processors, r.service, 'processor') : undefined;
  const category = r.category ? entryIn(c['recipient-categories'], r.category, 'recipient category') : undefined;
  const countries = r.countries.map((code) => resolveCountry(code, c));
  return {
    answer: r,
    processor,
    category,
    name: recipientName(r, processor?.entry, category?.entry),
    purpose:
      r.purpose ??
      processor?.entry.service ??
      category?.entry.purpose ??
      (r.role === 'joint-controller' && typeof r.arrangement === 'string' ? c['joint-arrangements'][r.arrangement]?.label : undefined),
    countries,
    outsideEea: countries.filter((country) => !country.inEea),
    safeguard: r.safeguard ? entryIn(c.safeguards, r.safeguard, 'transfer safeguard') : undefined,
    fallback: r.fallbackSafeguard ? entryIn(c.safeguards, r.fallbackSafeguard, 'transfer safeguard') : undefined,
    arrangement: resolveArrangement(r, c),
  };
}

/** A recipient serves the activities it names, or every activity when it names none (README, "A recipient"). */
export const serves = (r: RecipientModel, act: ActivityModel): boolean =>
  r.answer.activities === undefined || r.answer.activities.includes(act.answer.id);
