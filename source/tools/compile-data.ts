/**
 * Run by `npm run build`: validates the catalogs (and their cross-references), the question
 * bank and the UI strings (and every reference between them, the answers schema and the code),
 * check's and diff's messages, the citations (one for every article a rule or question cites) and the labels, parses the Mustache templates, takes the tables of names and
 * formats the product needs from Intl, and writes them to dist/data/ as JSON, which the bundle
 * reads instead of parsing (or starting Intl) on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildAnswersSchema } from '../core/answers/schema.js';
import { CATALOGS_DIR, loadCatalogFiles } from '../core/catalogs/load.js';
import { danglingReferences } from '../core/catalogs/references.js';
import { loadCheckMessages } from '../core/check/messages.js';
import { RULES } from '../core/check/registry.js';
import { DIFF_ARTICLES } from '../core/diff/activities.js';
import { loadDiffMessages } from '../core/diff/messages.js';
import { loadQuestionBank, loadUiStrings } from '../core/flow/bank.js';
import { BANK_FILE, bankProblems, UI_FILE, uiStringProblems } from '../core/flow/validate-bank.js';
import { LANGUAGES } from '../core/languages.js';
import { articlesIn, CITATIONS_FILE, loadCitations, missingCitations } from '../core/locale/citations.js';
import { buildIntlTables } from '../core/locale/intl-tables.js';
import { compiledDataPath, packagePath } from '../core/paths.js';
import { parseTemplate, readLabels, TEMPLATE_FILES } from '../core/render/templates.js';
import { locateProblems, uiKeysInSource } from './data-problems.js';

const write = (name: string, value: unknown) => {
  mkdirSync(dirname(compiledDataPath(name)), { recursive: true });
  writeFileSync(compiledDataPath(name), JSON.stringify(value));
};

// First: the check of the catalogs' country codes below reads it.
write('intl', buildIntlTables());

const catalogs = loadCatalogFiles(CATALOGS_DIR);
const dangling = danglingReferences(catalogs);
if (dangling.length > 0) throw new Error(`the catalogs refer to ids that do not exist:\n${dangling.join('\n')}`);

const bank = loadQuestionBank(packagePath(BANK_FILE));
const uiStrings = loadUiStrings(packagePath(UI_FILE));
const problems = [
  ...bankProblems(bank, catalogs, buildAnswersSchema(catalogs)),
  ...uiStringProblems(Object.keys(uiStrings), uiKeysInSource(packagePath('source'))),
];
if (problems.length > 0) {
  console.error(
    `npm run build: ${problems.length} broken reference(s) in the question bank or the UI strings:\n${locateProblems(problems).join('\n')}`,
  );
  process.exit(1);
}

const citations = loadCitations();
const uncited = missingCitations(
  [...RULES.flatMap((rule) => (rule.article ? [rule.article] : [])), ...articlesIn(bank), ...DIFF_ARTICLES],
  citations,
);
if (uncited.length > 0) {
  console.error(
    `npm run build: ${CITATIONS_FILE} has no entry for ${uncited.length} citation(s):\n${uncited.map((a) => `  ${a}`).join('\n')}`,
  );
  process.exit(1);
}

const data = {
  catalogs,
  citations,
  'question-bank': bank,
  'ui-strings': uiStrings,
  'check-messages': loadCheckMessages(),
  'diff-messages': loadDiffMessages(),
  labels: Object.fromEntries(LANGUAGES.map((lang) => [lang, readLabels(lang)])),
  templates: Object.fromEntries(TEMPLATE_FILES.map((file) => [file, parseTemplate(file)])),
};
for (const [name, value] of Object.entries(data)) write(name, value);
