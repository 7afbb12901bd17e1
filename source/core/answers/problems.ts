import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
import { problemCount, toolMessage } from '../outcome.js';

export type PathSegment = string | number;

/** One thing wrong with an answers file, located in it. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((seg, i) => {
      if (typeof seg === 'number') return `[${seg}]`;
      // A key the user made up may be empty or hold spaces, dots or line breaks: quote it.
      if (!/^[A-Za-z_$][\w$-]*$/.test(seg)) return `[${JSON.stringify(seg)}]`;
      return i === 0 ? seg : `.${seg}`;
    })
    .join('');
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.col}  ${oneLine(p.path)}  ${oneLine(p.message)}`;

/** Enough to fix a file from; a file wrong in thousands of places would bury the summary below. */
export const MAX_PROBLEM_LINES = 50;

/** One line per problem, the first MAX_PROBLEM_LINES of them, then how many more there are. */
export function formatProblems(problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map(formatProblem);
  const more = problems.length - lines.length;
  // A line about the list, not a problem in the file: the tool's own prefix, like every such line.
  if (more > 0)
    lines.push(toolMessage(`... and ${problemCount(more, 'more')} in ${problems[0]!.file} (the first ${MAX_PROBLEM_LINES} are listed)`));
  return lines;
}

/**
 * A message that quotes the user's text stays on its line and reads in order: line breaks are
 * shown as \\n, and bidirectional controls (which could reorder the terminal line around them,
 * as in "Trojan Source") as \\u202e and the like.
 */
export const oneLine = (text: string): string =>
  text.replace(/[\r\n\u0085\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (br) =>
    br === '\n' ? '\\n' : br === '\r' ? '\\r' : `\\u${br.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * Finds where a path points in the YAML source: the value's node (or, with atKey, the key that
 * holds it, for an unknown field); when the path does not exist (a missing field), the nearest
 * node that does.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  { atKey = false } = {},
): { line: number; col: number } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const next = child(node, segment);
    if (next === undefined) break;
    const wantKey = atKey && index === path.length - 1;
    offset = (wantKey ? rangeStart(next.key) : (rangeStart(next.value) ?? rangeStart(next.key))) ?? offset;
    node = next.value;
  }
  return lineCounter.linePos(offset);
}

function child(node: unknown, segment: PathSegment): { key?: unknown; value?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? undefined } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));
const rangeStart = (node: unknown): number | undefined => (isNode(node) ? (node as Node).range?.[0] : undefined);
