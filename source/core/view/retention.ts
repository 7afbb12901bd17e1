import type { Answers, RetentionRule } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { capitalize, formatPeriod, joinList } from './format.js';
import { labelOf, localize } from './localize.js';

export interface RetentionRow {
  activity: string;
  data: string;
  period: string;
  reason: string;
}

export function activityName(activity: Answers['activities'][number], c: CatalogFiles, lang: Language): string {
  if (activity.name) return localize(activity.name, lang);
  const preset = activity.preset ? c['activity-presets'][activity.preset] : undefined;
  if (!preset) throw new Error(`internal error: activity '${activity.id}' has neither name nor preset`);
  return localize(preset.label, lang);
}

/** "10 years from the end of the financial year", "until you unsubscribe". */
export function retentionPeriod(rule: RetentionRule, c: CatalogFiles, lang: Language): string {
  const preset = rule.preset ? c['retention-presets'][rule.preset] : undefined;
  const period = rule.period ?? (rule.from === undefined ? preset?.period : undefined);
  const from = rule.from ?? preset?.from;
  if (from === undefined) throw new Error('internal error: retention rule without an event reached rendering');
  if (typeof from !== 'string') return `${formatPeriod(period!, lang)} ${localize(from, lang)}`;
  const event = c['retention-events'][from];
  if (!event) throw new Error(`internal error: unknown retention event '${from}'`);
  return period ? `${formatPeriod(period, lang)} ${localize(event.after, lang)}` : localize(event.until, lang);
}

export function retentionReason(rule: RetentionRule, c: CatalogFiles, lang: Language): string {
  const reason = rule.reason ?? (rule.preset ? c['retention-presets'][rule.preset]?.reason : undefined);
  if (reason === undefined) throw new Error('internal error: retention rule without a reason reached rendering');
  return labelOf(c['retention-reasons'], reason, lang);
}

export function retentionRows(a: Answers, c: CatalogFiles, lang: Language): RetentionRow[] {
  return a.activities.flatMap((activity) =>
    activity.retention.map((rule) => ({
      activity: activityName(activity, c, lang),
      data: capitalize(
        joinList((rule.data ?? activity.dataCategories).map((ref) => labelOf(c['data-categories'], ref, lang)), lang),
        lang,
      ),
      period: capitalize(retentionPeriod(rule, c, lang), lang),
      reason: capitalize(retentionReason(rule, c, lang), lang),
    })),
  );
}
