/**
 * No message of valibot's own reaches the user. Where a schema or action of the answers format
 * has no message, valibot writes its default ("Invalid type: Expected string but received true",
 * "Invalid value: Expected >=13 but received 10"): English in every language, and jargon in
 * English. This sweep puts values of the wrong type (true, a number, a list, a mapping, "", null)
 * at every path of every example and test fixture, at every field the answers format has that
 * the file leaves out, and, where no file has a field, inside the smallest value that holds it;
 * every problem found must be a message of check-messages.yaml (`schema.*`), in the reader's
 * language. Expected texts come from check-messages.yaml, never from the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateAnswers } from '../source/core/answers/parse.js';
import { formatPath, type PathSegment } from '../source/core/answers/problems.js';
import { buildAnswersSchema } from '../source/core/answers/schema.js';
import type { Language } from '../source/core/languages.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const messages = parse(readFileSync(join(REPO, 'questions', 'check-messages.yaml'), 'utf8')) as Record<string, Record<Language, string>>;

/** What a user writes where another type belongs, and numbers out of any range. */
const WRONG: unknown[] = [
  true,
  false,
  0,
  12,
  10,
  17,
  1.5,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  null,
  [],
  ['x'],
  [12],
  [{ x: 1 }],
  {},
  { x: 1 },
  { en: 'x' },
];

/** Fewer, for the other languages: one of each type the messages tell apart. */
const WRONG_FEW: unknown[] = [true, -1, 17, '', [12], { x: 1 }];

/** valibot's default messages: "Invalid type: Expected … but received …", "Invalid length: …", "Invalid input: Received …". */
const VALIBOT_DEFAULT = /^Invalid\b|\bExpected\b|\bReceived\b|\bbut received\b/;

type Node = {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  options?: Node[];
  item?: Node;
  getter?: (input: unknown) => Node;
};

/** The schemas a value can take: an optional's, a lazy's or a union's own schemas. */
function forms(node: Node, input: unknown): Node[] {
  if (node.wrapped) return forms(node.wrapped, input);
  if (node.getter) return forms(node.getter(input), input);
  if (node.options) return node.options.flatMap((option) => forms(option, input));
  return [node];
}
const fieldsOf = (nodes: Node[], input: unknown): string[] => [
  ...new Set(nodes.flatMap((node) => forms(node, input)).flatMap((node) => Object.keys(node.entries ?? {}))),
];
function childrenOf(nodes: Node[], key: PathSegment, input: unknown): Node[] {
  return nodes
    .flatMap((node) => forms(node, input))
    .flatMap((node) => {
      const child = typeof key === 'number' ? node.item : node.entries?.[key];
      return child ? [child] : [];
    });
}

/** A path as the problems write it, every index as [0]: one field of the format. */
const fieldOf = (path: readonly PathSegment[]): string => formatPath(path.map((seg) => (typeof seg === 'number' ? 0 : seg)));

/** Every field of the answers format, from its schema: the sweep must reach each one. */
function allFields(nodes: Node[], path: PathSegment[] = [], found = new Set<string>()): Set<string> {
  for (const key of fieldsOf(nodes, undefined)) {
    const field = [...path, key];
    if (found.has(fieldOf(field))) continue;
    found.add(fieldOf(field));
    allFields(childrenOf(nodes, key, undefined), field, found);
  }
  const items = childrenOf(nodes, 0, undefined);
  if (items.length > 0 && !found.has(fieldOf([...path, 0]))) {
    found.add(fieldOf([...path, 0]));
    allFields(items, [...path, 0], found);
  }
  return found;
}

/** `wrong` at each field below `nodes`, inside the smallest value that holds it ({period: {days: wrong}}). */
function* nested(nodes: Node[], wrong: unknown, depth: number): Generator<{ rel: PathSegment[]; value: unknown }> {
  yield { rel: [], value: wrong };
  if (depth === 0) return;
  for (const key of fieldsOf(nodes, undefined))
    for (const inner of nested(childrenOf(nodes, key, undefined), wrong, depth - 1))
      yield { rel: [key, ...inner.rel], value: { [key]: inner.value } };
  const items = childrenOf(nodes, 0, undefined);
  if (items.length > 0) for (const inner of nested(items, wrong, depth - 1)) yield { rel: [0, ...inner.rel], value: [inner.value] };
}

function setAt(root: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<PathSegment, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<PathSegment, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

interface Target {
  path: PathSegment[];
  nodes: Node[];
}

/** Every path of `data`, and every field its mappings leave out, with the schemas that apply there. */
function targetsOf(data: unknown, nodes: Node[], path: PathSegment[] = []): Target[] {
  const here: Target[] = path.length > 0 ? [{ path, nodes }] : [];
  if (data === null || typeof data !== 'object') return here;
  const entries: [PathSegment, unknown][] = Array.isArray(data) ? data.map((item, i) => [i, item]) : Object.entries(data);
  const absent = Array.isArray(data)
    ? []
    : fieldsOf(nodes, data)
        .filter((key) => !(key in data))
        .map((key) => ({ path: [...path, key], nodes: childrenOf(nodes, key, data) }));
  return [...here, ...absent, ...entries.flatMap(([key, item]) => targetsOf(item, childrenOf(nodes, key, data), [...path, key]))];
}

/** A wrong value as the lists of what was found show it (NaN as NaN, not as JSON's null). */
const shown = (wrong: unknown): string => (typeof wrong === 'number' ? String(wrong) : JSON.stringify(wrong));

interface Found {
  field: string;
  wrong: string;
  message: string;
}

const schema = buildAnswersSchema(catalogs) as unknown as Node;
const fixtures = (dir: string) =>
  readdirSync(join(REPO, dir))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => join(REPO, dir, file));
const examples = exampleFiles();
const bases = [...examples, ...fixtures('test/fixtures'), ...fixtures('test/fixtures/check')]
  .map((file) => ({ file, data: parse(readFileSync(file, 'utf8')) as unknown }))
  // A fixture that is no valid answers file (of a check that reads the file) is no base to make wrong in one place.
  .filter(({ data }) => validateAnswers(data, catalogs).ok);

/**
 * Each wrong value at each field once: first in the files' own context (the deepest paths
 * first), then, for a field no file has, inside the smallest value that holds it.
 */
function sweep(lang?: Language, wrongs: readonly unknown[] = WRONG): { runs: number; reached: Set<string>; found: Found[] } {
  const done = new Set<string>();
  const reached = new Set<string>();
  const found: Found[] = [];
  let runs = 0;
  /** `value` at `at` in `data`: `wrong` is then at `path`. */
  const run = (data: unknown, at: PathSegment[], path: PathSegment[], wrong: unknown, value: unknown) => {
    const field = fieldOf(path);
    const key = `${field} ${shown(wrong)}`;
    if (done.has(key)) return;
    done.add(key);
    reached.add(field);
    runs++;
    const result = validateAnswers(setAt(data, at, value), catalogs, lang ? { uiLanguage: lang } : {});
    if (result.ok) return;
    for (const issue of result.issues) found.push({ field: fieldOf(issue.path), wrong: shown(wrong), message: issue.message });
  };
  const all = bases.map(({ data }) => ({ data, targets: targetsOf(data, [schema]).sort((a, b) => b.path.length - a.path.length) }));
  for (const { data, targets } of all) for (const { path } of targets) for (const wrong of wrongs) run(data, path, path, wrong, wrong);
  // One place of each field is enough: the values nested there are the same in every file.
  const places = new Map<string, { data: unknown; path: PathSegment[]; nodes: Node[] }>();
  for (const { data, targets } of all)
    for (const target of targets) if (!places.has(fieldOf(target.path))) places.set(fieldOf(target.path), { data, ...target });
  for (const { data, path, nodes } of places.values())
    for (const wrong of wrongs)
      for (const { rel, value } of nested(nodes, wrong, 4)) if (rel.length > 0) run(data, path, [...path, ...rel], wrong, value);
  return { runs, reached, found };
}

/**
 * The `schema.*` messages of check-messages.yaml in `lang`, each placeholder standing for any
 * text; not the parts of a message (schema.or, schema.what.*), which match almost anything.
 */
const schemaMessages = (lang: Language): RegExp[] =>
  Object.entries(messages)
    .filter(([id]) => id.startsWith('schema.') && id !== 'schema.or' && !id.startsWith('schema.what.'))
    .map(
      ([, texts]) =>
        new RegExp(
          `^${texts[lang]
            .split(/\{\{\w+\}\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
        ),
    );

/** Each message once, with the fields and values it was found for, to read what is wrong. */
const listed = (found: Found[]): string[] => [...new Set(found.map(({ field, wrong, message }) => `${field} = ${wrong}: ${message}`))];

describe('a value of the wrong type anywhere in an answers file', () => {
  // Swept once, when the first test asks (not while the file is collected).
  let swept: ReturnType<typeof sweep> | undefined;
  const english = () => (swept ??= sweep());

  it('is tried at every field of the answers format, in every example', () => {
    expect(examples.every((file) => bases.some((base) => base.file === file))).toBe(true);
    expect(english().runs).toBeGreaterThan(3000);
    expect([...allFields([schema])].filter((field) => !english().reached.has(field))).toEqual([]);
  });

  it("never gets valibot's own message", () => {
    expect(listed(english().found.filter(({ message }) => VALIBOT_DEFAULT.test(message)))).toEqual([]);
  });

  it('gets a message of check-messages.yaml, in English by default (what replay prints)', () => {
    const known = schemaMessages('en');
    expect(english().found.length).toBeGreaterThan(english().runs);
    expect(listed(english().found.filter(({ message }) => !known.some((m) => m.test(message))))).toEqual([]);
  });

  it.each(['nl', 'fr', 'de'] as const)('gets a message of check-messages.yaml in %s, the language asked for', (lang) => {
    const known = schemaMessages(lang);
    const { found } = sweep(lang, WRONG_FEW);
    expect(listed(found.filter(({ message }) => VALIBOT_DEFAULT.test(message) || !known.some((m) => m.test(message))))).toEqual([]);
  });

  it("would find valibot's own messages (what the sweep is held to)", () => {
    const defaults = [
      v.safeParse(v.string(), true),
      v.safeParse(v.pipe(v.number(), v.minValue(13)), 10),
      v.safeParse(v.union([v.string(), v.number()]), []),
      v.safeParse(v.pipe(v.array(v.string()), v.minLength(1)), []),
      v.safeParse(v.literal(1), 2),
      v.safeParse(v.strictObject({}), { x: 1 }),
    ].map((result) => result.issues?.[0]?.message ?? '');
    for (const message of defaults) expect(message).toMatch(VALIBOT_DEFAULT);
    for (const message of defaults)
      expect(
        schemaMessages('en').some((m) => m.test(message)),
        message,
      ).toBe(false);
  });
});
