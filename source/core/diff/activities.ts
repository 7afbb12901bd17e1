/** What changed in the activities: added or removed, and in each kept one its purposes, legal bases, data and retention. */
import { msg } from '../check/messages.js';
import type { Language } from '../languages.js';
import type { ActivityModel, Model, RetentionModel } from '../model/resolve.js';
import { localize } from '../model/text.js';
import { joinList } from '../view/format.js';
import { retentionPeriod } from '../view/retention.js';
import { required } from '../view/text.js';
import { inLanguages, pairUp, refKey, refSubject } from './match.js';
import type { Change } from './types.js';

const nameOf = (act: ActivityModel) => ({
  text: required(act.name, `activity '${act.answer.id}' without name or preset`, 'activity-name'),
});

/**
 * Data collected for one purpose and used for another: the person is told before (Art. 13(3));
 * data from elsewhere likewise (Art. 14(4)); an activity with both kinds of source, both.
 */
export const informArticle = (act: ActivityModel): string =>
  act.sources.length === 0 ? 'Art. 13(3) GDPR' : act.fromThePerson ? 'Art. 13(3) and 14(4) GDPR' : 'Art. 14(4) GDPR';

/** The articles diff's notes cite: the build refuses one without its entry in questions/citations.yaml. */
export const DIFF_ARTICLES = ['Art. 13(3) GDPR', 'Art. 14(4) GDPR', 'Art. 13(3) and 14(4) GDPR'];

/** One activity in both versions: each with its index in its own file, and its name as the new version gives it. */
interface KeptActivity {
  old: ActivityModel;
  oldIndex: number;
  new: ActivityModel;
  newIndex: number;
  activity: ReturnType<typeof nameOf>;
}

function purposeChanges({ old, oldIndex, new: now, newIndex: i, activity }: KeptActivity): Change[] {
  const id = now.answer.id;
  const { both, added, removed } = pairUp(old.purposes, now.purposes, (p) => refKey(p.purpose));
  return [
    ...added.map(
      ({ item: p, index }): Change => ({
        kind: 'purpose-added',
        id: `purpose-added:${id}/${refSubject(p.purpose)}`,
        file: 'new',
        path: ['activities', i, 'purposes', index],
        message: msg('diff.purpose-added', {
          activity,
          purpose: { text: p.purpose.label },
          basis: { text: p.basis.entry.label },
          article: { text: p.basis.entry.article },
        }),
        note: msg('diff.note.purpose-added', { article: { article: informArticle(now) } }),
      }),
    ),
    ...removed.map(
      ({ item: p, index }): Change => ({
        kind: 'purpose-removed',
        id: `purpose-removed:${id}/${refSubject(p.purpose)}`,
        file: 'old',
        path: ['activities', oldIndex, 'purposes', index],
        message: msg('diff.purpose-removed', { activity, purpose: { text: p.purpose.label } }),
      }),
    ),
    ...both
      .filter((pair) => pair.old.basis.id !== pair.new.basis.id)
      .map(
        (pair): Change => ({
          kind: 'basis-changed',
          id: `basis-changed:${id}/${refSubject(pair.new.purpose)}`,
          file: 'new',
          path: ['activities', i, 'purposes', pair.newIndex, 'basis'],
          message: msg('diff.basis-changed', {
            activity,
            purpose: { text: pair.new.purpose.label },
            new: { text: pair.new.basis.entry.label },
            newArticle: { text: pair.new.basis.entry.article },
            old: { text: pair.old.basis.entry.label },
            oldArticle: { text: pair.old.basis.entry.article },
          }),
        }),
      ),
  ];
}

/** An activity's data: its categories and its special categories, each once, with where it is written. */
function dataOf(act: ActivityModel) {
  const seen = new Map<string, { ref: ActivityModel['dataCategories'][number]; path: (string | number)[]; special: boolean }>();
  act.dataCategories.forEach((ref, j) => {
    seen.set(refKey(ref), { ref, path: ['dataCategories', j], special: ref.entry?.special ?? false });
  });
  act.specialCategories.forEach(({ category }, j) => {
    const known = seen.get(refKey(category));
    if (known) known.special = true;
    else seen.set(refKey(category), { ref: category, path: ['specialCategories', j, 'category'], special: true });
  });
  return [...seen.entries()].map(([key, item]) => ({ key, ...item }));
}

function dataChanges({ old, oldIndex, new: now, newIndex: i, activity }: KeptActivity): Change[] {
  const { added, removed } = pairUp(dataOf(old), dataOf(now), (d) => d.key);
  return [
    ...added.map(
      ({ item: d }): Change => ({
        kind: 'data-added',
        id: `data-added:${now.answer.id}/${refSubject(d.ref)}`,
        file: 'new',
        path: ['activities', i, ...d.path],
        message: msg(d.special ? 'diff.data-added.special' : 'diff.data-added', { activity, data: { text: d.ref.label } }),
      }),
    ),
    ...removed.map(
      ({ item: d }): Change => ({
        kind: 'data-removed',
        id: `data-removed:${now.answer.id}/${refSubject(d.ref)}`,
        file: 'old',
        path: ['activities', oldIndex, ...d.path],
        message: msg('diff.data-removed', { activity, data: { text: d.ref.label } }),
      }),
    ),
  ];
}

/**
 * Which data a retention rule is for: those it names, else all of its activity's (so adding a
 * category to the activity does not make its rule another one), or what its reason covers.
 */
function scopeOf(rule: RetentionModel): string {
  if (rule.answer.data !== undefined) return rule.data.map(refKey).sort().join(',');
  return rule.reason?.entry?.covers === undefined ? '(all)' : `(covers:${refKey(rule.reason)})`;
}

const scopeSubject = (rule: RetentionModel): string =>
  rule.answer.data !== undefined
    ? rule.data.map(refSubject).sort().join('+')
    : rule.reason?.entry?.covers
      ? `covers-${rule.reason.id}`
      : 'all';

function retentionChanges({ old, oldIndex, new: now, newIndex: i, activity }: KeptActivity, languages: readonly Language[]): Change[] {
  const data = (rule: RetentionModel) =>
    inLanguages(languages, (lang) =>
      joinList(
        rule.covers.map((label) => localize(label, lang)),
        lang,
      ),
    );
  const period = (rule: RetentionModel) => inLanguages(languages, (lang) => retentionPeriod(rule, lang));
  const { both, added, removed } = pairUp(old.retention, now.retention, scopeOf);
  const id = now.answer.id;
  return [
    ...both
      .filter((pair) => JSON.stringify(pair.old.span) !== JSON.stringify(pair.new.span))
      .map(
        (pair): Change => ({
          kind: 'retention-changed',
          id: `retention-changed:${id}/${scopeSubject(pair.new)}`,
          file: 'new',
          path: ['activities', i, 'retention', pair.newIndex],
          message: msg('diff.retention-changed', { activity, data: data(pair.new), new: period(pair.new), old: period(pair.old) }),
        }),
      ),
    ...added.map(
      ({ item, index }): Change => ({
        kind: 'retention-added',
        id: `retention-added:${id}/${scopeSubject(item)}`,
        file: 'new',
        path: ['activities', i, 'retention', index],
        message: msg('diff.retention-added', { activity, data: data(item), new: period(item) }),
      }),
    ),
    ...removed.map(
      ({ item, index }): Change => ({
        kind: 'retention-removed',
        id: `retention-removed:${id}/${scopeSubject(item)}`,
        file: 'old',
        path: ['activities', oldIndex, 'retention', index],
        message: msg('diff.retention-removed', { activity, data: data(item), old: period(item) }),
      }),
    ),
  ];
}

/** Activities are the same activity when they have the same id. */
export function activityChanges(old: Model, now: Model, languages: readonly Language[]): Change[] {
  const { both, added, removed } = pairUp(old.activities, now.activities, (act) => act.answer.id);
  const purposes = (act: ActivityModel) =>
    inLanguages(languages, (lang) =>
      joinList(
        act.purposes.map((p) => localize(p.purpose.label, lang)),
        lang,
      ),
    );
  return [
    ...added.map(
      ({ item: act, index }): Change => ({
        kind: 'activity-added',
        id: `activity-added:${act.answer.id}`,
        file: 'new',
        path: ['activities', index],
        message: msg('diff.activity-added', { activity: nameOf(act), purposes: purposes(act) }),
      }),
    ),
    ...removed.map(
      ({ item: act, index }): Change => ({
        kind: 'activity-removed',
        id: `activity-removed:${act.answer.id}`,
        file: 'old',
        path: ['activities', index],
        message: msg('diff.activity-removed', { activity: nameOf(act) }),
      }),
    ),
    ...both.flatMap((pair) => {
      const kept = { ...pair, activity: nameOf(pair.new) };
      return [...purposeChanges(kept), ...dataChanges(kept), ...retentionChanges(kept, languages)];
    }),
  ];
}
