/** Who the controller is and who speaks for it: enterprise number, EU representative, DPO, age of consent. */
import { digitalConsentCountry } from '../../answers/applicable.js';
import { checkBelgianEnterpriseNumber } from '../../answers/enterprise-number.js';
import type { PathSegment } from '../../answers/problems.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

export const enterpriseNumber: Rule = {
  id: 'enterprise-number',
  severity: 'error',
  article: 'Art. 13(1)(a) GDPR',
  run(a) {
    const number = a.controller.enterpriseNumber;
    if (number === undefined || a.controller.address.country !== 'BE') return [];
    const check = checkBelgianEnterpriseNumber(number);
    return check.ok ? [] : [{ path: ['controller', 'enterpriseNumber'], message: msg(`enterprise-number.${check.reason}`, { number }) }];
  },
};

export const euRepresentative: Rule = {
  id: 'eu-representative',
  severity: 'error',
  article: 'Art. 27 and 13(1)(a) GDPR',
  run(a, c) {
    if (c.countries.eea.includes(a.controller.address.country) || a.representative) return [];
    return [
      {
        path: ['representative'],
        message: msg('eu-representative'),
        fix: msg('eu-representative.fix'),
      },
    ];
  },
};

export const dpoLikelyRequired: Rule = {
  id: 'dpo-likely-required',
  severity: 'warning',
  article: 'Art. 37(1) GDPR',
  run(a, c) {
    if (a.dpo) return [];
    const ask = msg('dpo-likely-required.fix');
    return a.activities.flatMap((act, i): Hit[] => {
      const special = act.dataCategories.findIndex((ref) => typeof ref === 'string' && c['data-categories'][ref]?.special);
      const monitoring = act.purposes.findIndex((p) => typeof p.purpose === 'string' && c.purposes[p.purpose]?.monitoring);
      let path: PathSegment[] | undefined;
      let what = 'special-categories';
      if (act.specialCategories?.length) [path, what] = [['activities', i, 'specialCategories'], 'special-categories'];
      else if (special >= 0) [path, what] = [['activities', i, 'dataCategories', special], 'special-categories'];
      else if (monitoring >= 0) [path, what] = [['activities', i, 'purposes', monitoring, 'purpose'], 'monitoring'];
      if (!path) return [];
      return [{ path, message: msg('dpo-likely-required', { activity: act.id, what: msg(`dpo-likely-required.${what}`) }), fix: ask }];
    });
  },
};

export const digitalConsentAge: Rule = {
  id: 'digital-consent-age',
  severity: 'error',
  article: 'Art. 8(1) GDPR',
  run(a, c) {
    if (a.children.digitalConsentAge !== undefined || digitalConsentCountry(a, c)) return [];
    return [
      {
        path: ['children', 'digitalConsentAge'],
        message: msg('digital-consent-age', { country: a.controller.address.country }),
        fix: msg('digital-consent-age.fix'),
      },
    ];
  },
};
