/**
 * Smart defaults: choosing a preset fills in its suggestions for the user to confirm or change
 * on the following questions. Nothing here is final; every value is asked again. What a catalog
 * entry fills is declared in the bank (`suggest:`); activities made from presets are code here.
 */
import type { PathSegment } from '../answers/problems.js';
import { type CatalogFiles, presetSourceEntries } from '../catalogs/schema.js';
import type { Question } from './bank-schema.js';
import { holds } from './conditions.js';
import { type Draft, getAt, isAnswered, setAt, splitPath } from './draft.js';
import { gateValue, withGates } from './gates.js';

type Item = Record<string, unknown>;
/** The questions asked for the group item at a path (its gates are set from what a preset fills). */
export type ItemQuestions = (itemPath: PathSegment[]) => readonly Question[];

/** What an activity preset decides; the gates derived from these fields follow the preset too. */
const PRESET_FIELDS = ['dataSubjects', 'dataCategories', 'purposes', 'retention', 'requirement', 'source'];

/** Whether the business type answered says its customers are people (then no company details are suggested). */
function servesConsumers(c: CatalogFiles, draft: Draft): boolean {
  const type = draft.$businessType;
  return typeof type === 'string' && c['business-types'][type]?.servesConsumers === true;
}

function activityFromPreset(
  c: CatalogFiles,
  presetId: string,
  existing: Item,
  takenIds: string[],
  questions: readonly Question[],
  consumers: boolean,
): Item {
  const preset = c['activity-presets'][presetId];
  if (!preset) return existing;
  const leftOut = consumers ? (preset.businessCustomersOnly ?? []) : [];
  let id = typeof existing.id === 'string' && existing.id ? existing.id : presetId;
  for (let n = 2; takenIds.includes(id) && id !== existing.id; n++) id = `${presetId}-${n}`;
  const suggested: Item = {
    dataSubjects: [...preset.dataSubjects],
    dataCategories: preset.dataCategories.filter((category) => !leftOut.includes(category)),
    purposes: preset.purposes.map((p) => ({ ...p })),
    retention: preset.retention.map((r) => ({ ...r })),
  };
  if (preset.requirement) suggested.requirement = preset.requirement;
  if (preset.source) suggested.source = presetSourceEntries(preset);
  return { ...existing, id, preset: presetId, ...withGates(questions, suggested, PRESET_FIELDS) };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A question's `suggest:`: answers filled from the catalog entry just chosen. With `unlessSet`,
 * an answer the previous entry filled and the owner has not confirmed since (no answer it is
 * derived from) counts as not set: a business type chosen again replaces the last one's ticks.
 */
function suggestFromEntry(
  c: CatalogFiles,
  question: Question,
  path: PathSegment[],
  draft: Draft,
  before: Draft = draft,
  questions: readonly Question[] = [],
): Draft {
  const { suggest, options } = question;
  const value = getAt(draft, path);
  if (!suggest || !options || !('catalog' in options) || typeof value !== 'string') return draft;
  const catalog = (c as unknown as Record<string, Record<string, Item>>)[options.catalog];
  const entry = catalog?.[value];
  if (!entry) return draft;
  const base = path.slice(0, path.length - splitPath(question.path).length);
  const at = (target: string) => [...base, ...splitPath(target)];
  const previous = catalog[getAt(before, path) as string];
  const untouched = (target: string, field: string) => {
    if (!previous || !sameValue(getAt(draft, at(target)), previous[field])) return false;
    const derive = questions.find((q) => q.path === target)?.derive;
    const confirmed = derive ? gateValue(derive, base.length === 0 ? draft : getAt(draft, base)) : undefined;
    return !(Array.isArray(confirmed) ? confirmed.length > 0 : confirmed === true);
  };
  const isSet = ([target, field]: [string, string]) => getAt(draft, at(target)) !== undefined && !untouched(target, field);
  if (suggest.unlessSet && Object.entries(suggest.fields).some(isSet)) return draft;
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

/** A question's `implies:`: what its answer makes likely further on, set for the user to confirm. */
function applyImplications(c: CatalogFiles, question: Question, path: PathSegment[], draft: Draft, own: ReadonlySet<string>): Draft {
  const base = path.slice(0, path.length - splitPath(question.path).length);
  let out = draft;
  for (const { when, set } of question.implies ?? []) {
    if (!holds(when, out, base, c, own)) continue;
    for (const [target, value] of Object.entries(set)) out = setAt(out, [...base, ...splitPath(target)], structuredClone(value));
  }
  return out;
}

/** Lowercase letters, digits and dashes, as an id must be: "Webinars & events" → webinars-events. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * Every activity's id, worked out and never asked: its preset's, or its name's, made unique.
 * Recipients name activities by these ids, so an id once given is kept.
 */
export function withActivityIds(draft: Draft): Draft {
  const activities = getAt(draft, ['activities']);
  if (!Array.isArray(activities) || activities.every((a) => isAnswered((a as Item)?.id))) return draft;
  const taken = new Set(activities.map((a) => (a as Item)?.id).filter((id): id is string => typeof id === 'string' && id !== ''));
  const named = activities.map((a) => {
    const item = (a ?? {}) as Item;
    if (isAnswered(item.id)) return item;
    const name = item.name as Record<string, string> | undefined;
    const wanted =
      (typeof item.preset === 'string' && item.preset) ||
      slug(Object.values(name ?? {}).find((text) => slug(text)) ?? '') ||
      // A name with no letter a-z in it (another script) still needs an id.
      (isAnswered(Object.values(name ?? {}).join('')) ? 'activity' : '');
    // Nothing to work it out from yet (no preset, no name): the name's answer gives it.
    if (!wanted) return item;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
  return setAt(draft, ['activities'], named);
}

/** The services the draft's situations usually use, in the order their presets name them. */
export function suggestedServices(draft: Draft, c: CatalogFiles): string[] {
  const activities = (getAt(draft, ['activities']) as Item[] | undefined) ?? [];
  const ids = activities.flatMap((a) => (typeof a.preset === 'string' ? (c['activity-presets'][a.preset]?.recipients ?? []) : []));
  return [...new Set(ids)].filter((id) => id in c.processors);
}

/**
 * The services unticked since the last answer, without the recipient each one added: the first
 * recipient naming it (the wizard adds one only where none names it yet; later ones are the owner's).
 */
function removeUnticked(services: unknown[], previous: unknown, draft: Draft): Draft {
  const unticked = (Array.isArray(previous) ? previous : []).filter((s) => typeof s === 'string' && !services.includes(s));
  let recipients = (getAt(draft, ['recipients']) as Item[] | undefined) ?? [];
  for (const service of unticked) {
    const added = recipients.findIndex((r) => r?.service === service);
    if (added >= 0) recipients = recipients.filter((_, i) => i !== added);
  }
  return unticked.length === 0 ? draft : setAt(draft, ['recipients'], recipients);
}

/** The chosen services as recipients, each filled from its catalog entry and tied to the situations that suggested it. */
function addRecipients(c: CatalogFiles, services: unknown[], draft: Draft, itemQuestions: ItemQuestions): Draft {
  let out = draft;
  const recipients = () => (getAt(out, ['recipients']) as Item[] | undefined) ?? [];
  for (const service of services) {
    if (typeof service !== 'string' || !c.processors[service] || recipients().some((r) => r.service === service)) continue;
    const at: PathSegment[] = ['recipients', recipients().length];
    const serviceQuestion = itemQuestions(at).find((q) => q.path === 'service');
    out = setAt(out, at, { service });
    if (serviceQuestion) out = suggestFromEntry(c, serviceQuestion, [...at, 'service'], out);
    const activities = ((getAt(out, ['activities']) as Item[] | undefined) ?? [])
      .filter((a) => typeof a.preset === 'string' && (c['activity-presets'][a.preset]?.recipients ?? []).includes(service))
      .map((a) => a.id)
      .filter((id): id is string => typeof id === 'string');
    if (activities.length > 0) out = setAt(out, [...at, 'activities'], activities);
  }
  return out;
}

export function applySuggestions(
  c: CatalogFiles,
  question: Question,
  path: PathSegment[],
  given: Draft,
  itemQuestions: ItemQuestions,
  /** The draft before this answer: what the previous answer suggested can be told from the owner's. */
  before: Draft = given,
): Draft {
  const itemPath = path.slice(0, -1);
  const base = path.slice(0, path.length - splitPath(question.path).length);
  const filled = suggestFromEntry(c, question, path, given, before, question.suggest?.unlessSet ? itemQuestions(base) : []);
  const own = new Set(itemQuestions(base).map((q) => splitPath(q.path)[0]!));
  const draft = withActivityIds(applyImplications(c, question, path, filled, own));
  const value = getAt(draft, path);
  switch (question.applies) {
    case 'activity-preset': {
      if (typeof value !== 'string') return draft;
      const activities = (getAt(draft, ['activities']) as Item[] | undefined) ?? [];
      const self = itemPath[itemPath.length - 1] as number;
      const taken = activities.filter((_, i) => i !== self).map((a) => String(a.id));
      const item = activityFromPreset(
        c,
        value,
        (getAt(draft, itemPath) as Item) ?? {},
        taken,
        itemQuestions(itemPath),
        servesConsumers(c, draft),
      );
      return setAt(draft, itemPath, item);
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
            servesConsumers(c, draft),
          ),
        );
      }
      return withActivityIds(setAt(draft, ['activities'], activities));
    }
    case 'recipients':
      return addRecipients(
        c,
        Array.isArray(value) ? value : [],
        removeUnticked(Array.isArray(value) ? value : [], getAt(before, path), draft),
        itemQuestions,
      );
    default:
      return draft;
  }
}
