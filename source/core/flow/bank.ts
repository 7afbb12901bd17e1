import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { type Localized, localized } from '../catalogs/schema.js';
import { compiledOr, packagePath } from '../paths.js';
import { bankSchema, type QuestionBank } from './bank-schema.js';

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'), { schema: 'core', merge: false });

function validated<T>(schema: v.GenericSchema<unknown, T>, file: string): T {
  const result = v.safeParse(schema, read(file), { abortEarly: false });
  if (!result.success) {
    const problems = result.issues.slice(0, 20).map((issue) => `  ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new Error(`${file} is not valid:\n${problems.join('\n')}`);
  }
  return result.output;
}

// The bundle reads what the build validated and compiled (dist/data/); a named file is read as YAML.
export const loadQuestionBank = (file?: string): QuestionBank =>
  file === undefined
    ? compiledOr('question-bank', () => validated(bankSchema, packagePath('questions', 'wizard.yaml')))
    : validated(bankSchema, file);

export const uiStringsSchema = v.record(v.string(), localized);
export type UiStrings = Record<string, Localized>;
export const loadUiStrings = (file?: string): UiStrings =>
  file === undefined
    ? compiledOr('ui-strings', () => validated(uiStringsSchema, packagePath('questions', 'ui.yaml')))
    : validated(uiStringsSchema, file);
