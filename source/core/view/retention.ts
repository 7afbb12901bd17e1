/** Retention rules (already merged with their presets by the model) as sentences and table rows. */
import type { Language } from '../languages.js';
import type { ActivityModel, Model, RetentionModel } from '../model/resolve.js';
import { localize } from '../model/text.js';
import { capitalize, formatPeriod, joinList } from './format.js';
import { required } from './text.js';

export interface RetentionRow {
  activity: string;
  data: string;
  period: string;
  reason: string;
}

export const activityName = (activity: ActivityModel, lang: Language): string =>
  localize(required(activity.name, `activity '${activity.answer.id}' without name or preset`, 'activity-name'), lang);

/**
 * "10 years from the end of the financial year", "until you unsubscribe"; with a follow-up, the
 * clause after it: "12 months after … or, if a contract follows, until the end of the contract".
 */
export function retentionPeriod(rule: RetentionModel, lang: Language): string {
  const followUp = rule.followUp ? ` ${localize(rule.followUp.entry.label, lang)}` : '';
  return `${retentionSpan(rule, lang)}${followUp}`;
}

function retentionSpan(rule: RetentionModel, lang: Language): string {
  const { span } = rule;
  if (span.kind === 'after') return `${formatPeriod(span.period, lang)} ${localize(span.event, lang)}`;
  if (span.kind === 'until') return localize(span.event, lang);
  if (span.missing === 'from')
    throw new Error(
      'internal error: retention rule without an event reached rendering (check rule retention-event should have refused it)',
    );
  throw new Error(
    'internal error: retention rule with its own event and no period reached rendering (check rule retention-event should have refused it)',
  );
}

export function retentionReason(rule: RetentionModel, lang: Language): string {
  return localize(required(rule.reason, 'retention rule without a reason', 'retention-reason').label, lang);
}

/** "Contact details and messages": the data a rule covers, as one phrase. */
export const retentionData = (rule: RetentionModel, lang: Language): string =>
  capitalize(
    joinList(
      rule.covers.map((label) => localize(label, lang)),
      lang,
    ),
    lang,
  );

/** One line per rule under an activity: which data, how long. */
export const retentionLines = (activity: ActivityModel, lang: Language): { data: string; period: string }[] =>
  activity.retention.map((rule) => ({ data: retentionData(rule, lang), period: retentionPeriod(rule, lang) }));

export function retentionRows(model: Model, lang: Language): RetentionRow[] {
  return model.activities.flatMap((activity) =>
    activity.retention.map((rule) => ({
      activity: activityName(activity, lang),
      data: retentionData(rule, lang),
      period: capitalize(retentionPeriod(rule, lang), lang),
      reason: capitalize(retentionReason(rule, lang), lang),
    })),
  );
}
