import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { outsideEea } from '../model/countries.js';
import type { Condition } from './bank-schema.js';
import { type Draft, getAt, isAnswered, splitPath } from './draft.js';

/**
 * Whether a question applies. Paths are relative to the item being asked about (an activity,
 * a purpose), falling back to the root of the answers: `basis` inside a purpose, `languages`
 * anywhere; a path through a list reads every item (`purposes.purpose`). A field the item asks
 * itself is read from the item only: an unanswered `preset` of a retention rule is not its activity's.
 */
export function holds(
  condition: Condition,
  draft: Draft,
  scope: readonly PathSegment[],
  c: CatalogFiles,
  /** The fields the item itself asks (its questions' paths): those are never read from around it. */
  own: ReadonlySet<string> = new Set(),
): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, draft, scope, c, own));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, draft, scope, c, own));
  if ('not' in condition) return !holds(condition.not, draft, scope, c, own);
  const value = lookup(draft, scope, condition.path, own);
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  const codes = (Array.isArray(value) ? value : [value]).filter((code): code is string => typeof code === 'string');
  if ('outsideEea' in condition) return outsideEea(codes, c).length > 0 === condition.outsideEea;
  if ('outsideEu' in condition) return codes.some((code) => !c.countries.eu.includes(code)) === condition.outsideEu;
  // A list answer (data subjects, the purposes of an activity) holds when one of its ids has the flag.
  const catalog = (c as unknown as Record<string, Record<string, Record<string, unknown>>>)[condition.catalogFlag.catalog];
  const flagged = (id: unknown) => typeof id === 'string' && Boolean(catalog?.[id]?.[condition.catalogFlag.flag]);
  return Array.isArray(value) ? value.some(flagged) : flagged(value);
}

/**
 * The value at `segments` under `node`; through a list, the values of its items: `purposes.purpose`
 * is the purpose of each purpose of the activity.
 */
function valueAt(node: unknown, segments: readonly string[]): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return node;
  if (Array.isArray(node)) return node.flatMap((item) => valueAt(item, segments) ?? []);
  return valueAt(getAt(node, [head]), rest);
}

function lookup(draft: Draft, scope: readonly PathSegment[], path: string, own: ReadonlySet<string>): unknown {
  const segments = splitPath(path);
  // A retention rule without a preset has none, even if its activity has one.
  const lowest = own.has(segments[0]!) ? scope.length : 0;
  for (let depth = scope.length; depth >= lowest; depth--) {
    const container = getAt(draft, scope.slice(0, depth));
    // A list of items (the purposes around the purpose being asked about) is no scope of its own.
    if (Array.isArray(container)) continue;
    const value = valueAt(container, segments);
    if (value !== undefined) return value;
  }
  return undefined;
}
