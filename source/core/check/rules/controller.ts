/** Who the controller is and who speaks for it: enterprise number, EU representative, DPO, age of consent. */
import type { PathSegment } from '../../answers/problems.js';
import type { Hit, Rule } from '../types.js';

export const enterpriseNumber: Rule = {
  id: 'enterprise-number',
  severity: 'error',
  article: 'Art. 13(1)(a) GDPR',
  run({ controller }) {
    const check = controller.belgianEnterpriseNumber;
    if (check === undefined) return [];
    return check.ok ? [] : [{ path: ['controller', 'enterpriseNumber'], message: check.message }];
  },
};

export const euRepresentative: Rule = {
  id: 'eu-representative',
  severity: 'error',
  article: 'Art. 27 and 13(1)(a) GDPR',
  run({ answers: a, controller }) {
    if (controller.country.inEea || a.representative) return [];
    return [
      {
        path: ['representative'],
        message: 'a controller established outside the EEA must name its representative in the EU',
        fix: 'add representative: {name, address, email}',
      },
    ];
  },
};

export const dpoLikelyRequired: Rule = {
  id: 'dpo-likely-required',
  severity: 'warning',
  article: 'Art. 37(1) GDPR',
  run({ answers: a, activities }) {
    if (a.dpo) return [];
    const ask = 'if your core activities include this on a large scale, you must appoint a data protection officer: then add dpo: {name, email}';
    return activities.flatMap(({ answer: act, dataCategories, purposes }, i): Hit[] => {
      const special = dataCategories.findIndex((ref) => ref.entry?.special);
      const monitoring = purposes.findIndex((p) => p.monitoring);
      let path: PathSegment[] | undefined;
      let what = '';
      if (act.specialCategories?.length) [path, what] = [['activities', i, 'specialCategories'], 'special categories of personal data'];
      else if (special >= 0) [path, what] = [['activities', i, 'dataCategories', special], 'special categories of personal data'];
      else if (monitoring >= 0) [path, what] = [['activities', i, 'purposes', monitoring, 'purpose'], 'the regular and systematic monitoring of people'];
      if (!path) return [];
      return [{ path, message: `'${act.id}' involves ${what}, and no data protection officer is named`, fix: ask }];
    });
  },
};

export const digitalConsentAge: Rule = {
  id: 'digital-consent-age',
  severity: 'error',
  article: 'Art. 8(1) GDPR',
  run({ answers: a, children }) {
    if (children.age !== undefined) return [];
    return [
      {
        path: ['children', 'digitalConsentAge'],
        message: `the age of digital consent (Art. 8 GDPR) for ${a.controller.address.country} is not in the catalog`,
        fix: 'state it here (13 to 16)',
      },
    ];
  },
};
