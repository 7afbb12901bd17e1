/**
 * Checks a Mustache template's tags against real views. Mustache renders a missing name as
 * empty text, and inside a section silently takes a same-named field of an outer object; both
 * are reported here. A tag is "verified" once some view reaches it.
 */
import Mustache from 'mustache';

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

export interface TagReport {
  problems: string[];
  verified: Set<number>;
  allTags: Set<number>;
}

const TAG_TYPES = new Set(['name', '&', '#', '^']);

export function collectTags(template: string): Set<number> {
  const tags = new Set<number>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (TAG_TYPES.has(token[0])) tags.add(token[2]);
      if (token[4]) walk(token[4]);
    }
  };
  walk(Mustache.parse(template) as unknown as Token[]);
  return tags;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Walks the template with one view, adding to `report`. */
export function checkTags(template: string, view: unknown, name: string, report: TagReport): void {
  const walk = (tokens: Token[], frames: unknown[]) => {
    for (const token of tokens) {
      const [type, tagName, start] = token;
      if (!TAG_TYPES.has(type)) continue;
      let value: unknown;
      if (tagName === '.') {
        value = frames[frames.length - 1];
      } else {
        // Mustache looks a name up from the innermost context outwards; we demand that it is
        // found in the innermost object context, never by falling back to an outer one.
        const owner = [...frames].reverse().find(isObject);
        const [first, ...rest] = tagName.split('.');
        if (!owner || !(first! in owner)) {
          report.problems.push(`${name}: {{${tagName}}} at ${start} is not a field of its context`);
          continue;
        }
        value = rest.reduce<unknown>((v, key) => (isObject(v) && key in v ? v[key] : undefined), owner[first!]);
        if (rest.length > 0 && value === undefined) {
          report.problems.push(`${name}: {{${tagName}}} at ${start} does not resolve`);
          continue;
        }
      }
      if (value === undefined) {
        report.problems.push(`${name}: {{${tagName}}} at ${start} is undefined`);
        continue;
      }
      report.verified.add(start);
      const children = token[4] ?? [];
      const truthy = Array.isArray(value) ? value.length > 0 : Boolean(value);
      if (type === '#' && truthy) {
        for (const item of Array.isArray(value) ? value : [value]) walk(children, [...frames, item]);
      } else if (type === '^' && !truthy) {
        walk(children, frames);
      } else if ((type === 'name' || type === '&') && (isObject(value) || Array.isArray(value))) {
        report.problems.push(`${name}: {{${tagName}}} at ${start} would print an object`);
      }
    }
  };
  walk(Mustache.parse(template) as unknown as Token[], [view]);
}
