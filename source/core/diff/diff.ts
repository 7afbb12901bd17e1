/**
 * Two resolved models → what changed for the people concerned (README, "What changed"). Pure:
 * both versions have passed the pipeline's gate (core/pipeline.ts), so every fact the notice
 * needs is there. Items are paired by what they are — an activity by its id, a purpose or a data
 * category by its catalog id (or the user's own words), a recipient by its service, name or
 * category — so reordering a list changes nothing. Texts that differ per language (a retention
 * period as the notice words it) are made for `languages`, the languages the diff is read in.
 */
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import { activityChanges } from './activities.js';
import { contactChanges, rightsAndComplaintChanges } from './contacts.js';
import { recipientChanges } from './recipients.js';
import type { Change, ChangesSince } from './types.js';

export type { Change, ChangeKind, ChangesSince } from './types.js';
export { CHANGE_KINDS } from './types.js';

/** Who is responsible, what is processed, who receives it, then the rights and the authority: the notice's order. */
export function diffModels(old: Model, now: Model, languages: readonly Language[]): Change[] {
  const changes = [
    ...contactChanges(old, now, languages),
    ...activityChanges(old, now, languages),
    ...recipientChanges(old, now),
    ...rightsAndComplaintChanges(old, now, languages),
  ];
  // Two items with one identity (two recipients of one name): the second id gets a number.
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const n = (seen.get(change.id) ?? 0) + 1;
    seen.set(change.id, n);
    return n === 1 ? change : { ...change, id: `${change.id}#${n}` };
  });
}

/** The model of a new version with what it changes since `old`, for the notice's "What this version changes". */
export function withChangesSince(now: Model, old: Model, languages: readonly Language[]): Model {
  const changesSince: ChangesSince = { effectiveDate: old.answers.effectiveDate, changes: diffModels(old, now, languages) };
  return { ...now, changesSince };
}
