/**
 * Answers file text → validated answers, or every problem with its line and column. Pure: the
 * caller reads the file and decides what to do with the problems.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { crossFieldProblems } from './cross-checks.js';
import { formatPath, locate, type PathSegment, type Problem } from './problems.js';
import { buildAnswersSchema, type Answers, type AnswersSchema } from './schema.js';

/** Far above any real answers file (a large agency client is ~30 KB), far below trouble. */
export const MAX_ANSWERS_BYTES = 2 * 1024 * 1024;

export type ParseResult =
  | { ok: true; answers: Answers; languages: Language[] }
  | { ok: false; problems: Problem[] };

const schemas = new WeakMap<CatalogFiles, AnswersSchema>();
function schemaFor(catalogs: CatalogFiles): AnswersSchema {
  let schema = schemas.get(catalogs);
  if (!schema) schemas.set(catalogs, (schema = buildAnswersSchema(catalogs)));
  return schema;
}

export function parseAnswers(
  source: string,
  file: string,
  catalogs: CatalogFiles,
  options: { languages?: Language[] } = {},
): ParseResult {
  const fail = (problems: Problem[]): ParseResult => ({
    ok: false,
    problems: problems.sort((a, b) => a.line - b.line || a.col - b.col),
  });
  if (Buffer.byteLength(source) > MAX_ANSWERS_BYTES) {
    return fail([{ file, line: 1, col: 1, path: '(file)', message: `is larger than ${MAX_ANSWERS_BYTES / 1024 / 1024} MiB: not an answers file` }]);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, schema: 'core', merge: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings].map((error): Problem => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, ...pos, path: '(yaml)', message: error.message.split('\n')[0] ?? error.message };
  });
  syntax.push(...aliasProblems(doc, lineCounter, file));
  if (syntax.length > 0) return fail(syntax);

  const at = (path: PathSegment[], message: string, atKey = false): Problem => ({
    file,
    ...locate(doc, lineCounter, path, { atKey }),
    path: formatPath(path),
    message,
  });

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([at([], 'an answers file is a YAML mapping that starts with `version: 1`')]);
  }
  const result = v.safeParse(schemaFor(catalogs), data, { abortEarly: false });
  if (!result.success) {
    return fail(result.issues.map((issue) => at(issuePath(issue), issue.message, issue.type === 'strict_object')));
  }
  const languages = options.languages ?? result.output.languages;
  const problems = crossFieldProblems(result.output, catalogs, languages);
  if (problems.length > 0) return fail(problems.map((p) => at(p.path, p.message)));
  return { ok: true, answers: result.output, languages };
}

const issuePath = (issue: v.BaseIssue<unknown>): PathSegment[] =>
  (issue.path ?? []).map((item) => item.key as PathSegment);

function aliasProblems(doc: Document, lineCounter: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Alias(_, node) {
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      problems.push({ file, ...pos, path: '(yaml)', message: `aliases (*${node.source}) are not allowed in answers files: write the value out` });
    },
  });
  return problems;
}
