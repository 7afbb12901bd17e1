/**
 * Smart defaults: choosing a preset fills in its suggestions for the user to confirm or change
 * on the following questions. Nothing here is final; every value is asked again. What a catalog
 * entry fills is declared in the bank (`suggest:`); activities made from presets are code here.
 */
import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Question } from './bank-schema.js';
import { type Draft, getAt, setAt, splitPath } from './draft.js';
import { withGates } from './gates.js';

type Item = Record<string, unknown>;
/** The questions asked for the group item at a path (its gates are set from what a preset fills). */
export type ItemQuestions = (itemPath: PathSegment[]) => readonly Question[];

/** What an activity preset decides; the gates derived from these fields follow the preset too. */
const PRESET_FIELDS = ['dataSubjects', 'dataCategories', 'purposes', 'retention', 'requirement', 'source'];

function activityFromPreset(c: CatalogFiles, presetId: string, existing: Item, takenIds: string[], questions: readonly Question[]): Item {
  const preset = c['activity-presets'][presetId];
  if (!preset) return existing;
  let id = typeof existing.id === 'string' && existing.id ? existing.id : presetId;
  for (let n = 2; takenIds.includes(id) && id !== existing.id; n++) id = `${presetId}-${n}`;
  const suggested: Item = {
    dataSubjects: [...preset.dataSubjects],
    dataCategories: [...preset.dataCategories],
    purposes: preset.purposes.map((p) => ({ ...p })),
    retention: preset.retention.map((r) => ({ ...r })),
  };
  if (preset.requirement) suggested.requirement = preset.requirement;
  if (preset.source) suggested.source = { from: preset.source };
  return { ...existing, id, preset: presetId, ...withGates(questions, suggested, PRESET_FIELDS) };
}

/** A question's `suggest:`: answers filled from the catalog entry just chosen. */
function suggestFromEntry(c: CatalogFiles, question: Question, path: PathSegment[], draft: Draft): Draft {
  const { suggest, options } = question;
  const value = getAt(draft, path);
  if (!suggest || !options || !('catalog' in options) || typeof value !== 'string') return draft;
  const entry = (c as unknown as Record<string, Record<string, Item>>)[options.catalog]?.[value];
  if (!entry) return draft;
  const at = (target: string) => [...path.slice(0, path.length - splitPath(question.path).length), ...splitPath(target)];
  if (suggest.unlessSet && Object.keys(suggest.fields).some((target) => getAt(draft, at(target)) !== undefined)) return draft;
  let out = draft;
  const fixedValues: Record<string, unknown> = suggest.set ?? {};
  for (const [target, fixed] of Object.entries(fixedValues)) if (!(target in suggest.fields)) out = setAt(out, at(target), fixed);
  // A field the entry leaves out is cleared (a new service replaces the last one's suggestions),
  // unless `set` gives its default: a service is a processor unless its entry says otherwise.
  for (const [target, field] of Object.entries(suggest.fields)) {
    const fromEntry = entry[field] === undefined ? fixedValues[target] : entry[field];
    out = setAt(out, at(target), structuredClone(fromEntry));
  }
  return out;
}

export function applySuggestions(
  c: CatalogFiles,
  question: Question,
  path: PathSegment[],
  given: Draft,
  itemQuestions: ItemQuestions,
): Draft {
  const draft = suggestFromEntry(c, question, path, given);
  const value = getAt(draft, path);
  const itemPath = path.slice(0, -1);
  switch (question.applies) {
    case 'activity-preset': {
      if (typeof value !== 'string') return draft;
      const activities = (getAt(draft, ['activities']) as Item[] | undefined) ?? [];
      const self = itemPath[itemPath.length - 1] as number;
      const taken = activities.filter((_, i) => i !== self).map((a) => String(a.id));
      return setAt(draft, itemPath, activityFromPreset(c, value, (getAt(draft, itemPath) as Item) ?? {}, taken, itemQuestions(itemPath)));
    }
    case 'situations': {
      if (!Array.isArray(value)) return draft;
      const activities = [...((getAt(draft, ['activities']) as Item[] | undefined) ?? [])];
      for (const presetId of value) {
        if (typeof presetId !== 'string' || activities.some((a) => a.preset === presetId)) continue;
        activities.push(
          activityFromPreset(
            c,
            presetId,
            {},
            activities.map((a) => String(a.id)),
            itemQuestions(['activities', activities.length]),
          ),
        );
      }
      return setAt(draft, ['activities'], activities);
    }
    default:
      return draft;
  }
}
