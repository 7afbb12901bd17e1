/** Each activity: identified, named, and with the basis its purposes and special categories need. */
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

export const activityIdUnique: Rule = {
  id: 'activity-id-unique',
  severity: 'error',
  article: null,
  run({ answers: a }) {
    const seen = new Set<string>();
    return a.activities.flatMap((act, i): Hit[] => {
      const twice = seen.has(act.id);
      seen.add(act.id);
      return twice
        ? [{ path: ['activities', i, 'id'], message: msg('activity-id-unique', { id: act.id }), fix: msg('activity-id-unique.fix') }]
        : [];
    });
  },
};

export const activityName: Rule = {
  id: 'activity-name',
  severity: 'error',
  article: 'Art. 13(1)(c) GDPR',
  run({ activities }) {
    return activities.flatMap((act, i): Hit[] =>
      act.name !== undefined ? [] : [{ path: ['activities', i, 'name'], message: msg('activity-name'), fix: msg('activity-name.fix') }],
    );
  },
};

export const legitimateInterestNamed: Rule = {
  id: 'legitimate-interest-named',
  severity: 'error',
  article: 'Art. 13(1)(d) and 14(2)(b) GDPR',
  run({ activities }) {
    return activities.flatMap((act, i) =>
      act.purposes.flatMap((p, j): Hit[] => {
        if (p.basis.id !== 'legitimate-interests' || p.interest) return [];
        return [
          {
            path: ['activities', i, 'purposes', j, 'legitimateInterest'],
            message: msg('legitimate-interest-named'),
            fix: msg('legitimate-interest-named.fix'),
          },
        ];
      }),
    );
  },
};

export const specialCategoryValid: Rule = {
  id: 'special-category-valid',
  severity: 'error',
  article: 'Art. 9(1) GDPR',
  run({ answers: a, catalogs: c }) {
    return a.activities.flatMap((act, i) =>
      (act.specialCategories ?? []).flatMap(({ category }, j): Hit[] =>
        typeof category === 'string' && !c['data-categories'][category]?.special
          ? [
              {
                path: ['activities', i, 'specialCategories', j, 'category'],
                message: msg('special-category-valid', { category }),
                fix: msg('special-category-valid.fix'),
              },
            ]
          : [],
      ),
    );
  },
};

export const specialCategoryCondition: Rule = {
  id: 'special-category-condition',
  severity: 'error',
  article: 'Art. 9(2) and 13(1)(c) GDPR',
  run({ answers: a, catalogs: c }) {
    const conditions = Object.keys(c['special-conditions']).join(', ');
    return a.activities.flatMap((act, i) => {
      const covered = new Set((act.specialCategories ?? []).map((s) => s.category));
      return act.dataCategories.flatMap((ref, k): Hit[] =>
        typeof ref === 'string' && c['data-categories'][ref]?.special && !covered.has(ref)
          ? [
              {
                path: ['activities', i, 'dataCategories', k],
                // The label the notice and the wizard show; the fix keeps the id the answers file takes.
                message: msg('special-category-condition', { category: { text: c['data-categories'][ref]!.label } }),
                fix: msg('special-category-condition.fix', { category: ref, conditions }),
              },
            ]
          : [],
      );
    });
  },
};

export const criminalRecordsAuthorised: Rule = {
  id: 'criminal-records-authorised',
  severity: 'error',
  article: 'Art. 10 GDPR',
  run({ activities }) {
    return activities.flatMap((act, i): Hit[] =>
      act.criminalData.length > 0 && act.criminalRecords === undefined
        ? [
            {
              path: ['activities', i, 'criminalRecords'],
              message: msg('criminal-records-authorised', { activity: act.answer.id }),
              fix: msg('criminal-records-authorised.fix'),
            },
          ]
        : [],
    );
  },
};

export const minorsStated: Rule = {
  id: 'minors-stated',
  severity: 'warning',
  article: 'Art. 12(1) GDPR',
  run({ activities }) {
    return activities.flatMap((act, i): Hit[] => {
      if (act.minors) return [];
      const path = ['activities', i, 'minors'];
      if (act.actsForMinors) {
        const subjects = act.dataSubjects.filter((ref) => ref.entry?.actForMinors).map((ref) => ref.id as string);
        return [
          { path, message: msg('minors-stated', { activity: act.answer.id, subjects: { and: subjects } }), fix: msg('minors-stated.fix') },
        ];
      }
      // minors: false is an answer; only a file that says nothing gets the children paragraph unasked.
      const often = act.dataSubjects.filter((ref) => ref.entry?.oftenMinors).map((ref) => ref.id as string);
      if (often.length === 0 || act.answer.minors !== undefined) return [];
      return [
        {
          path,
          message: msg('minors-stated.unanswered', { activity: act.answer.id, subjects: { and: often } }),
          fix: msg('minors-stated.unanswered.fix'),
        },
      ];
    });
  },
};
