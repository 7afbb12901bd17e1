/** The file side of the build's reference checks: reading the source for t() keys, and lines. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { DataProblem, UiKeyUse } from '../core/flow/validate-bank.js';
import { uiKeysUsed } from '../core/flow/validate-bank.js';
import { packagePath } from '../core/paths.js';

/**
 * Every t('key') in the .ts and .tsx files under `dir`, named relative to the package. The core
 * and these tools never translate (the UI strings are the wizard's), and their own text names t().
 */
export function uiKeysInSource(dir: string): UiKeyUse[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/^(core|tools)[/\\]/.test(name))
    .sort();
  return files.flatMap((name) => uiKeysUsed(relative(packagePath(), join(dir, name)), readFileSync(join(dir, name), 'utf8')));
}

/** `file:line:col: message`, the line found from the YAML path of the node at fault. */
export function locateProblems(problems: readonly DataProblem[]): string[] {
  const documents = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter }>();
  const open = (file: string) => {
    if (!documents.has(file)) {
      const lines = new LineCounter();
      documents.set(file, { doc: parseDocument(readFileSync(packagePath(file), 'utf8'), { lineCounter: lines }), lines });
    }
    return documents.get(file)!;
  };
  return problems.map((problem) => {
    if (problem.line !== undefined) return `${problem.file}:${problem.line}: ${problem.message}`;
    if (!problem.at) return `${problem.file}: ${problem.message}`;
    const { doc, lines } = open(problem.file);
    // The deepest node that exists: a missing field is reported where it belongs.
    for (let depth = problem.at.length; depth >= 0; depth--) {
      const node = doc.getIn(problem.at.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return `${problem.file}:${line}:${col}: ${problem.message}`;
      }
    }
    return `${problem.file}: ${problem.message}`;
  });
}
