/** Who the controller is and who speaks for it: enterprise number, EU representative, DPO, age of consent. */
import type { PathSegment } from '../../answers/problems.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

export const enterpriseNumber: Rule = {
  id: 'enterprise-number',
  severity: 'error',
  article: 'Art. 13(1)(a) GDPR',
  run({ controller }) {
    const check = controller.belgianEnterpriseNumber;
    if (check === undefined) return [];
    return check.ok
      ? []
      : [
          {
            path: ['controller', 'enterpriseNumber'],
            message: msg(`enterprise-number.${check.reason}`, { number: controller.answer.enterpriseNumber ?? '' }),
          },
        ];
  },
};

export const postalCode: Rule = {
  id: 'postal-code',
  severity: 'error',
  article: 'Art. 13(1)(a) GDPR',
  run({ controller }) {
    const check = controller.postalCode;
    if (check === undefined || check.fits) return [];
    const { postalCode: code, country } = controller.answer.address;
    return [
      {
        path: ['controller', 'address', 'postalCode'],
        message: msg('postal-code', { code, country: { country } }),
        fix: msg('postal-code.fix', { example: check.example }),
      },
    ];
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
  /**
   * Art. 37(1)(b) and (c) require a DPO where the core activities consist of regular and
   * systematic monitoring, or of special-category data, on a large scale. Whether that is so the
   * answers say only by `largeScale: true` on an activity: one physician's or a small practice's
   * patients are not processed on a large scale (Recital 91), so health data alone never fire.
   */
  run({ answers: a, activities }) {
    if (a.dpo) return [];
    const ask = msg('dpo-likely-required.fix');
    const hits = activities.flatMap(({ answer: act, dataCategories, purposes, largeScale }, i) => {
      if (!largeScale) return [];
      const special = dataCategories.findIndex((ref) => ref.entry?.special);
      const monitoring = purposes.findIndex((p) => p.monitoring);
      let path: PathSegment[] | undefined;
      let what = 'special-categories';
      if (act.specialCategories?.length) [path, what] = [['activities', i, 'specialCategories'], 'special-categories'];
      else if (special >= 0) [path, what] = [['activities', i, 'dataCategories', special], 'special-categories'];
      else if (monitoring >= 0) [path, what] = [['activities', i, 'purposes', monitoring, 'purpose'], 'monitoring'];
      return path ? [{ path, what, id: act.id }] : [];
    });
    // Once per kind of processing, at its first activity: one question to answer (is it a core
    // activity?), not one per activity.
    return ['special-categories', 'monitoring'].flatMap((what): Hit[] => {
      const of = hits.filter((hit) => hit.what === what);
      if (of.length === 0) return [];
      const activity = of.length === 1 ? of[0]!.id : { and: of.map((hit) => hit.id) };
      return [{ path: of[0]!.path, message: msg('dpo-likely-required', { activity, what: msg(`dpo-likely-required.${what}`) }), fix: ask }];
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
        message: msg('digital-consent-age', { country: a.controller.address.country }),
        fix: msg('digital-consent-age.fix'),
      },
    ];
  },
};
