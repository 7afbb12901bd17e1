/** Retention: a period with the event it runs from and a reason, never vague, never below a legal minimum. */
import type { PathSegment } from '../../answers/problems.js';
import type { Duration, Period } from '../../catalogs/schema.js';
import { serves } from '../../model/recipients.js';
import type { ActivityModel, RetentionModel } from '../../model/resolve.js';
import { msg } from '../messages.js';
import { findPhrase, VAGUE_RETENTION } from '../text.js';
import type { Hit, Rule } from '../types.js';

/** Days per unit of a period or of a cookie's lifetime (hours and minutes as fractions of a day). */
const DAYS: Record<keyof Duration, number> = { years: 365.25, months: 30.4375, weeks: 7, days: 1, hours: 1 / 24, minutes: 1 / 1440 };
const inDays = (d: Duration): number => Object.entries(d).reduce((sum, [unit, n]) => sum + (n ?? 0) * DAYS[unit as keyof Duration], 0);

/** The data category of cookie identifiers (data-categories.yaml). */
const COOKIE_IDENTIFIERS = 'cookie-identifiers';

/** Each retention rule of each activity (merged with its preset by the model), with its path. */
const eachRule = <T>(activities: ActivityModel[], fn: (rule: RetentionModel, at: PathSegment[]) => T[]): T[] =>
  activities.flatMap((act, i) => act.retention.flatMap((rule, j) => fn(rule, ['activities', i, 'retention', j])));

export const retentionEvent: Rule = {
  id: 'retention-event',
  severity: 'error',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities }) {
    return eachRule(activities, ({ span }, at): Hit[] => {
      if (span.kind === 'lacks' && span.missing === 'from') {
        return [{ path: [...at, 'from'], message: msg('retention-event.from'), fix: msg('retention-event.from.fix') }];
      }
      if (span.kind === 'lacks' && span.missing === 'period') {
        return [{ path: [...at, 'period'], message: msg('retention-event.period'), fix: msg('retention-event.period.fix') }];
      }
      return [];
    });
  },
};

/**
 * Every datum has a period (Art. 13(2)(a)), and every period is for some datum: a preset that
 * keeps only some data (accounting-10y: the invoice's) may keep none of an activity's, or leave
 * some of them without a period. A rule its reason limits to something else (the proof of a
 * consent) keeps none of the activity's data by design.
 */
export const retentionData: Rule = {
  id: 'retention-data',
  severity: 'error',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities, catalogs: c }) {
    return activities.flatMap((act, i): Hit[] => {
      const own = act.retention.filter((rule) => rule.answer.data !== undefined || rule.reason?.entry?.covers === undefined);
      const empty = act.retention.flatMap((rule, j): Hit[] =>
        own.includes(rule) && rule.data.length === 0 && rule.preset?.entry.keeps
          ? [
              {
                path: ['activities', i, 'retention', j, 'preset'],
                message: msg('retention-data.none', {
                  preset: { text: rule.preset.entry.label },
                  kept: { and: rule.preset.entry.keeps.map((id) => ({ text: c['data-categories'][id]!.label })) },
                }),
                fix: msg('retention-data.none.fix'),
              },
            ]
          : [],
      );
      const kept = new Set(own.flatMap((rule) => rule.data.map((ref) => JSON.stringify(ref.label))));
      const without = act.dataCategories.filter((ref) => !kept.has(JSON.stringify(ref.label)));
      const uncovered: Hit[] =
        act.retention.length > 0 && without.length > 0
          ? [
              {
                path: ['activities', i, 'retention'],
                message: msg('retention-data.uncovered', { data: { and: without.map((ref) => ({ text: ref.label })) } }),
                fix: msg('retention-data.uncovered.fix'),
              },
            ]
          : [];
      return [...empty, ...uncovered];
    });
  },
};

export const retentionReason: Rule = {
  id: 'retention-reason',
  severity: 'error',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities }) {
    return eachRule(activities, (rule, at): Hit[] =>
      rule.reason === undefined ? [{ path: [...at, 'reason'], message: msg('retention-reason'), fix: msg('retention-reason.fix') }] : [],
    );
  },
};

export const retentionVague: Rule = {
  id: 'retention-vague',
  severity: 'error',
  article: 'Art. 5(1)(e) and 13(2)(a) GDPR',
  run({ activities }) {
    return eachRule(activities, ({ answer: rule }, at) =>
      (['from', 'reason'] as const).flatMap((field): Hit[] => {
        const value = rule[field];
        const phrase = typeof value === 'object' ? findPhrase(value, VAGUE_RETENTION) : undefined;
        if (!phrase) return [];
        return [
          {
            path: [...at, field],
            message: msg('retention-vague', { phrase }),
            fix: msg('retention-vague.fix'),
          },
        ];
      }),
    );
  },
};

export const retentionLegalMinimum: Rule = {
  id: 'retention-legal-minimum',
  severity: 'error',
  article: 'Art. 13(2)(a) GDPR, with the national law it names',
  run({ answers: a, catalogs: c, activities }) {
    const reasons = c['retention-reasons'];
    const long = (period: Period | undefined, minimum: Period) => period !== undefined && inDays(period) >= inDays(minimum) - 0.5;
    const tooShort = eachRule(activities, ({ answer: rule, period, reason: resolved }, at): Hit[] => {
      const reason = resolved?.id;
      const law = resolved?.entry;
      if (!law?.minimum || long(period, law.minimum)) return [];
      return [
        {
          path: rule.period ? [...at, 'period'] : rule.preset ? [...at, 'preset'] : at,
          message: msg('retention-legal-minimum.too-short', {
            kept: period ? { period } : msg('retention-legal-minimum.until-event'),
            minimum: { period: law.minimum },
            reason: reason as string,
          }),
          fix: msg('retention-legal-minimum.too-short.fix', { minimum: { period: law.minimum } }),
        },
      ];
    });
    const missing = activities.flatMap(({ answer: act, retention: rules }, i) =>
      Object.entries(reasons).flatMap(([id, law]): Hit[] => {
        if (!law.minimum || law.country !== a.controller.address.country) return [];
        const purpose = act.purposes.find(
          (p) => p.basis === 'legal-obligation' && typeof p.purpose === 'string' && law.purposes?.includes(p.purpose),
        );
        if (!purpose || rules.some((r) => r.reason?.id === id || long(r.period, law.minimum!))) return [];
        const preset = Object.keys(c['retention-presets']).find((key) => c['retention-presets'][key]!.reason === id);
        return [
          {
            path: ['activities', i, 'retention'],
            message: msg('retention-legal-minimum.missing', {
              activity: act.id,
              purpose: { text: c.purposes[purpose.purpose as string]!.label },
              minimum: { period: law.minimum },
              reason: id,
            }),
            fix: preset
              ? msg('retention-legal-minimum.missing.preset', { preset })
              : msg('retention-legal-minimum.missing.period', { minimum: { period: law.minimum } }),
          },
        ];
      }),
    );
    return [...tooShort, ...missing];
  },
};

export const retentionFollowUp: Rule = {
  id: 'retention-follow-up',
  severity: 'warning',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities }) {
    return eachRule(activities, ({ answer: rule, from, followUp }, at): Hit[] =>
      followUp && from?.id === followUp.entry.event
        ? [
            {
              path: rule.followUp ? [...at, 'followUp'] : [...at, 'preset'],
              message: msg('retention-follow-up', { followUp: followUp.id, event: followUp.entry.event }),
              fix: msg('retention-follow-up.fix'),
            },
          ]
        : [],
    );
  },
};

/**
 * An activity keeps cookie identifiers for a period, and a cookie of a service that serves it
 * stays on the visitor's device longer (Google Analytics' _ga, 2 years, beside the 13 months of
 * analytics-13m): the notice and the cookie declaration then give two periods for the same
 * identifier. The tool cannot know a lifetime shortened in the service's settings: a warning,
 * silent once the rule gives a reason of its own.
 */
export const retentionCookieLifetime: Rule = {
  id: 'retention-cookie-lifetime',
  severity: 'warning',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities, cookies }) {
    return activities.flatMap((act, i) =>
      act.retention.flatMap((rule, j): Hit[] => {
        // A reason of the user's own may say why (a lifetime shortened in the service's settings).
        if (rule.period === undefined || rule.answer.reason !== undefined) return [];
        if (!rule.data.some((data) => data.id === COOKIE_IDENTIFIERS)) return [];
        const longer = cookies.services
          .filter(({ recipient }) => serves(recipient, act))
          .flatMap(({ recipient, catalog }) =>
            (catalog?.entry.cookies ?? []).flatMap(({ name, lifetime }) =>
              lifetime !== 'session' && inDays(lifetime) > inDays(rule.period!) + 0.5
                ? [{ name, lifetime, provider: recipient.name ?? recipient.processor?.entry.name ?? '' }]
                : [],
            ),
          );
        const [first] = longer;
        if (!first) return [];
        return [
          {
            path: ['activities', i, 'retention', j, rule.answer.period ? 'period' : 'preset'],
            message: msg('retention-cookie-lifetime', {
              cookie: first.name,
              provider: { text: first.provider },
              lifetime: { period: first.lifetime },
              period: { period: rule.period },
            }),
            fix: msg('retention-cookie-lifetime.fix', { lifetime: { period: first.lifetime } }),
          },
        ];
      }),
    );
  },
};
