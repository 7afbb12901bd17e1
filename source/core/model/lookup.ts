/**
 * Catalog ids → entries. The answers schema admits only ids its catalogs have, and the build
 * checks that presets name existing ids, so a miss here is a bug: it fails loudly, once, here.
 */
import type { Prose } from '../answers/schema.js';
import type { Localized } from '../catalogs/schema.js';
import { entryLabel } from './text.js';
import type { Entry, Labelled, Ref } from './types.js';

export function entryIn<E>(catalog: Readonly<Record<string, E>>, id: string, what: string): Entry<E> {
  const entry = catalog[id];
  if (entry === undefined) throw new Error(`internal error: unknown ${what} '${id}' reached the model`);
  return { id, entry };
}

/** A catalog id or the user's own text in its place. */
export function refIn<E>(catalog: Readonly<Record<string, E>>, ref: string | Prose, what: string): Ref<E> {
  if (typeof ref !== 'string') return { id: undefined, entry: undefined, own: ref };
  return { ...entryIn(catalog, ref, what), own: undefined };
}

/** A catalog id or the user's own text, with the label the notice shows for it. */
export function labelledIn<E extends { label: Localized }>(
  catalog: Readonly<Record<string, E>>,
  ref: string | Prose,
  what: string,
): Labelled<E> {
  const resolved = refIn(catalog, ref, what);
  return { ...resolved, label: resolved.own === undefined ? entryLabel(resolved.entry) : resolved.own };
}
