/**
 * Smart defaults: choosing a preset fills in its suggestions for the user to confirm or change
 * on the following questions. Nothing here is final; every value is asked again.
 */
import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Question } from './bank-schema.js';
import { getAt, setAt, type Draft } from './draft.js';
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

export function applySuggestions(c: CatalogFiles, question: Question, path: PathSegment[], draft: Draft, itemQuestions: ItemQuestions): Draft {
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
    case 'processor': {
      const processor = typeof value === 'string' ? c.processors[value] : undefined;
      if (!processor) return draft;
      const item: Item = { ...((getAt(draft, itemPath) as Item) ?? {}), role: 'processor', countries: [...processor.countries] };
      if (processor.safeguard) item.safeguard = processor.safeguard;
      else delete item.safeguard;
      return setAt(draft, itemPath, item);
    }
    case 'business-type': {
      const type = typeof value === 'string' ? c['business-types'][value] : undefined;
      if (!type || getAt(draft, ['$situations']) !== undefined) return draft;
      return setAt(draft, ['$situations'], [...type.activities]);
    }
    case 'situations': {
      if (!Array.isArray(value)) return draft;
      const activities = [...((getAt(draft, ['activities']) as Item[] | undefined) ?? [])];
      for (const presetId of value) {
        if (typeof presetId !== 'string' || activities.some((a) => a.preset === presetId)) continue;
        activities.push(activityFromPreset(c, presetId, {}, activities.map((a) => String(a.id)), itemQuestions(['activities', activities.length])));
      }
      return setAt(draft, ['activities'], activities);
    }
    default:
      return draft;
  }
}
