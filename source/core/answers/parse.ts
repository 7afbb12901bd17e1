/**
 * Answers file text → validated answers, or every problem with its line and column; or an
 * answers object already in memory (a wizard draft) → validated answers, or every problem at its
 * path. Pure: the caller reads the file, runs the check rules (core/pipeline.ts) and decides what
 * to do with the problems.
 */
import * as v from 'valibot';
import { type Document, isCollection, isScalar, Lexer, LineCounter, type Node, parseDocument, visit, type YAMLError } from 'yaml';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { schemaText } from './fields.js';
import { formatPath, locate, type PathSegment, type Problem } from './problems.js';
import { type Answers, type AnswersSchema, buildAnswersSchema } from './schema.js';

/** Far above any real answers file (a large agency client is ~30 KB); the largest renders in seconds. */
export const MAX_ANSWERS_BYTES = 512 * 1024;
/** What a file over MAX_ANSWERS_BYTES is told, in `lang` (English by default). */
export const tooLarge = (lang?: Language): string => schemaText('too-large', { size: MAX_ANSWERS_BYTES / 1024 }, lang);
/** Brackets ([ or {) inside each other; an answers file needs four or five levels. */
export const MAX_FLOW_DEPTH = 64;
const tooDeep = (lang?: Language): string => schemaText('too-deep', {}, lang);

/** Where a path of the answers is in the file. */
export type Locate = (path: readonly PathSegment[]) => { line: number; col: number };

export type ReadResult = { ok: true; answers: Answers; languages: Language[]; locate: Locate } | { ok: false; problems: Problem[] };

const schemas = new WeakMap<CatalogFiles, AnswersSchema>();
function schemaFor(catalogs: CatalogFiles): AnswersSchema {
  let schema = schemas.get(catalogs);
  if (!schema) {
    schema = buildAnswersSchema(catalogs);
    schemas.set(catalogs, schema);
  }
  return schema;
}

/**
 * The answers, if the file is YAML that fits the answers schema; else every problem, located.
 * `uiLanguage`: the language of the problems (check's --ui-lang, the wizard's); English by default.
 */
export function readAnswers(
  source: string,
  file: string,
  catalogs: CatalogFiles,
  options: { languages?: Language[]; uiLanguage?: Language } = {},
): ReadResult {
  const lang = options.uiLanguage;
  const fail = (problems: Problem[]): ReadResult => ({
    ok: false,
    problems: problems.sort((a, b) => a.line - b.line || a.col - b.col),
  });
  if (Buffer.byteLength(source) > MAX_ANSWERS_BYTES) {
    return fail([{ file, line: 1, col: 1, path: '(file)', message: tooLarge(lang) }]);
  }

  const deep = tooDeepAt(source);
  if (deep !== undefined) {
    const before = source.slice(0, deep).split('\n');
    return fail([{ file, line: before.length, col: before.at(-1)!.length + 1, path: '(yaml)', message: tooDeep(lang) }]);
  }

  const lineCounter = new LineCounter();
  // logLevel 'error': yaml would print its own warnings (a list as a key) on stderr, unlocated.
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, schema: 'core', merge: false, uniqueKeys: true, logLevel: 'error' });
  const syntax = [...doc.errors, ...doc.warnings].map((error): Problem => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { file, ...pos, path: '(yaml)', message: yamlMessage(error, lang) };
  });
  syntax.push(...nodeProblems(doc, lineCounter, file, source, lang));
  if (syntax.length > 0) return fail(syntax);

  const at = (path: PathSegment[], message: string, atKey = false): Problem => ({
    file,
    ...locate(doc, lineCounter, path, { atKey }),
    path: formatPath(path),
    message,
  });
  const locatePath: Locate = (path) => locate(doc, lineCounter, path);

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const valid = validateAnswers(data, catalogs, options);
  if (!valid.ok)
    return fail(valid.issues.map((issue) => at(issue.path, numberForText(doc, source, issue, lang) ?? issue.message, issue.atKey)));
  return { ...valid, locate: locatePath };
}

/** Something wrong with answers at a path; atKey: the key itself is wrong (an unknown field). */
export interface AnswersIssue {
  path: PathSegment[];
  message: string;
  atKey: boolean;
  /** Text was expected, and the value is a number. */
  numberForText?: boolean;
}

export type ValidateResult = { ok: true; answers: Answers; languages: Language[] } | { ok: false; issues: AnswersIssue[] };

/** Answers data (parsed YAML, or a wizard draft turned into answers) checked against the answers schema. */
/** `uiLanguage`: the language of the schema's messages (the wizard's); English by default. */
export function validateAnswers(
  data: unknown,
  catalogs: CatalogFiles,
  options: { languages?: Language[]; uiLanguage?: Language } = {},
): ValidateResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ path: [], message: schemaText('not-a-mapping', {}, options.uiLanguage), atKey: false }] };
  }
  const controls = controlCharacters(data).map(({ path, char, inKey }) => ({
    path,
    message: schemaText(
      'control-character',
      { code: char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') },
      options.uiLanguage,
    ),
    atKey: inKey,
  }));
  if (controls.length > 0) return { ok: false, issues: controls };
  const result = v.safeParse(schemaFor(catalogs), data, { abortEarly: false, ...(options.uiLanguage ? { lang: options.uiLanguage } : {}) });
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.map((issue) => ({
        path: issuePath(issue),
        message: issue.message,
        atKey: issue.type === 'strict_object',
        ...(issue.type === 'string' && typeof issue.input === 'number' ? { numberForText: true } : {}),
      })),
    };
  }
  return { ok: true, answers: result.output, languages: options.languages ?? result.output.languages };
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

/**
 * The slips of YAML that someone who is not a programmer makes, as yaml reports them (its code,
 * and how its message starts where one code covers several): each is a message of its own in the
 * reader's language, with its fix (check-messages.yaml, `schema.yaml-*`).
 */
const YAML_SYNTAX: readonly {
  code: YAMLError['code'];
  starts?: string;
  id: string;
  /** What the message quotes from yaml's own. */
  params?: (detail: string) => Record<string, string>;
}[] = [
  { code: 'DUPLICATE_KEY', id: 'yaml-duplicate-key' },
  { code: 'BAD_INDENT', starts: 'Flow ', id: 'yaml-bracket' },
  { code: 'BAD_INDENT', id: 'yaml-indent' },
  { code: 'TAB_AS_INDENT', id: 'yaml-tab' },
  { code: 'MISSING_CHAR', starts: 'Missing closing', id: 'yaml-quote' },
  { code: 'MISSING_CHAR', starts: 'Implicit map keys need to be followed', id: 'yaml-no-value' },
  { code: 'MISSING_CHAR', starts: 'Comments must be separated', id: 'yaml-comment' },
  { code: 'BAD_DQ_ESCAPE', id: 'yaml-escape' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', id: 'yaml-colon-in-value' },
  { code: 'MULTILINE_IMPLICIT_KEY', id: 'yaml-key-one-line' },
  {
    code: 'BAD_SCALAR_START',
    starts: 'Plain value cannot start with reserved character',
    id: 'yaml-reserved-start',
    params: (detail) => ({ char: /reserved character (\S)/.exec(detail)?.[1] ?? '' }),
  },
];

/** What yaml found, in the reader's language; a slip YAML_SYNTAX does not know quotes yaml's own (English) words. */
function yamlMessage(error: YAMLError, lang: Language | undefined): string {
  // yaml reports its composer running out of stack as an error at the place it got to.
  if (error.code === 'RESOURCE_EXHAUSTION') return tooDeep(lang);
  if (error.code === 'MULTIPLE_DOCS') return schemaText('second-document', {}, lang);
  // yaml's first line, without its own "at line L, column C:" (our location says it).
  const detail = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  const known = YAML_SYNTAX.find(({ code, starts }) => code === error.code && (starts === undefined || detail.startsWith(starts)));
  if (!known) return schemaText('yaml-other', { detail }, lang);
  return schemaText(known.id, known.params?.(detail) ?? {}, lang);
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

const issuePath = (issue: v.BaseIssue<unknown>): PathSegment[] => (issue.path ?? []).map((item) => item.key as PathSegment);

/** Values that are codes written with digits: kept as written, never as the number YAML reads (0800 is not 800). */
const CODES_AS_WRITTEN = new Set(['postalCode', 'enterpriseNumber']);

const writtenText = (node: Node, source: string): string | undefined =>
  node.range && isScalar(node) && node.type === 'PLAIN' ? source.slice(node.range[0], node.range[1]) : undefined;

/**
 * One walk over the document: an alias or a list or mapping used as a key is a problem (JavaScript
 * would turn such a key into text such as "[a, b]"); a code written with digits keeps its text.
 */
function nodeProblems(doc: Document, lineCounter: LineCounter, file: string, source: string, lang: Language | undefined): Problem[] {
  const problems: Problem[] = [];
  const problemAt = (node: Node, message: string) => {
    problems.push({ file, ...lineCounter.linePos(node.range?.[0] ?? 0), path: '(yaml)', message });
  };
  visit(doc, {
    Alias(_, node) {
      problemAt(node, schemaText('alias', { name: node.source }, lang));
    },
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        problemAt(pair.key as Node, schemaText('key-not-name', {}, lang));
        return;
      }
      if (!isScalar(pair.key) || !CODES_AS_WRITTEN.has(String(pair.key.value))) return;
      const value = pair.value;
      if (isScalar(value) && typeof value.value === 'number') value.value = writtenText(value, source) ?? String(value.value);
    },
  });
  return problems;
}

/** The fix for text that YAML read as a number (a phone number): quote it, as written. */
function numberForText(doc: Document, source: string, issue: AnswersIssue, lang: Language | undefined): string | undefined {
  if (!issue.numberForText) return undefined;
  const node = doc.getIn(issue.path, true) as Node | undefined;
  const written = node && writtenText(node, source);
  return written === undefined
    ? undefined
    : schemaText('number-for-text', { number: String((node as { value: unknown }).value), written }, lang);
}
