/** Retention: a period with the event it runs from and a reason, never vague, never below a legal minimum. */
import type { PathSegment } from '../../answers/problems.js';
import type { Period } from '../../catalogs/schema.js';
import type { ActivityModel, RetentionModel } from '../../model/resolve.js';
import { findPhrase, VAGUE_RETENTION } from '../text.js';
import type { Hit, Rule } from '../types.js';

const DAYS: Record<keyof Period, number> = { years: 365.25, months: 30.4375, weeks: 7, days: 1 };
const inDays = (p: Period): number =>
  Object.entries(p).reduce((sum, [unit, n]) => sum + (n ?? 0) * DAYS[unit as keyof Period], 0);
export const describePeriod = (p: Period): string =>
  Object.entries(p)
    .map(([unit, n]) => `${n} ${n === 1 ? unit.slice(0, -1) : unit}`)
    .join(' ');

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
        return [{ path: [...at, 'from'], message: 'the retention period does not say what it runs from', fix: 'add from: an event such as contract-end or enquiry-closed (or use a preset)' }];
      }
      if (span.kind === 'lacks' && span.missing === 'period') {
        return [{ path: [...at, 'period'], message: 'a retention period that runs from your own event needs a duration', fix: 'add period, such as {months: 6}' }];
      }
      return [];
    });
  },
};

export const retentionReason: Rule = {
  id: 'retention-reason',
  severity: 'error',
  article: 'Art. 13(2)(a) GDPR',
  run({ activities }) {
    return eachRule(activities, (rule, at): Hit[] =>
      rule.reason === undefined
        ? [{ path: [...at, 'reason'], message: 'the retention period gives no reason', fix: 'name the legal provision (such as be-tax-records) or the interest (such as legal-claims) that justifies it' }]
        : [],
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
            message: `'${phrase}' is no retention period: it tells people nothing about how long their data are kept`,
            fix: 'give a duration, the event it runs from and the reason, such as period: {years: 2}, from: last-contact',
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
          message: `${period ? describePeriod(period) : 'keeping the data only until the event'} is shorter than the ${describePeriod(law.minimum)} that ${reason as string} requires`,
          fix: `keep these data for at least ${describePeriod(law.minimum)}`,
        },
      ];
    });
    const missing = activities.flatMap(({ answer: act, retention: rules }, i) =>
      Object.entries(reasons).flatMap(([id, law]): Hit[] => {
        if (!law.minimum || law.country !== a.controller.address.country) return [];
        const purpose = act.purposes.find((p) => p.basis === 'legal-obligation' && typeof p.purpose === 'string' && law.purposes?.includes(p.purpose));
        if (!purpose || rules.some((r) => r.reason?.id === id || long(r.period, law.minimum!))) return [];
        const preset = Object.keys(c['retention-presets']).find((key) => c['retention-presets'][key]!.reason === id);
        return [
          {
            path: ['activities', i, 'retention'],
            message: `'${act.id}' keeps data for ${purpose.purpose as string} under a legal obligation, but no retention period reaches the ${describePeriod(law.minimum)} that ${id} requires`,
            fix: preset ? `add a retention rule with preset: ${preset}` : `add a retention period of at least ${describePeriod(law.minimum)}`,
          },
        ];
      }),
    );
    return [...tooShort, ...missing];
  },
};
