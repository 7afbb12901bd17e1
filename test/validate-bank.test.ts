/**
 * The build's check of the bank's references: the shipped bank passes, and each kind of typo
 * fails with the file, the question and the field named.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '../source/core/answers/schema.js';
import { loadUiStrings } from '../source/core/flow/bank.js';
import type { Question, QuestionBank } from '../source/core/flow/bank-schema.js';
import { bankProblems, uiKeysUsed, uiStringProblems } from '../source/core/flow/validate-bank.js';
import { locateProblems, uiKeysInSource } from '../source/tools/data-problems.js';
import { REPO, tempDir } from './support/cli.js';
import { flow } from './support/flow.js';
import { catalogs } from './support/replay.js';

const schema = buildAnswersSchema(catalogs);

/** A copy of the shipped bank with the question `id` changed by `edit`. */
function bankWith(id: string, edit: (q: Question) => void): QuestionBank {
  const bank = structuredClone(flow.bank);
  const find = (questions: Question[]): Question | undefined =>
    questions.find((q) => q.id === id) ?? questions.flatMap((q) => (q.item ? [find(q.item)] : [])).find(Boolean);
  const question = find(bank.sections.flatMap((s) => s.questions));
  if (!question) throw new Error(`no question ${id}`);
  edit(question);
  return bank;
}
const messages = (bank: QuestionBank) => bankProblems(bank, catalogs, schema).map((p) => p.message);

describe('the references of the question bank', () => {
  it('all hold in the shipped bank and UI strings', () => {
    expect(bankProblems(flow.bank, catalogs, schema)).toEqual([]);
    expect(uiStringProblems(Object.keys(loadUiStrings()), uiKeysInSource(join(REPO, 'source')))).toEqual([]);
  });

  it('fail on a typo in a condition path, naming the question and the field', () => {
    const bank = bankWith('dpo-email', (q) => (q.when = { path: '$hasDpoo', equals: true }));
    expect(messages(bank)).toEqual([
      "question 'dpo-email', when.path: '$hasDpoo' names no question of this item or above, and no field of the answers",
    ]);
    const nested = bankWith(
      'legitimate-interest',
      (q) => (q.when = { all: [{ path: 'basis', equals: 'consent' }, { not: { path: 'purpse', answered: true } }] }),
    );
    expect(messages(nested)).toEqual([expect.stringContaining("question 'legitimate-interest', when.all[1].not.path: 'purpse'")]);
  });

  it('resolve a condition path in the item first, then above it', () => {
    // `languages` is a root field; `preset` a field of the activity being asked about.
    expect(
      messages(
        bankWith(
          'activity-name',
          (q) =>
            (q.when = {
              all: [
                { path: 'languages', answered: true },
                { path: 'preset', answered: false },
              ],
            }),
        ),
      ),
    ).toEqual([]);
    expect(messages(bankWith('legal-name', (q) => (q.when = { path: 'preset', answered: false })))).toHaveLength(1);
  });

  it('fail on a catalog that does not exist, or a flag its entries lack', () => {
    expect(messages(bankWith('service', (q) => (q.options = { catalog: 'procesors' })))).toEqual([
      "question 'service', options.catalog: no catalog is named 'procesors'",
    ]);
    const flag = (catalog: string, name: string) =>
      bankWith('legitimate-interest', (q) => (q.when = { path: 'purpose', catalogFlag: { catalog, flag: name } }));
    expect(messages(flag('purpose', 'interest'))).toEqual([
      "question 'legitimate-interest', when.catalogFlag.catalog: no catalog is named 'purpose'",
    ]);
    expect(messages(flag('purposes', 'intrest'))).toEqual([
      "question 'legitimate-interest', when.catalogFlag.flag: no entry of the catalog 'purposes' has a field 'intrest'",
    ]);
  });

  it('fail on a suggestion that names a field the entries lack, or no answer', () => {
    const suggest = (fields: Record<string, string>) => bankWith('service', (q) => (q.suggest = { fields }));
    expect(messages(suggest({ countries: 'countries' }))).toEqual([]);
    expect(messages(suggest({ countries: 'country' }))).toEqual([
      "question 'service', suggest.fields: no entry of the catalog 'processors' has a field 'country'",
    ]);
    expect(messages(suggest({ countrys: 'countries' }))).toEqual([
      "question 'service', suggest.fields: 'countrys' names no question or answers field of this item",
    ]);
  });

  it('fail on a question bound to no field of the answers', () => {
    expect(messages(bankWith('legal-name', (q) => (q.path = 'controller.legalNam')))).toEqual([
      "question 'legal-name', path: 'controller.legalNam' binds to no field of the answers (source/core/answers/schema.ts)",
    ]);
    expect(messages(bankWith('logic', (q) => (q.path = 'logik')))).toHaveLength(1);
  });

  it('fail on a gate that steers questions but cannot be set from an answers file', () => {
    expect(messages(bankWith('has-dpo', (q) => delete q.derive))).toEqual([
      "question 'has-dpo', derive: $hasDpo steers other questions, so it needs a derive: (how it follows from an answers file)",
    ]);
    expect(messages(bankWith('has-dpo', (q) => (q.derive = { answered: 'dpoo' })))).toEqual([
      "question 'has-dpo', derive.answered: 'dpoo' is no field of the answers",
    ]);
    expect(messages(bankWith('has-dpo', (q) => (q.derive = { collect: 'activities[].preset' })))).toEqual([
      "question 'has-dpo', derive.collect: gives a list, so the question must be a multi, not a yesno",
    ]);
    expect(messages(bankWith('legal-name', (q) => (q.derive = { answered: 'dpo' })))).toEqual([
      "question 'legal-name', derive.answered: only a $ note is derived; 'controller.legalName' is an answer itself",
    ]);
  });

  it('name the line of the field at fault in questions/wizard.yaml', () => {
    const typo = bankProblems(
      bankWith('languages', (q) => (q.path = 'langauges')),
      catalogs,
      schema,
    );
    const lines = readFileSync(join(REPO, 'questions', 'wizard.yaml'), 'utf8').split('\n');
    const line = lines.indexOf('    path: languages') + 1;
    expect(locateProblems(typo)).toEqual([`questions/wizard.yaml:${line}:11: ${typo[0]!.message}`]);
  });
});

describe('the UI strings', () => {
  it('finds every t() of a source text, with its line', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template literal
    const uses = uiKeysUsed('a.tsx', "const a = t('yes');\nconst b = `${t(\"no\")}`; split('x'); at('y')\nt(key)");
    expect(uses).toEqual([
      { file: 'a.tsx', line: 1, key: 'yes' },
      { file: 'a.tsx', line: 2, key: 'no' },
      { file: 'a.tsx', line: 3 },
    ]);
  });

  it('fail on a key that ui.yaml lacks, a computed key, and a string nothing uses', () => {
    const uses = [
      { file: 'source/wizard/app.tsx', line: 9, key: 'hintChoise' },
      { file: 'source/wizard/app.tsx', line: 10 },
      { file: 'source/wizard/app.tsx', line: 11, key: 'yes' },
    ];
    expect(uiStringProblems(['yes', 'no'], uses)).toEqual([
      { file: 'source/wizard/app.tsx', line: 9, message: "t('hintChoise') names no string of questions/ui.yaml" },
      {
        file: 'source/wizard/app.tsx',
        line: 10,
        message: "t() with a computed key: write the key as a literal, t('key'), so the build can check it",
      },
      { file: 'questions/ui.yaml', at: ['no'], message: "'no' is used nowhere: remove it, or use it" },
    ]);
  });
});

describe('npm run build', () => {
  it('stops on a typo in the bank, naming the file, the line and the question', () => {
    // The build's data step, run in a copy of the package with one condition path misspelt.
    const root = tempDir();
    mkdirSync(join(root, 'dist'));
    cpSync(join(REPO, 'dist', 'compile-data.js'), join(root, 'dist', 'compile-data.js'));
    for (const dir of ['questions', 'templates', 'source']) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
    const bankFile = join(root, 'questions', 'wizard.yaml');
    const text = readFileSync(bankFile, 'utf8');
    const at = text.indexOf('      path: $hasDpo\n');
    writeFileSync(bankFile, `${text.slice(0, at)}      path: $hasDop\n${text.slice(at + '      path: $hasDpo\n'.length)}`);
    const line = text.slice(0, at).split('\n').length;

    const run = spawnSync(process.execPath, [join(root, 'dist', 'compile-data.js')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`questions/wizard.yaml:${line}:13: question 'dpo-name', when.path: '$hasDop' names no question`);
  });
});
