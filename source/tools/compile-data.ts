/**
 * Run by `npm run build`: validates the catalogs (and their cross-references), the question
 * bank, the UI strings, check's messages and the labels from their YAML, parses the Mustache templates, takes
 * the tables of names and formats the product needs from Intl, and writes them to dist/data/ as
 * JSON, which the bundle reads instead of parsing (or starting Intl) on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATALOGS_DIR, loadCatalogFiles } from '../core/catalogs/load.js';
import { danglingReferences } from '../core/catalogs/references.js';
import { loadCheckMessages } from '../core/check/messages.js';
import { loadQuestionBank, loadUiStrings } from '../core/flow/bank.js';
import { LANGUAGES } from '../core/languages.js';
import { compiledDataPath, packagePath } from '../core/paths.js';
import { TEMPLATE_FILES, parseTemplate, readLabels } from '../core/render/templates.js';
import { buildIntlTables } from '../core/locale/intl-tables.js';

const write = (name: string, value: unknown) => {
  mkdirSync(dirname(compiledDataPath(name)), { recursive: true });
  writeFileSync(compiledDataPath(name), JSON.stringify(value));
};

// First: the check of the catalogs' country codes below reads it.
write('intl', buildIntlTables());

const catalogs = loadCatalogFiles(CATALOGS_DIR);
const dangling = danglingReferences(catalogs);
if (dangling.length > 0) throw new Error(`the catalogs refer to ids that do not exist:\n${dangling.join('\n')}`);

const data = {
  catalogs,
  'question-bank': loadQuestionBank(packagePath('questions', 'wizard.yaml')),
  'ui-strings': loadUiStrings(packagePath('questions', 'ui.yaml')),
  'check-messages': loadCheckMessages(),
  labels: Object.fromEntries(LANGUAGES.map((lang) => [lang, readLabels(lang)])),
  templates: Object.fromEntries(TEMPLATE_FILES.map((file) => [file, parseTemplate(file)])),
};
for (const [name, value] of Object.entries(data)) write(name, value);
