/** Each activity: identified, named, and with the basis its purposes and special categories need. */
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
      return twice ? [{ path: ['activities', i, 'id'], message: `activity id '${act.id}' is used twice`, fix: 'give each activity its own id' }] : [];
    });
  },
};

export const activityName: Rule = {
  id: 'activity-name',
  severity: 'error',
  article: 'Art. 13(1)(c) GDPR',
  run({ activities }) {
    return activities.flatMap((act, i): Hit[] =>
      act.name !== undefined
        ? []
        : [{ path: ['activities', i, 'name'], message: 'the activity has no name', fix: 'give it a name (or a preset that names it)' }],
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
            message: 'legitimate interests (Art. 6(1)(f)) as a basis, but the interest pursued is not named',
            fix: 'spell out the interest you pursue in legitimateInterest',
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
          ? [{ path: ['activities', i, 'specialCategories', j, 'category'], message: `'${category}' is not a special category of personal data`, fix: 'list it under dataCategories only' }]
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
                message: `'${ref}' is a special category of personal data, and no Art. 9(2) condition is given for it`,
                fix: `add specialCategories: [{category: ${ref}, condition: ...}] with one of ${conditions}`,
              },
            ]
          : [],
      );
    });
  },
};
