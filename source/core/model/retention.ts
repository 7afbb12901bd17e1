/**
 * Retention rules with their preset merged, by one rule (README, "A retention rule"):
 *
 *   each field given in the rule (period, from, reason, followUp) overrides the preset's field
 *   of the same name; each field not given comes from the preset. A rule's own `data` override
 *   the data its preset keeps (`keeps`: tax law's invoice data), which in turn narrow the
 *   activity's.
 *
 * So `{preset: accounting-10y, from: {en: "from the invoice date"}}` keeps the preset's ten years
 * and its reason, and counts them from the user's own event. Nothing else merges a preset.
 */
import type { RetentionRule } from '../answers/schema.js';
import type { CatalogFiles, Period } from '../catalogs/schema.js';
import { entryIn, labelledIn, refIn } from './lookup.js';
import type { EntryOf, Labelled, Ref, RetentionModel, RetentionSpan } from './types.js';

export function resolveRetention(
  rule: RetentionRule,
  activityData: Labelled<EntryOf<'data-categories'>>[],
  c: CatalogFiles,
): RetentionModel {
  const preset = rule.preset === undefined ? undefined : entryIn(c['retention-presets'], rule.preset, 'retention preset');
  const period = rule.period ?? preset?.entry.period;
  const fromRef = rule.from ?? preset?.entry.from;
  const reasonRef = rule.reason ?? preset?.entry.reason;
  const followUpId = rule.followUp ?? preset?.entry.followUp;
  const from = fromRef === undefined ? undefined : refIn(c['retention-events'], fromRef, 'retention event');
  const reason = reasonRef === undefined ? undefined : labelledIn(c['retention-reasons'], reasonRef, 'retention reason');
  const keeps = preset?.entry.keeps;
  const data =
    rule.data !== undefined
      ? rule.data.map((ref) => labelledIn(c['data-categories'], ref, 'data category'))
      : keeps === undefined
        ? activityData
        : activityData.filter((ref) => ref.id !== undefined && keeps.includes(ref.id));
  const reasonCovers = rule.data === undefined ? reason?.entry?.covers : undefined;
  return {
    answer: rule,
    preset,
    period,
    from,
    reason,
    data,
    covers: reasonCovers === undefined ? data.map((ref) => ref.label) : [reasonCovers],
    span: spanOf(period, from),
    followUp: followUpId === undefined ? undefined : entryIn(c['retention-follow-ups'], followUpId, 'retention follow-up'),
  };
}

/**
 * Whether two of an activity's rules keep the same data (by the names the notice gives them): a
 * customer file kept a year for the relationship, and 10 years for the tax authorities. Each has
 * its own reason, and the last to end decides how long the data stay (the notice says so).
 */
export function periodsOverlap(rules: readonly RetentionModel[]): boolean {
  const seen = new Set<string>();
  for (const rule of rules) {
    const names = new Set(rule.covers.map((label) => JSON.stringify(label)));
    for (const name of names) if (seen.has(name)) return true;
    for (const name of names) seen.add(name);
  }
  return false;
}

/** A catalog event reads "10 years after …" or "until …"; the user's own event only follows a period. */
function spanOf(period: Period | undefined, from: Ref<EntryOf<'retention-events'>> | undefined): RetentionSpan {
  if (from === undefined) return { kind: 'lacks', missing: 'from' };
  if (period !== undefined) return { kind: 'after', period, event: from.own === undefined ? from.entry.after : from.own };
  if (from.own === undefined) return { kind: 'until', event: from.entry.until };
  return { kind: 'lacks', missing: 'period' };
}
