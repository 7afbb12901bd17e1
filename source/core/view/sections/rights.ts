/** The rights people have under these answers, how to exercise them, and automated decisions. */
import type { Language } from '../../languages.js';
import type { Model } from '../../model/resolve.js';
import { localize } from '../../model/text.js';
import { postalAddress } from './controller.js';

export function rightsSection(m: Model, lang: Language) {
  const a = m.answers;
  const bases = m.basesUsed;
  const email = a.rights.email ?? a.controller.email;
  const general = bases.has('legitimate-interests') || bases.has('public-task');
  return {
    hasAutomatedDecisions: a.automatedDecisions.length > 0,
    automatedDecisions: a.automatedDecisions.map((d) => ({
      description: localize(d.description, lang),
      logic: localize(d.logic, lang),
      consequences: localize(d.consequences, lang),
      // Missing only in answers that rule automated-decision-ground refuses.
      ground: d.ground === undefined ? null : localize(m.catalogs['automated-decision-grounds'][d.ground]!.notice, lang),
    })),
    portability: bases.has('consent') || bases.has('contract'),
    usesConsent: bases.has('consent') || m.conditionsUsed.some(({ id }) => id === 'explicit-consent'),
    // Art. 21: against processing on legitimate interests or a public task, and always against direct marketing.
    objection:
      general || m.directMarketing
        ? {
            general,
            legitimateInterests: bases.has('legitimate-interests'),
            publicTask: bases.has('public-task'),
            directMarketing: m.directMarketing,
            email,
          }
        : null,
    rights: {
      email,
      postalAddress: a.rights.byPost === false ? null : `${a.controller.legalName}, ${postalAddress(m, lang)}`,
      webForm: a.rights.webForm ?? null,
      identityCheck: localize(m.identityCheck.entry.label, lang),
    },
    // Rights that law beside the GDPR gives (a patient's file under Belgian patients' rights law).
    sectorLaws: m.sectorLaws.map(({ entry }) => localize(entry.label, lang)),
  };
}
