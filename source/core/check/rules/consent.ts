/**
 * Where consent is the only basis the law allows: tracking on a visitor's device (art. 10/2 of
 * the Belgian Law of 30 July 2018, Art. 5(3) ePrivacy Directive) and e-mail marketing (art.
 * XII.13 Code of Economic Law). Each finding sits on the activity or recipient concerned: consent
 * given somewhere else in the file does not cover it.
 */
import type { ActivityModel, Model } from '../../model/resolve.js';
import { localize } from '../../model/text.js';
import { msg } from '../messages.js';
import type { Hit, Rule } from '../types.js';

const restsOnConsent = (act: ActivityModel): boolean => act.purposes.some((p) => p.basis.id === 'consent');

/** The activities a recipient serves: those it names, else every activity (a recipient without `activities` serves all). */
function servedActivities(m: Model, recipient: Model['recipients'][number]): { index: number; at: (string | number)[] }[] {
  const named = recipient.answer.activities;
  if (named === undefined) return m.activities.map((_, index) => ({ index, at: [] }));
  return named.flatMap((id, j) => {
    const index = m.answers.activities.findIndex((act) => act.id === id);
    return index < 0 ? [] : [{ index, at: ['activities', j] }];
  });
}

export const trackingConsent: Rule = {
  id: 'tracking-consent',
  severity: 'error',
  article: 'Art. 5(3) Directive 2002/58/EC (Belgium: art. 10/2 Law of 30 July 2018); Art. 6(1)(a) GDPR',
  run(m) {
    const needConsent = m.cookieCategories.filter(({ entry }) => entry.consentRequired);
    const hits: Hit[] = [];

    // Cookies that need consent, serving a purpose that an activity bases on something else.
    for (const [i, act] of m.activities.entries()) {
      for (const [j, p] of act.purposes.entries()) {
        if (p.basis.id === 'consent' || p.purpose.id === undefined) continue;
        const cookies = needConsent.filter(({ entry }) => entry.purposes?.includes(p.purpose.id!));
        if (cookies.length === 0) continue;
        hits.push({
          path: ['activities', i, 'purposes', j, 'basis'],
          message: msg('tracking-consent.purpose', {
            activity: act.answer.id,
            purpose: { text: p.purpose.label },
            basis: { text: p.basis.entry.label },
            categories: { and: cookies.map(({ entry }) => ({ text: entry.label })) },
          }),
          fix: msg('tracking-consent.purpose.fix'),
        });
      }
    }

    // A service that always sets tracking cookies, in an activity without consent.
    for (const [i, r] of m.recipients.entries()) {
      if (!r.processor?.entry.trackingCookies) continue;
      const without = servedActivities(m, r).filter(({ index }) => !restsOnConsent(m.activities[index]!));
      if (r.answer.activities === undefined) {
        if (without.length === 0) continue;
        hits.push({
          path: ['recipients', i, 'service'],
          message: msg('tracking-consent.service-all', {
            service: r.processor.entry.name,
            activities: { and: without.map(({ index }) => m.answers.activities[index]!.id) },
          }),
          fix: msg('tracking-consent.service-all.fix'),
        });
        continue;
      }
      for (const { index, at } of without) {
        hits.push({
          path: ['recipients', i, ...at],
          message: msg('tracking-consent.service', { service: r.processor.entry.name, activity: m.answers.activities[index]!.id }),
          fix: msg('tracking-consent.service.fix'),
        });
      }
    }

    // Cookies that need consent, and no activity on consent that processes what they collect
    // (cookie identifiers, or a purpose the cookies serve): said once, where nothing above was.
    const purposesServed = new Set(needConsent.flatMap(({ entry }) => entry.purposes ?? []));
    const covered = m.activities.some(
      (act) =>
        restsOnConsent(act) &&
        (act.dataCategories.some((d) => d.id === 'cookie-identifiers') || act.purposes.some((p) => purposesServed.has(p.purpose.id ?? ''))),
    );
    if (needConsent.length > 0 && !covered && hits.length === 0) {
      hits.push({
        path: ['cookies', 'categories'],
        message: msg('tracking-consent.cookies', { categories: { and: needConsent.map(({ id }) => id) } }),
        fix: msg('tracking-consent.cookies.fix'),
      });
    }
    return hits;
  },
};

export const employmentExplicitConsent: Rule = {
  id: 'employment-explicit-consent',
  severity: 'warning',
  article: 'Art. 7(4) and 9(2) GDPR; EDPB Guidelines 05/2020 §21–24',
  run({ activities }) {
    return activities.flatMap((act, i) => {
      const staff = act.dataSubjects.flatMap((s) => (s.entry?.employment ? [s.id] : []));
      if (staff.length === 0) return [];
      return act.specialCategories.flatMap(({ category, condition }, j): Hit[] =>
        condition.id !== 'explicit-consent'
          ? []
          : [
              {
                path: ['activities', i, 'specialCategories', j, 'condition'],
                message: msg('employment-explicit-consent', {
                  activity: act.answer.id,
                  category: category.id ?? localize(category.label, 'en'),
                  subjects: { and: staff },
                }),
                fix: msg('employment-explicit-consent.fix'),
              },
            ],
      );
    });
  },
};

export const marketingChannel: Rule = {
  id: 'marketing-channel',
  severity: 'warning',
  article: 'Art. 13 Directive 2002/58/EC (Belgium: art. XII.13 Code of Economic Law); Art. 21(2) GDPR',
  run({ activities }) {
    return activities.flatMap((act, i) =>
      act.purposes.flatMap((p, j): Hit[] =>
        p.directMarketing && (p.answer.channels ?? []).length === 0
          ? [
              {
                path: ['activities', i, 'purposes', j, 'channels'],
                message: msg('marketing-channel', { activity: act.answer.id, purpose: { text: p.purpose.label } }),
                fix: msg('marketing-channel.fix'),
              },
            ]
          : [],
      ),
    );
  },
};

export const emailMarketingConsent: Rule = {
  id: 'email-marketing-consent',
  severity: 'error',
  article: 'Art. 13(1) and (2) Directive 2002/58/EC (Belgium: art. XII.13 Code of Economic Law, Royal Decree of 4 April 2003)',
  run({ activities, catalogs: c }) {
    return activities.flatMap((act, i) =>
      act.purposes.flatMap((p, j): Hit[] => {
        if (!p.directMarketing || p.basis.id === 'consent' || p.purpose.entry?.existingCustomers) return [];
        return (p.answer.channels ?? []).flatMap((channel, k): Hit[] =>
          c['marketing-channels'][channel]?.consentUnlessCustomer
            ? [
                {
                  path: ['activities', i, 'purposes', j, 'channels', k],
                  message: msg('email-marketing-consent', {
                    activity: act.answer.id,
                    purpose: { text: p.purpose.label },
                    basis: { text: p.basis.entry.label },
                  }),
                  fix: msg('email-marketing-consent.fix'),
                },
              ]
            : [],
        );
      }),
    );
  },
};
