/**
 * The references of the question bank and the UI strings, checked when `npm run build` compiles
 * them: a typo in a condition's path, a catalog's name or a UI key would otherwise silently hide
 * a question, offer no options, or fail only when a user reaches that screen.
 */
import type { PathSegment } from '../answers/problems.js';
import type { AnswersSchema } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Condition, Derive, Question, QuestionBank } from './bank-schema.js';
import { splitPath } from './draft.js';
import { schemaAt } from './validate-answer.js';

export const BANK_FILE = 'questions/wizard.yaml';
export const UI_FILE = 'questions/ui.yaml';

export interface DataProblem {
  file: string;
  /** In a YAML file: the path of the node at fault (the caller turns it into a line). */
  at?: PathSegment[];
  /** In a source file: the line. */
  line?: number;
  message: string;
}

/** The questions of one level, from the root to the group item being checked. */
interface Level {
  questions: readonly Question[];
  base: PathSegment[];
}

type Catalogs = Record<string, unknown>;

/** A field of the answers, read through lists as a condition reads it: `purposes.purpose` is each purpose's. */
function fieldThroughLists(schema: AnswersSchema, path: readonly PathSegment[]): boolean {
  const walk = (done: PathSegment[], rest: readonly PathSegment[]): boolean => {
    if (rest.length === 0) return schemaAt(schema, done) !== undefined;
    const [head, ...tail] = rest as [PathSegment, ...PathSegment[]];
    if (schemaAt(schema, [...done, head]) !== undefined && walk([...done, head], tail)) return true;
    return typeof head === 'string' && schemaAt(schema, [...done, 0]) !== undefined && walk([...done, 0], rest);
  };
  return walk([], path);
}

/** The fields the entries of a catalog have (a flag no entry sets would make its condition dead). */
function entryFields(catalogs: Catalogs, name: string): string[] {
  const entries = Object.values((catalogs[name] ?? {}) as Record<string, unknown>);
  return [...new Set(entries.flatMap((entry) => (entry !== null && typeof entry === 'object' ? Object.keys(entry) : [])))];
}

export function bankProblems(bank: QuestionBank, catalogs: CatalogFiles, schema: AnswersSchema): DataProblem[] {
  const problems: DataProblem[] = [];
  const c = catalogs as unknown as Catalogs;
  const readGates = new Set<string>();
  const ids = new Set<string>();

  const resolves = (levels: readonly Level[], path: string, throughLists = false): boolean =>
    levels.some(({ questions, base }) =>
      path.startsWith('$')
        ? questions.some((q) => q.path === path)
        : throughLists
          ? fieldThroughLists(schema, [...base, ...splitPath(path)])
          : schemaAt(schema, [...base, ...splitPath(path)]) !== undefined,
    );

  function checkCondition(q: Question, levels: readonly Level[], condition: Condition, at: PathSegment[], field: string) {
    const report = (where: PathSegment[], name: string, message: string) =>
      problems.push({ file: BANK_FILE, at: where, message: `question '${q.id}', ${name}: ${message}` });
    if ('all' in condition || 'any' in condition) {
      const key = 'all' in condition ? 'all' : 'any';
      const inner = 'all' in condition ? condition.all : condition.any;
      inner.forEach((each, i) => {
        checkCondition(q, levels, each, [...at, key, i], `${field}.${key}[${i}]`);
      });
      return;
    }
    if ('not' in condition) return checkCondition(q, levels, condition.not, [...at, 'not'], `${field}.not`);
    if (condition.path.startsWith('$')) readGates.add(condition.path);
    if (!resolves(levels, condition.path, true)) {
      report([...at, 'path'], `${field}.path`, `'${condition.path}' names no question of this item or above, and no field of the answers`);
    }
    if ('catalogFlag' in condition) {
      const { catalog, flag } = condition.catalogFlag;
      if (!(catalog in c)) report([...at, 'catalogFlag', 'catalog'], `${field}.catalogFlag.catalog`, `no catalog is named '${catalog}'`);
      else if (!entryFields(c, catalog).includes(flag)) {
        report([...at, 'catalogFlag', 'flag'], `${field}.catalogFlag.flag`, `no entry of the catalog '${catalog}' has a field '${flag}'`);
      }
    }
  }

  function checkDerive(q: Question, base: PathSegment[], derive: Derive, at: PathSegment[]) {
    const report = (field: string, message: string) =>
      problems.push({ file: BANK_FILE, at: [...at, 'derive', field], message: `question '${q.id}', derive.${field}: ${message}` });
    if (!q.path.startsWith('$')) return report(Object.keys(derive)[0]!, `only a $ note is derived; '${q.path}' is an answer itself`);
    if ('answered' in derive) {
      if (q.type !== 'yesno') report('answered', `gives yes or no, so the question must be a yesno, not a ${q.type}`);
      if (!schemaAt(schema, [...base, ...splitPath(derive.answered)]))
        report('answered', `'${derive.answered}' is no field of the answers`);
    } else {
      const [list, field] = derive.collect.split('[].') as [string, string];
      if (q.type !== 'multi') report('collect', `gives a list, so the question must be a multi, not a ${q.type}`);
      if (!schemaAt(schema, [...base, ...splitPath(list), 0, ...splitPath(field)]))
        report('collect', `'${derive.collect}' is no field of a list of the answers`);
    }
  }

  /** `questions` (a section's, or a group's items) within `levels`, whose last is their level. */
  function walk(levels: readonly Level[], questions: readonly Question[], at: PathSegment[]) {
    const { base } = levels[levels.length - 1]!;
    questions.forEach((q, i) => {
      const here = [...at, i];
      const report = (field: string, message: string) =>
        problems.push({ file: BANK_FILE, at: [...here, ...field.split('.')], message: `question '${q.id}', ${field}: ${message}` });
      if (ids.has(q.id)) report('id', `the id '${q.id}' is used twice`);
      ids.add(q.id);
      const path = [...base, ...splitPath(q.path)];
      if (!q.path.startsWith('$') && !schemaAt(schema, path))
        report('path', `'${q.path}' binds to no field of the answers (source/core/answers/schema.ts)`);
      if (q.options && 'catalog' in q.options && !(q.options.catalog in c))
        report('options.catalog', `no catalog is named '${q.options.catalog}'`);
      if ((q.type === 'choice' || q.type === 'multi') && !q.options) report('type', `a ${q.type} question needs options`);
      if ((q.type === 'group') !== (q.item !== undefined))
        report('item', q.item ? `only a group question has items, not a ${q.type}` : 'a group question needs item');
      if (q.when) checkCondition(q, levels, q.when, [...here, 'when'], 'when');
      if (q.defaultWhen) checkCondition(q, levels, q.defaultWhen, [...here, 'defaultWhen'], 'defaultWhen');
      if (q.defaultWhen && q.type !== 'yesno') report('defaultWhen', `only a yes/no question defaults to Yes, not a ${q.type}`);
      if (q.options && 'catalog' in q.options && q.options.flag !== undefined && q.options.catalog in c) {
        const { catalog, flag } = q.options;
        const entries = Object.values((c as unknown as Record<string, Record<string, Record<string, unknown>>>)[catalog] ?? {});
        if (!entries.some((entry) => entry[flag] === true)) report('options.flag', `no entry of ${catalog} has the flag '${flag}'`);
      }
      if (q.derive) checkDerive(q, base, q.derive, here);
      (q.implies ?? []).forEach((implication, n) => {
        checkCondition(q, levels, implication.when, [...here, 'implies', n, 'when'], `implies[${n}].when`);
        for (const target of Object.keys(implication.set)) {
          if (!resolves(levels, target)) report(`implies.${n}.set`, `'${target}' names no question or answers field`);
        }
      });
      if (q.noGoesBack && q.type !== 'yesno') report('noGoesBack', `only a yes/no question can send the user back, not a ${q.type}`);
      if (q.suggest) {
        const catalog = q.options && 'catalog' in q.options ? q.options.catalog : undefined;
        if (catalog === undefined) report('suggest', 'fills answers from the chosen catalog entry, so the question needs options.catalog');
        const fields = catalog === undefined ? [] : entryFields(c, catalog);
        for (const [target, field] of Object.entries(q.suggest.fields)) {
          if (catalog !== undefined && catalog in c && !fields.includes(field))
            report('suggest.fields', `no entry of the catalog '${catalog}' has a field '${field}'`);
          if (!resolves(levels.slice(-1), target)) report('suggest.fields', `'${target}' names no question or answers field of this item`);
        }
        for (const target of Object.keys(q.suggest.set ?? {})) {
          if (!resolves(levels.slice(-1), target)) report('suggest.set', `'${target}' names no question or answers field of this item`);
        }
      }
      if (q.item) {
        const itemBase = [...path, 0];
        for (const label of q.itemLabel ?? []) {
          if (!schemaAt(schema, [...itemBase, ...splitPath(label)]))
            report('itemLabel', `'${label}' is no field of an item of '${q.path}'`);
        }
        walk([...levels, { questions: q.item, base: itemBase }], q.item, [...here, 'item']);
      }
    });
  }

  const root: Level = { questions: bank.sections.flatMap((section) => section.questions), base: [] };
  bank.sections.forEach((section, s) => {
    walk([root], section.questions, ['sections', s, 'questions']);
  });

  // A gate that steers questions must be set when a file is edited, or the answers behind it are dropped.
  bank.sections.forEach((section, s) => {
    const visit = (questions: readonly Question[], at: PathSegment[]) =>
      questions.forEach((q, i) => {
        if (readGates.has(q.path) && !q.derive) {
          problems.push({
            file: BANK_FILE,
            at: [...at, i, 'path'],
            message: `question '${q.id}', derive: ${q.path} steers other questions, so it needs a derive: (how it follows from an answers file)`,
          });
        }
        if (q.item) visit(q.item, [...at, i, 'item']);
      });
    visit(section.questions, ['sections', s, 'questions']);
  });
  return problems;
}

/** A UI string named in code: `t('key')`, or a `t(…)` whose key is computed and cannot be checked. */
export interface UiKeyUse {
  file: string;
  line: number;
  key?: string;
}

/** Every call of the wizard's translator `t(…)` in a source text. */
export function uiKeysUsed(file: string, text: string): UiKeyUse[] {
  return [...text.matchAll(/(?<![\w.$])t\(\s*(?:(['"])([^'"]*)\1|(?=[^\s)]))/g)].map((match) => ({
    file,
    line: text.slice(0, match.index).split('\n').length,
    ...(match[2] !== undefined ? { key: match[2] } : {}),
  }));
}

export function uiStringProblems(keys: readonly string[], uses: readonly UiKeyUse[]): DataProblem[] {
  const used = new Set(uses.flatMap((use) => (use.key === undefined ? [] : [use.key])));
  return [
    ...uses.flatMap((use) =>
      use.key === undefined
        ? [
            {
              file: use.file,
              line: use.line,
              message: "t() with a computed key: write the key as a literal, t('key'), so the build can check it",
            },
          ]
        : keys.includes(use.key)
          ? []
          : [{ file: use.file, line: use.line, message: `t('${use.key}') names no string of ${UI_FILE}` }],
    ),
    ...keys
      .filter((key) => !used.has(key))
      .map((key) => ({ file: UI_FILE, at: [key], message: `'${key}' is used nowhere: remove it, or use it` })),
  ];
}
