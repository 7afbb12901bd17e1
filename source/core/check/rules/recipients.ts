/** Recipients: listed, identified, tied to real activities, located where the service really processes data. */

import { outsideEea } from '../../model/countries.js';
import { serves } from '../../model/recipients.js';
import type { RecipientModel } from '../../model/types.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

export const recipientsListed: Rule = {
  id: 'recipients-listed',
  severity: 'warning',
  article: 'Art. 13(1)(e) GDPR',
  run({ answers: a }) {
    if (a.recipients.length > 0) return [];
    return [
      {
        path: ['recipients'],
        message: msg('recipients-listed'),
        fix: msg('recipients-listed.fix'),
      },
    ];
  },
};

export const recipientIdentified: Rule = {
  id: 'recipient-identified',
  severity: 'error',
  article: 'Art. 13(1)(e) GDPR',
  run({ recipients }) {
    return recipients.flatMap(({ name, purpose }, i): Hit[] => [
      ...(name === undefined
        ? [{ path: ['recipients', i, 'name'], message: msg('recipient-identified.name'), fix: msg('recipient-identified.name.fix') }]
        : []),
      ...(purpose === undefined
        ? [
            {
              path: ['recipients', i, 'purpose'],
              message: msg('recipient-identified.purpose'),
              fix: msg('recipient-identified.purpose.fix'),
            },
          ]
        : []),
    ]);
  },
};

export const recipientActivities: Rule = {
  id: 'recipient-activities',
  severity: 'error',
  article: null,
  run({ answers: a }) {
    const ids = new Set(a.activities.map((act) => act.id));
    return a.recipients.flatMap((r, i) =>
      (r.activities ?? []).flatMap((id, j): Hit[] =>
        ids.has(id)
          ? []
          : [
              {
                path: ['recipients', i, 'activities', j],
                message: msg('recipient-activities', { id }),
                fix: msg('recipient-activities.fix', { ids: [...ids].join(', ') }),
              },
            ],
      ),
    );
  },
};

export const processorCountries: Rule = {
  id: 'processor-countries',
  severity: 'warning',
  article: 'Art. 13(1)(f) GDPR',
  run({ recipients, catalogs: c }) {
    return recipients.flatMap(({ answer: r, processor }, i): Hit[] => {
      const service = processor?.entry;
      const left = outsideEea(service?.countries ?? [], c).filter((code) => !r.countries.includes(code));
      if (left.length === 0) return [];
      return [
        {
          path: ['recipients', i, 'countries'],
          message: msg('processor-countries', { countries: left.join(', '), service: service!.name }),
          fix: msg('processor-countries.fix', { countries: left.join(', ') }),
        },
      ];
    });
  },
};

export const recipientRole: Rule = {
  id: 'recipient-role',
  severity: 'warning',
  article: 'Art. 4(7), 4(8) and 13(1)(e) GDPR',
  run({ recipients }) {
    return recipients.flatMap(({ answer: r, processor }, i): Hit[] =>
      processor?.entry.role === 'controller' && r.role === 'processor'
        ? [
            {
              path: ['recipients', i, 'role'],
              message: msg('recipient-role', { service: processor.entry.name }),
              fix: msg('recipient-role.fix'),
            },
          ]
        : [],
    );
  },
};

/** How a finding names a recipient: its own name, else its service or category id, else its place in the list. */
const recipientNamed = ({ answer: r, name }: RecipientModel, i: number): string =>
  typeof name === 'string' ? name : (r.service ?? r.category ?? String(i + 1));

export const jointArrangement: Rule = {
  id: 'joint-arrangement',
  severity: 'error',
  article: 'Art. 26(2) GDPR',
  run({ recipients }) {
    return recipients.flatMap((recipient, i): Hit[] =>
      recipient.answer.role === 'joint-controller' && recipient.answer.arrangement === undefined
        ? [
            {
              path: ['recipients', i, 'arrangement'],
              message: msg('joint-arrangement', { recipient: recipientNamed(recipient, i) }),
              fix: msg('joint-arrangement.fix'),
            },
          ]
        : [],
    );
  },
};

/**
 * A catalog arrangement covers the processing of certain situations (its `presets`): Meta's Page
 * Insights, the visitors of the business's pages. A notice that names the arrangement and
 * describes none of them tells people of a joint controllership for a processing it never sets
 * out; one whose recipient names no activities makes it the joint controller of every situation.
 * A recipient tied to activities of the user's own choosing is left alone.
 */
export const jointArrangementActivity: Rule = {
  id: 'joint-arrangement-activity',
  severity: 'warning',
  article: 'Art. 13(1)(c) and 26(2) GDPR',
  run({ recipients, activities, catalogs: c }) {
    return recipients.flatMap((recipient, i): Hit[] => {
      const { answer: r } = recipient;
      if (r.role !== 'joint-controller' || typeof r.arrangement !== 'string' || r.activities !== undefined) return [];
      const arrangement = c['joint-arrangements'][r.arrangement];
      const presets = arrangement?.presets ?? [];
      if (presets.length === 0) return [];
      const covered = activities.filter((act) => act.preset !== undefined && presets.includes(act.preset.id)).map((act) => act.answer.id);
      const named = { recipient: recipientNamed(recipient, i), id: r.arrangement, arrangement: { text: arrangement!.label } };
      if (covered.length > 0)
        return [
          {
            path: ['recipients', i],
            message: msg('joint-arrangement-activity.all', named),
            fix: msg('joint-arrangement-activity.all.fix', { ids: covered.join(', ') }),
          },
        ];
      const preset = presets[0]!;
      return [
        {
          path: ['recipients', i, 'arrangement'],
          message: msg('joint-arrangement-activity', named),
          fix: msg('joint-arrangement-activity.fix', { preset, label: { text: c['activity-presets'][preset]!.label } }),
        },
      ];
    });
  },
};

/**
 * The other way round: a situation from a preset that always comes with a joint controller
 * (`withEvery`: the visitors of a Facebook or Instagram page, and Meta) needs a recipient that
 * names that arrangement and covers the situation (its activities, or none: all of them).
 */
export const jointControllerNamed: Rule = {
  id: 'joint-controller-named',
  severity: 'warning',
  article: 'Art. 13(1)(e) and 26(2) GDPR',
  run({ activities, recipients, catalogs: c }) {
    return activities.flatMap((act, i): Hit[] => {
      if (act.preset === undefined) return [];
      const presetId = act.preset.id;
      return Object.entries(c['joint-arrangements']).flatMap(([id, arrangement]): Hit[] => {
        if (!arrangement.withEvery || !arrangement.presets?.includes(presetId)) return [];
        const named = recipients.some((r) => r.answer.role === 'joint-controller' && r.answer.arrangement === id && serves(r, act));
        if (named) return [];
        return [
          {
            path: ['activities', i, 'preset'],
            message: msg('joint-controller-named', { activity: act.answer.id, arrangement: { text: arrangement.label } }),
            fix: msg('joint-controller-named.fix', { id, activity: act.answer.id }),
          },
        ];
      });
    });
  },
};
