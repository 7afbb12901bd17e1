/** The supervisory authority people can complain to (Art. 13(2)(d) and 77). */
import type { Language } from '../../languages.js';
import type { Model } from '../../model/resolve.js';
import { localize } from '../../model/text.js';
import { required, textOrNull } from '../text.js';

export function authoritySection(m: Model, lang: Language) {
  const authority = required(m.authority, 'no supervisory authority', 'authority-known');
  if (authority.custom !== undefined) {
    const { name, address, email, phone, website } = authority.custom;
    return { authority: { name, abbreviation: null, address: address ?? null, email: email ?? null, phone: phone ?? null, website } };
  }
  const { entry } = authority;
  return {
    authority: {
      name: localize(entry.name, lang),
      abbreviation: textOrNull(entry.abbreviation, lang),
      address: textOrNull(entry.address, lang),
      email: entry.email ?? null,
      phone: entry.phone ?? null,
      // The Belgian authority runs its site in each national language: the reader's, where there is one.
      website: entry.websiteByLanguage?.[lang] ?? entry.website,
    },
  };
}
