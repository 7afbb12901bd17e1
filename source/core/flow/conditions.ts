import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { outsideEea } from '../model/countries.js';
import type { Condition } from './bank-schema.js';
import { type Draft, getAt, isAnswered, splitPath } from './draft.js';

/**
 * Whether a question applies. Paths are relative to the item being asked about (an activity,
 * a purpose), falling back to the root of the answers: `basis` inside a purpose, `languages`
 * anywhere.
 */
export function holds(condition: Condition, draft: Draft, scope: readonly PathSegment[], c: CatalogFiles): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, draft, scope, c));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, draft, scope, c));
  if ('not' in condition) return !holds(condition.not, draft, scope, c);
  const value = lookup(draft, scope, condition.path);
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return condition.in.includes(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  const codes = (Array.isArray(value) ? value : [value]).filter((code): code is string => typeof code === 'string');
  if ('outsideEea' in condition) return outsideEea(codes, c).length > 0 === condition.outsideEea;
  if ('outsideEu' in condition) return codes.some((code) => !c.countries.eu.includes(code)) === condition.outsideEu;
  const catalog = (c as unknown as Record<string, Record<string, Record<string, unknown>>>)[condition.catalogFlag.catalog];
  return typeof value === 'string' && Boolean(catalog?.[value]?.[condition.catalogFlag.flag]);
}

function lookup(draft: Draft, scope: readonly PathSegment[], path: string): unknown {
  const segments = splitPath(path);
  for (let depth = scope.length; depth >= 0; depth--) {
    const value = getAt(getAt(draft, scope.slice(0, depth)), segments);
    if (value !== undefined) return value;
  }
  return undefined;
}
