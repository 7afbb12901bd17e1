/** Recipients: listed, identified, tied to real activities, located where the service really processes data. */
import { outsideEea } from '../../model/countries.js';
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
        message: 'no recipients: the notice will say that you share the data with no one outside your organisation',
        fix: 'list your processors too (hosting, email, accounting, payments): almost every business has some',
      },
    ];
  },
};

export const recipientIdentified: Rule = {
  id: 'recipient-identified',
  severity: 'error',
  article: 'Art. 13(1)(e) GDPR',
  run({ answers: a }) {
    return a.recipients.flatMap((r, i): Hit[] => [
      ...(!r.service && !r.name ? [{ path: ['recipients', i, 'name'], message: 'the recipient has no name', fix: 'name it, or pick a known service' }] : []),
      ...(!r.service && !r.purpose
        ? [{ path: ['recipients', i, 'purpose'], message: 'the recipient has no purpose', fix: 'say what the recipient receives the data for' }]
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
        ids.has(id) ? [] : [{ path: ['recipients', i, 'activities', j], message: `no activity has the id '${id}'`, fix: `use one of ${[...ids].join(', ')}` }],
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
          message: `the catalog lists ${left.join(', ')} among the countries where ${service!.name} processes data, but these answers leave it out`,
          fix: `add ${left.join(', ')} with its safeguard, unless your contract keeps the data in the EEA`,
        },
      ];
    });
  },
};
