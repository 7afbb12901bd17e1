/** The JSON the build compiles into dist/data/ is exactly what the YAML sources validate to. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS_DIR, loadCatalogFiles } from '../source/core/catalogs/load.js';
import { loadQuestionBank, loadUiStrings } from '../source/core/flow/bank.js';
import { LANGUAGES } from '../source/core/languages.js';
import { parseTemplate, readLabels, TEMPLATE_FILES } from '../source/core/render/templates.js';
import { REPO } from './support/cli.js';

const compiled = (name: string): unknown => JSON.parse(readFileSync(join(REPO, 'dist', 'data', `${name}.json`), 'utf8'));

describe('data compiled by npm run build', () => {
  it('holds every catalog as validated from questions/catalogs', () => {
    expect(compiled('catalogs')).toEqual(loadCatalogFiles(CATALOGS_DIR));
    expect(Object.keys(compiled('catalogs') as object).length).toBeGreaterThan(10);
  });

  it('holds the question bank, the UI strings and the labels', () => {
    expect(compiled('question-bank')).toEqual(loadQuestionBank());
    expect(compiled('ui-strings')).toEqual(loadUiStrings());
    expect(compiled('labels')).toEqual(Object.fromEntries(LANGUAGES.map((lang) => [lang, readLabels(lang)])));
  });

  it('holds every template, parsed', () => {
    const templates = compiled('templates') as Record<string, unknown>;
    expect(Object.keys(templates).sort()).toEqual([...TEMPLATE_FILES].sort());
    for (const file of TEMPLATE_FILES) expect(templates[file], file).toEqual(parseTemplate(file));
  });
});
