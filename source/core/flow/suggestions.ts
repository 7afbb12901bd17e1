/**
 * Smart defaults: choosing a preset fills in its suggestions for the user to confirm or change
 * on the following questions. Nothing here is final; every value is asked again.
 */
import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Question } from './bank-schema.js';
import { getAt, setAt, type Draft } from './draft.js';

type Item = Record<string, unknown>;

function activityFromPreset(c: CatalogFiles, presetId: string, existing: Item, takenIds: string[]): Item {
  const preset = c['activity-presets'][presetId];
  if (!preset) return existing;
  let id = typeof existing.id === 'string' && existing.id ? existing.id : presetId;
  for (let n = 2; takenIds.includes(id) && id !== existing.id; n++) id = `${presetId}-${n}`;
  const item: Item = {
    ...existing,
    id,
    preset: presetId,
    dataSubjects: [...preset.dataSubjects],
    dataCategories: [...preset.dataCategories],
    purposes: preset.purposes.map((p) => ({ ...p })),
    retention: preset.retention.map((r) => ({ ...r })),
    $fromThirdParty: Boolean(preset.source),
  };
  if (preset.requirement) item.requirement = preset.requirement;
  if (preset.source) item.source = { from: preset.source };
  return item;
}

export function applySuggestions(c: CatalogFiles, question: Question, path: PathSegment[], draft: Draft): Draft {
  const value = getAt(draft, path);
  const itemPath = path.slice(0, -1);
  switch (question.applies) {
    case 'activity-preset': {
      if (typeof value !== 'string') return draft;
      const activities = (getAt(draft, ['activities']) as Item[] | undefined) ?? [];
      const self = itemPath[itemPath.length - 1] as number;
      const taken = activities.filter((_, i) => i !== self).map((a) => String(a.id));
      return setAt(draft, itemPath, activityFromPreset(c, value, (getAt(draft, itemPath) as Item) ?? {}, taken));
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
        activities.push(activityFromPreset(c, presetId, {}, activities.map((a) => String(a.id))));
      }
      return setAt(draft, ['activities'], activities);
    }
    default:
      return draft;
  }
}
