/**
 * The wizard's `$` gates ("do you have a DPO?") as the bank declares them (`derive:`): what a
 * gate's value is, given the answers of the item it is asked about. Nothing here names a gate.
 */
import type { Derive, Question } from './bank-schema.js';
import { getAt, isAnswered, setAt, splitPath } from './draft.js';

type Item = Record<string, unknown>;

/** `activities[].preset` → the list's path and the field's path inside each item. */
const collectPaths = (collect: string): [string[], string[]] => {
  const [list, field] = collect.split('[].') as [string, string];
  return [splitPath(list), splitPath(field)];
};

/** The answers fields a gate is derived from (each a path relative to its item). */
export const derivedFrom = (derive: Derive): string[][] =>
  'answered' in derive ? [splitPath(derive.answered)] : collectPaths(derive.collect).slice(0, 1);

export function gateValue(derive: Derive, item: unknown): unknown {
  if ('answered' in derive) return isAnswered(getAt(item, splitPath(derive.answered)));
  const [list, field] = collectPaths(derive.collect);
  const items = getAt(item, list);
  const values = (Array.isArray(items) ? items : []).map((entry) => getAt(entry, field)).filter(isAnswered);
  return [...new Set(values)];
}

/**
 * `item` with the gates of `questions` set from its answers, in the items of its groups too.
 * With `only`, just the gates derived from those top-level fields (a preset that filled them).
 */
export function withGates(questions: readonly Question[], item: Item, only?: readonly string[]): Item {
  let out = item;
  for (const question of questions) {
    const path = splitPath(question.path);
    if (question.derive && (!only || derivedFrom(question.derive).some(([head]) => only.includes(head!)))) {
      out = setAt(out, path, gateValue(question.derive, item));
    }
    const items = getAt(item, path);
    if (question.item && Array.isArray(items) && !only) {
      out = setAt(
        out,
        path,
        items.map((entry: Item) => withGates(question.item!, entry)),
      );
    }
  }
  return out;
}
