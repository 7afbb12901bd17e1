/** What the notice must tell people about each activity: obligation to provide, consent, source, automated decisions. */
import type { Activity } from '../../answers/schema.js';
import type { Hit, Rule } from '../types.js';

const usesConsent = (act: Activity): boolean => act.purposes.some((p) => p.basis === 'consent');

export const requirementStated: Rule = {
  id: 'requirement-stated',
  severity: 'error',
  article: 'Art. 13(2)(e) GDPR',
  run({ activities }) {
    return activities.flatMap(({ answer: act, preset }, i): Hit[] => {
      if (act.requirement || act.source || usesConsent(act)) return [];
      const suggested = preset?.entry.requirement;
      return [
        {
          path: ['activities', i, 'requirement'],
          message: `'${act.id}' does not say whether people must provide these data, and what happens if they do not`,
          fix: suggested
            ? `add requirement: ${suggested} (the preset's suggestion), or your own text`
            : 'add requirement: a catalog id such as contract-needed or voluntary, or your own text',
        },
      ];
    });
  },
};

export const consentWithdrawal: Rule = {
  id: 'consent-withdrawal',
  severity: 'error',
  article: 'Art. 7 and 13(2)(c) GDPR',
  run({ answers: a, catalogs: c }) {
    const hits = a.activities.flatMap((act, i): Hit[] => {
      if (!usesConsent(act)) return [];
      const path = ['activities', i, 'requirement'];
      if (!act.requirement) {
        return [{ path, message: `'${act.id}' relies on consent, but does not say that giving these data is voluntary`, fix: 'add requirement: voluntary (or another voluntary requirement, or your own text)' }];
      }
      const kind = typeof act.requirement === 'string' ? c['provision-requirements'][act.requirement]?.kind : undefined;
      const onlyConsent = act.purposes.every((p) => p.basis === 'consent');
      if (!onlyConsent || kind === undefined || kind === 'voluntary') return [];
      return [{ path, message: `'${act.id}' relies only on consent, which must be freely given, but its requirement '${act.requirement as string}' is ${kind}`, fix: 'choose a voluntary requirement, or the legal basis that really applies' }];
    });
    const consentAnywhere = a.activities.some((act) => usesConsent(act) || act.specialCategories?.some((s) => s.condition === 'explicit-consent'));
    const needConsent = (a.cookies?.categories ?? []).filter((id) => c['cookie-categories'][id]?.consentRequired);
    if (needConsent.length > 0 && !consentAnywhere) {
      hits.push({
        path: ['cookies', 'categories'],
        message: `${needConsent.join(' and ')} cookies need consent, but no activity relies on consent, so the notice does not say how to withdraw it`,
        fix: 'add the activity in which you use these cookies, with basis consent (preset cookies-analytics)',
      });
    }
    return hits;
  },
};

export const sourceStated: Rule = {
  id: 'source-stated',
  severity: 'warning',
  article: 'Art. 14(2)(f) GDPR',
  run({ catalogs: c, activities }) {
    return activities.flatMap(({ answer: act, preset }, i): Hit[] => {
      if (act.source) return [];
      const indirect = act.dataSubjects.filter((ref): ref is string => typeof ref === 'string' && Boolean(c['data-subjects'][ref]?.indirect));
      const suggested = preset?.entry.source;
      if (indirect.length === 0 && !suggested) return [];
      const who = indirect.length > 0 ? `concerns ${indirect.join(' and ')}, whose data usually come from someone else` : `uses the preset ${act.preset}, whose data usually come from someone else`;
      return [
        {
          path: ['activities', i, 'source'],
          message: `'${act.id}' ${who}, but gives no source`,
          fix: `if you do not get the data from the people themselves, add source: {from: ${suggested ?? 'a data source id or your own text'}}`,
        },
      ];
    });
  },
};

/** Fewer words than this do not describe how a decision is made or what it means for someone. */
export const MIN_WORDS = 6;

export const automatedDecisionDetail: Rule = {
  id: 'automated-decision-detail',
  severity: 'warning',
  article: 'Art. 13(2)(f) and 22 GDPR',
  run({ answers: a }, languages) {
    const what = { logic: 'the logic involved', consequences: 'the significance and envisaged consequences' } as const;
    return a.automatedDecisions.flatMap((decision, i) =>
      (['logic', 'consequences'] as const).flatMap((field): Hit[] => {
        const words = languages.map((lang) => decision[field][lang]?.split(/\s+/).filter(Boolean).length ?? MIN_WORDS);
        if (Math.min(...words) >= MIN_WORDS) return [];
        return [
          {
            path: ['automatedDecisions', i, field],
            message: `describes ${what[field]} in ${Math.min(...words)} words only`,
            fix: 'explain in a sentence or two, in words a customer understands',
          },
        ];
      }),
    );
  },
};
