/** What the notice must tell people about each activity: obligation to provide, consent, source, automated decisions. */
import type { PathSegment } from '../../answers/problems.js';
import type { Activity } from '../../answers/schema.js';
import { presetSources } from '../../catalogs/schema.js';
import type { Model } from '../../model/resolve.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

const usesConsent = (act: Activity): boolean => act.purposes.some((p) => p.basis === 'consent');

export const requirementStated: Rule = {
  id: 'requirement-stated',
  severity: 'error',
  article: 'Art. 13(2)(e) GDPR',
  run({ activities }) {
    return activities.flatMap(({ answer: act, preset, fromThePerson }, i): Hit[] => {
      // Data all obtained from someone else need no Art. 13(2)(e) statement; data the person gives do.
      if (act.requirement || !fromThePerson || usesConsent(act)) return [];
      const suggested = preset?.entry.requirement;
      return [
        {
          path: ['activities', i, 'requirement'],
          message: msg('requirement-stated', { activity: act.id }),
          fix: suggested ? msg('requirement-stated.suggested', { suggested }) : msg('requirement-stated.fix'),
        },
      ];
    });
  },
};

/** Bases under which refusing to give the data has consequences: a contract is not made, a legal duty is not met. */
const BINDING_BASES = new Set(['contract', 'legal-obligation']);

export const requirementConsequence: Rule = {
  id: 'requirement-consequence',
  severity: 'warning',
  article: 'Art. 13(2)(e) GDPR',
  run({ activities }) {
    return activities.flatMap(({ answer: act, requirement, purposes }, i): Hit[] => {
      if (!requirement?.entry?.noConsequences || !purposes.some((p) => BINDING_BASES.has(p.basis.id))) return [];
      return [
        {
          path: ['activities', i, 'requirement'],
          message: msg('requirement-consequence', { activity: act.id, requirement: requirement.id }),
          fix: msg('requirement-consequence.fix'),
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
    return a.activities.flatMap((act, i): Hit[] => {
      if (!usesConsent(act)) return [];
      const path = ['activities', i, 'requirement'];
      if (!act.requirement) {
        return [{ path, message: msg('consent-withdrawal.not-said', { activity: act.id }), fix: msg('consent-withdrawal.not-said.fix') }];
      }
      const kind = typeof act.requirement === 'string' ? c['provision-requirements'][act.requirement]?.kind : undefined;
      const onlyConsent = act.purposes.every((p) => p.basis === 'consent');
      if (!onlyConsent || kind === undefined || kind === 'voluntary') return [];
      return [
        {
          path,
          message: msg('consent-withdrawal.not-voluntary', {
            activity: act.id,
            requirement: act.requirement as string,
            kind: msg(`consent-withdrawal.kind.${kind}`),
          }),
          fix: msg('consent-withdrawal.not-voluntary.fix'),
        },
      ];
    });
  },
};

/** The catalog entries of an activity whose data come, by their nature, from a third party: each with its path and that source. */
function thirdPartyEntries(act: Activity, c: Model['catalogs']): { path: PathSegment[]; id: string; from: string }[] {
  const categories = act.dataCategories.flatMap((ref, j) => {
    const from = typeof ref === 'string' ? c['data-categories'][ref]?.thirdParty : undefined;
    return from ? [{ path: ['dataCategories', j], id: ref as string, from }] : [];
  });
  const purposes = act.purposes.flatMap(({ purpose: ref }, j) => {
    const from = typeof ref === 'string' ? c.purposes[ref]?.thirdParty : undefined;
    return from ? [{ path: ['purposes', j, 'purpose'], id: ref as string, from }] : [];
  });
  return [...categories, ...purposes];
}

/**
 * Data that never come from the person (a public profile, a credit agency) and no source: the
 * notice cannot say where they came from, which Art. 14(2)(f) requires. An error, unlike
 * source-stated, whose people may well have given their data themselves.
 */
export const sourceRequired: Rule = {
  id: 'source-required',
  severity: 'error',
  article: 'Art. 14(2)(f) GDPR',
  run({ catalogs: c, activities }) {
    return activities.flatMap(({ answer: act }, i): Hit[] => {
      if (act.source) return [];
      const entries = thirdPartyEntries(act, c);
      const [first] = entries;
      if (!first) return [];
      return [
        {
          path: ['activities', i, ...first.path],
          message: msg('source-required', { activity: act.id, data: { and: entries.map((e) => e.id) } }),
          fix: msg('source-required.fix', { from: first.from }),
        },
      ];
    });
  },
};

export const sourceStated: Rule = {
  id: 'source-stated',
  severity: 'warning',
  article: 'Art. 14(2)(f) GDPR',
  run({ catalogs: c, activities }) {
    return activities.flatMap(({ answer: act, preset }, i): Hit[] => {
      // source-required already reports an activity whose data come from a third party by nature.
      if (act.source || thirdPartyEntries(act, c).length > 0) return [];
      const indirect = act.dataSubjects.filter(
        (ref): ref is string => typeof ref === 'string' && Boolean(c['data-subjects'][ref]?.indirect),
      );
      const suggested = preset && presetSources(preset.entry)[0];
      if (indirect.length === 0 && !suggested) return [];
      const who =
        indirect.length > 0
          ? msg('source-stated.indirect', { subjects: { and: indirect } })
          : msg('source-stated.preset', { preset: String(act.preset) });
      return [
        {
          path: ['activities', i, 'source'],
          message: msg('source-stated', { activity: act.id, who }),
          fix: msg('source-stated.fix', { from: suggested ?? msg('source-stated.any-source') }),
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
    return a.automatedDecisions.flatMap((decision, i) =>
      (['logic', 'consequences'] as const).flatMap((field): Hit[] => {
        const words = languages.map((lang) => decision[field][lang]?.split(/\s+/).filter(Boolean).length ?? MIN_WORDS);
        if (Math.min(...words) >= MIN_WORDS) return [];
        return [
          {
            path: ['automatedDecisions', i, field],
            message: msg('automated-decision-detail', { what: msg(`automated-decision-detail.${field}`), count: Math.min(...words) }),
            fix: msg('automated-decision-detail.fix'),
          },
        ];
      }),
    );
  },
};

export const automatedDecisionGround: Rule = {
  id: 'automated-decision-ground',
  severity: 'error',
  article: 'Art. 22(2) GDPR',
  run({ answers: a }) {
    return a.automatedDecisions.flatMap((decision, i): Hit[] =>
      decision.ground
        ? []
        : [
            {
              path: ['automatedDecisions', i, 'ground'],
              message: msg('automated-decision-ground'),
              fix: msg('automated-decision-ground.fix'),
            },
          ],
    );
  },
};
