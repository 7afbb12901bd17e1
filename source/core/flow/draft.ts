/**
 * The answers being given: a plain JSON object that grows one answer at a time. Values are
 * read and written by path; wizard-only notes are keys starting with `$`.
 */
import type { PathSegment } from '../answers/problems.js';

export type Draft = Record<string, unknown>;

export const splitPath = (path: string): string[] => path.split('.');

export function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A copy of `root` with `value` at `path` (undefined deletes); containers are created as needed. */
export function setAt<T>(root: T, path: readonly PathSegment[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : { ...(root !== null && typeof root === 'object' ? (root as object) : {}) };
  const child = (container as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? value : setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head as string];
  else (container as Record<string | number, unknown>)[head] = next;
  return container as T;
}

/**
 * The items of a group answer. A group that the answers format also takes as one mapping (an
 * activity's `source`: one source, or a list of them) reads as a list of that one item.
 */
export const asItems = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value !== null && typeof value === 'object' ? [value] : [];

export const isAnswered = (value: unknown): boolean => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
