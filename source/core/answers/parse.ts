/**
 * Answers file text → validated answers, or every problem with its line and column. Pure: the
 * caller reads the file and decides what to do with the problems. `readAnswers` checks the
 * structure (YAML, schema); `parseAnswers`, for replay, also refuses answers with check errors.
 */
import * as v from 'valibot';
import { Lexer, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { checkAnswers, findingMessage } from '../check/check.js';
import { formatPath, locate, type PathSegment, type Problem } from './problems.js';
import { buildAnswersSchema, type Answers, type AnswersSchema } from './schema.js';

/** Far above any real answers file (a large agency client is ~30 KB); the largest renders in seconds. */
export const MAX_ANSWERS_BYTES = 512 * 1024;
export const TOO_LARGE = `is larger than ${MAX_ANSWERS_BYTES / 1024} KiB: not an answers file`;
/** Brackets ([ or {) inside each other; an answers file needs four or five levels. */
export const MAX_FLOW_DEPTH = 64;
const TOO_DEEP = 'nested too deeply: an answers file needs only a few levels';

export type ParseResult =
  | { ok: true; answers: Answers; languages: Language[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Where a path of the answers is in the file. */
export type Locate = (path: readonly PathSegment[]) => { line: number; col: number };

export type ReadResult =
  | { ok: true; answers: Answers; languages: Language[]; locate: Locate }
  | { ok: false; problems: Problem[] };

const schemas = new WeakMap<CatalogFiles, AnswersSchema>();
function schemaFor(catalogs: CatalogFiles): AnswersSchema {
  let schema = schemas.get(catalogs);
  if (!schema) {
    schema = buildAnswersSchema(catalogs);
    schemas.set(catalogs, schema);
  }
  return schema;
}

/** For replay: the answers and the check warnings, unless the structure is wrong or a check rule finds an error. */
export function parseAnswers(
  source: string,
  file: string,
  catalogs: CatalogFiles,
  options: { languages?: Language[] } = {},
): ParseResult {
  const read = readAnswers(source, file, catalogs, options);
  if (!read.ok) return read;
  const findings = checkAnswers(read.answers, catalogs, read.languages);
  const located = (severity: 'error' | 'warning', prefix = ''): Problem[] =>
    findings
      .filter((f) => f.severity === severity)
      .map((f): Problem => ({ file, ...read.locate(f.path), path: formatPath(f.path), message: `${prefix}${findingMessage(f)}` }))
      .sort((a, b) => a.line - b.line || a.col - b.col);
  const errors = located('error');
  if (errors.length > 0) return { ok: false, problems: errors };
  return { ok: true, answers: read.answers, languages: read.languages, warnings: located('warning', 'warning: ') };
}

/** The answers, if the file is YAML that fits the answers schema; else every problem, located. */
export function readAnswers(
  source: string,
  file: string,
  catalogs: CatalogFiles,
  options: { languages?: Language[] } = {},
): ReadResult {
  const fail = (problems: Problem[]): ReadResult => ({
    ok: false,
    problems: problems.sort((a, b) => a.line - b.line || a.col - b.col),
  });
  if (Buffer.byteLength(source) > MAX_ANSWERS_BYTES) {
    return fail([{ file, line: 1, col: 1, path: '(file)', message: TOO_LARGE }]);
  }

  const deep = tooDeepAt(source);
  if (deep !== undefined) {
    const before = source.slice(0, deep).split('\n');
    return fail([{ file, line: before.length, col: before.at(-1)!.length + 1, path: '(yaml)', message: TOO_DEEP }]);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, schema: 'core', merge: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings].map((error): Problem => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, ...pos, path: '(yaml)', message: yamlMessage(error) };
  });
  syntax.push(...aliasProblems(doc, lineCounter, file));
  if (syntax.length > 0) return fail(syntax);

  const at = (path: PathSegment[], message: string, atKey = false): Problem => ({
    file,
    ...locate(doc, lineCounter, path, { atKey }),
    path: formatPath(path),
    message,
  });
  const locatePath: Locate = (path) => locate(doc, lineCounter, path);

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([at([], 'an answers file is a YAML mapping that starts with `version: 1`')]);
  }
  const controls = controlCharacters(data).map(({ path, char, inKey }) =>
    at(path, `holds the control character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which has no place in a notice`, inKey),
  );
  if (controls.length > 0) return fail(controls);
  const result = v.safeParse(schemaFor(catalogs), data, { abortEarly: false });
  if (!result.success) {
    return fail(result.issues.map((issue) => at(issuePath(issue), issue.message, issue.type === 'strict_object')));
  }
  const languages = options.languages ?? result.output.languages;
  return { ok: true, answers: result.output, languages, locate: locatePath };
}

/**
 * Where brackets first nest deeper than MAX_FLOW_DEPTH, from yaml's own lexer (it does not
 * recurse). Found before parsing, so the place does not depend on how much stack is left.
 */
function tooDeepAt(source: string): number | undefined {
  // Nesting needs an opening bracket per level: a file with few cannot be too deep, and lexing
  // it a second time would cost every replay a few milliseconds.
  if ((source.match(/[[{]/g)?.length ?? 0) <= MAX_FLOW_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_FLOW_DEPTH) return offset;
    } else if (token === ']' || token === '}') depth--;
    // The lexer's own markers (document start, scalar, flow end) are not in the source.
    if (!/^[\x02\x18\x1f]$/.test(token)) offset += token.length;
  }
  return undefined;
}

/** yaml's first line, without its own "at line L, column C:" (our location says it). */
function yamlMessage(error: YAMLError): string {
  // yaml reports its composer running out of stack as an error at the place it got to.
  if (error.code === 'RESOURCE_EXHAUSTION') return TOO_DEEP;
  if (error.code === 'MULTIPLE_DOCS') return 'a second YAML document starts here: an answers file is one document';
  return (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Keys and values holding a control character (tab, line feed and carriage return are text). */
function controlCharacters(value: unknown, path: PathSegment[] = []): { path: PathSegment[]; char: string; inKey: boolean }[] {
  if (typeof value === 'string') {
    const char = CONTROL.exec(value)?.[0];
    return char === undefined ? [] : [{ path, char, inKey: false }];
  }
  if (value === null || typeof value !== 'object') return [];
  const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.flatMap(([key, item]) => {
    const char = typeof key === 'string' ? CONTROL.exec(key)?.[0] : undefined;
    return char === undefined ? controlCharacters(item, [...path, key]) : [{ path: [...path, key], char, inKey: true }];
  });
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
