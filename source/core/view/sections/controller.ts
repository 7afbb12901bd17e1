/** Who is responsible: the controller, its data protection officer, its EU representative. */
import type { Language } from '../../languages.js';
import type { Model } from '../../model/resolve.js';
import { countryName } from '../format.js';
import { sentenceOrNull } from '../text.js';

/** "Stationsstraat 4, 2800 Mechelen, Belgium". */
export function postalAddress(m: Model, lang: Language): string {
  const { street, postalCode, city, country } = m.answers.controller.address;
  return `${street}, ${postalCode} ${city}, ${countryName(country, lang)}`;
}

export function controllerSection(m: Model, lang: Language) {
  const ctl = m.answers.controller;
  const belgian = m.controller.belgianEnterpriseNumber;
  const { dpo } = m.answers;
  return {
    controller: {
      name: ctl.legalForm ? `${ctl.legalName} ${ctl.legalForm}` : ctl.legalName,
      displayName: ctl.tradeName ?? ctl.legalName,
      tradeName: ctl.tradeName ?? null,
      address: postalAddress(m, lang),
      // A valid Belgian number is written the official way (0xxx.xxx.xxx); any other as given.
      enterpriseNumber: belgian?.ok ? belgian.formatted : (ctl.enterpriseNumber ?? null),
      // The register's name (KBO, BCE, ZDU) belongs only beside a Belgian number.
      belgianEnterpriseNumber: belgian !== undefined,
      email: ctl.email,
      phone: ctl.phone ?? null,
      website: ctl.website ?? null,
      // Framed by the template's own sentences (Art. 28), so it ends as a sentence.
      actsAsProcessor: sentenceOrNull(ctl.actsAsProcessor, lang),
    },
    dpo: dpo ? { name: dpo.name ?? null, email: dpo.email, phone: dpo.phone ?? null, address: dpo.address ?? null } : null,
    representative: m.answers.representative ?? null,
  };
}
