/** Who receives the data, and the transfers outside the EEA with their safeguards. */
import type { Language } from '../../languages.js';
import { EEA_LOCATION } from '../../model/countries.js';
import type { Entry, EntryOf, Model, RecipientModel } from '../../model/resolve.js';
import { localize } from '../../model/text.js';
import { capitalize, countryName, formatDate, joinList } from '../format.js';
import { required } from '../text.js';

/** A name as written; a category's label (a noun phrase) starts the table cell with a capital. */
export const nameOf = (r: RecipientModel, lang: Language): string => {
  const name = required(r.name, 'a recipient without name, service or category', 'recipient-identified');
  return typeof name === 'string' ? name : capitalize(localize(name, lang), lang);
};
/** Country names, and the EU/EEA for the location `EEA`. */
export const locations = (m: Model, list: RecipientModel['countries'], lang: Language): string =>
  joinList(
    list.map(({ code }) => (code === EEA_LOCATION ? m.catalogs.countries.eeaLocation[lang] : countryName(code, lang))),
    lang,
  );

export function recipientsSection(m: Model, lang: Language) {
  // The notice describes a transfer by its safeguard; one without is refused by rule transfer-safeguard.
  const transfers = m.transfers.flatMap((r) => (r.safeguard ? [{ ...r, safeguard: r.safeguard }] : []));
  const safeguardsUsed = new Map(
    transfers.flatMap((t) => [t.safeguard, ...(t.fallback ? [t.fallback] : [])]).map((safeguard) => [safeguard.id, safeguard.entry]),
  );
  const basis = (safeguard: Entry<EntryOf<'safeguards'>>) => ({
    safeguard: capitalize(localize(safeguard.entry.label, lang), lang),
    article: localize(safeguard.entry.article, lang),
  });
  return {
    hasRecipients: m.recipients.length > 0,
    recipients: m.recipients.map((r) => ({
      name: nameOf(r, lang),
      isProcessor: r.answer.role === 'processor',
      isController: r.answer.role === 'controller',
      isJointController: r.answer.role === 'joint-controller',
      isAuthority: r.answer.role === 'authority',
      purpose: capitalize(localize(required(r.purpose, 'a recipient without purpose or service', 'recipient-identified'), lang), lang),
      location: locations(m, r.countries, lang),
    })),
    // Art. 26(2): the essence of each joint controller's arrangement; without one, rule joint-arrangement refuses.
    hasJointArrangements: m.recipients.some((r) => r.answer.role === 'joint-controller' && r.arrangement),
    jointArrangements: m.recipients.flatMap((r) =>
      r.answer.role === 'joint-controller' && r.arrangement
        ? [
            {
              name: nameOf(r, lang),
              concerns: r.arrangement.label ? localize(r.arrangement.label, lang) : null,
              essence: localize(r.arrangement.essence, lang),
            },
          ]
        : [],
    ),
    hasTransfers: transfers.length > 0,
    transfers: transfers.map((t) => {
      const decisions =
        t.safeguard.id === 'adequacy' || t.fallback?.id === 'adequacy'
          ? t.outsideEea.flatMap(({ adequacy }) =>
              adequacy
                ? [{ text: localize(adequacy.decision, lang), until: adequacy.validUntil ? formatDate(adequacy.validUntil, lang) : null }]
                : [],
            )
          : [];
      return {
        name: nameOf(t, lang),
        countries: locations(m, t.outsideEea, lang),
        ...basis(t.safeguard),
        fallback: t.fallback ? basis(t.fallback) : null,
        hasDecisions: decisions.length > 0,
        // Each decision, with its end date where the Commission set one; the template puts '; ' before all but the first.
        decisions: decisions.map((decision, i) => ({ ...decision, first: i === 0 })),
      };
    }),
    safeguardCopies: [...safeguardsUsed.values()].map((safeguard) => localize(safeguard.copy, lang)),
  };
}
