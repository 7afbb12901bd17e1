/** Activities with their preset merged: a name, a description and every catalog id looked up. */
import { type Activity, type DataSource, type Prose, sourcesOf } from '../answers/schema.js';
import type { CatalogFiles, CollectionPoint } from '../catalogs/schema.js';
import { entryIn, labelledIn } from './lookup.js';
import { periodsOverlap, resolveRetention } from './retention.js';
import type { Text } from './text.js';
import type { ActivityModel, PurposeModel, SourceModel } from './types.js';

/**
 * What an activity is called: its own name, else its preset's label; undefined with neither.
 * Takes a partial activity, because the wizard names activities of a draft too.
 */
export function activityName(activity: { name?: Prose | undefined; preset?: string | undefined }, c: CatalogFiles): Text | undefined {
  if (activity.name) return activity.name;
  return activity.preset === undefined ? undefined : c['activity-presets'][activity.preset]?.label;
}

function resolvePurpose(p: Activity['purposes'][number], c: CatalogFiles): PurposeModel {
  const purpose = labelledIn(c.purposes, p.purpose, 'purpose');
  return {
    answer: p,
    purpose,
    basis: { id: p.basis, entry: c['legal-bases'][p.basis] },
    interest: p.legitimateInterest ?? purpose.entry?.interest,
    directMarketing: purpose.entry?.directMarketing ?? false,
    monitoring: purpose.entry?.monitoring ?? false,
  };
}

/** Where the data come from (Art. 14), and whether that source is public: as answered, else as the catalog says. */
function resolveSource(source: DataSource, c: CatalogFiles): SourceModel {
  const from = labelledIn(c['data-sources'], source.from, 'data source');
  return {
    from,
    publiclyAccessible: source.publiclyAccessible ?? from.entry?.publiclyAccessible ?? false,
    data: source.data?.map((ref) => labelledIn(c['data-categories'], ref, 'data category')),
  };
}

export function resolveActivity(act: Activity, c: CatalogFiles): ActivityModel {
  const preset = act.preset === undefined ? undefined : entryIn(c['activity-presets'], act.preset, 'activity preset');
  const dataCategories = act.dataCategories.map((ref) => labelledIn(c['data-categories'], ref, 'data category'));
  const dataSubjects = act.dataSubjects.map((ref) => labelledIn(c['data-subjects'], ref, 'data subject category'));
  const sources = sourcesOf(act).map((source) => resolveSource(source, c));
  const retention = act.retention.map((rule) => resolveRetention(rule, dataCategories, c));
  const fromThePerson = sources.length === 0 || act.alsoFromYou === true || sources.some((source) => source.data !== undefined);
  return {
    answer: act,
    preset,
    name: activityName(act, c),
    description: act.description ?? preset?.entry.description,
    dataSubjects,
    dataCategories,
    purposes: act.purposes.map((p) => resolvePurpose(p, c)),
    specialCategories: (act.specialCategories ?? []).map((s) => {
      const category = labelledIn(c['data-categories'], s.category, 'data category');
      return {
        category,
        condition: entryIn(c['special-conditions'], s.condition, 'Art. 9 condition'),
        holds: category.entry?.holdsSpecial,
      };
    }),
    sources,
    alsoFromYou: act.alsoFromYou ?? false,
    fromThePerson,
    requirement:
      act.requirement === undefined ? undefined : labelledIn(c['provision-requirements'], act.requirement, 'provision requirement'),
    criminalData: dataCategories.filter((ref) => ref.entry?.criminal),
    criminalRecords:
      act.criminalRecords === undefined ? undefined : labelledIn(c['criminal-record-laws'], act.criminalRecords, 'criminal-record law'),
    retention,
    periodsOverlap: periodsOverlap(retention),
    minors: act.minors ?? false,
    actsForMinors: dataSubjects.some((ref) => ref.entry?.actForMinors),
    minorImages:
      (act.minors ?? false) && dataCategories.some((ref) => ref.entry?.images) && act.purposes.some((p) => p.basis === 'consent'),
    largeScale: act.largeScale ?? false,
    collection: collectionOf(act, fromThePerson, preset?.entry.collection),
  };
}

/**
 * The answer decides; else the preset, but only where the person gives the data: a form does not
 * collect what a credit agency supplies (Art. 14 applies there, not a notice beside a form).
 */
function collectionOf(act: Activity, fromThePerson: boolean, presetCollection: CollectionPoint | undefined): CollectionPoint | undefined {
  if (act.collection !== undefined) return act.collection === 'none' ? undefined : act.collection;
  return fromThePerson ? presetCollection : undefined;
}
