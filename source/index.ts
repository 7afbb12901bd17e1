/**
 * privacy-wizard as a library: `import { renderDocuments } from 'privacy-wizard'`.
 *
 * Check answers and render the notices in memory, through the same pipeline as the CLI (read →
 * check → gate → render: core/pipeline.ts, core/pipeline-generate.ts), so that a site build gets
 * the bytes `privacy-wizard --answers` would write, without a subprocess. It loads no terminal
 * code (no ink, react or conf) and reads the catalogs the package's build compiled (dist/data/).
 * Every function is synchronous and pure apart from reading those data files once per process.
 *
 * This file is the package's public API (README, "Use as a library"): what it exports is kept
 * stable; everything else in the package may change.
 */
import { formatPath, type Problem } from './core/answers/problems.js';
import { loadCatalogFiles } from './core/catalogs/load.js';
import type { CatalogFiles } from './core/catalogs/schema.js';
import type { LocatedFinding, Finding as RuleFinding } from './core/check/check.js';
import { DEFAULT_DOCUMENTS, DEFAULT_FORMATS, DOCUMENT_OPTIONS, FORMATS } from './core/formats.js';
import { LANGUAGES } from './core/languages.js';
import {
  type Checked,
  checkAnswersObject,
  gate,
  type PathProblem,
  type CheckOptions as PipelineOptions,
  pathProblem,
  readAndCheck,
} from './core/pipeline.js';
import { generate } from './core/pipeline-generate.js';
import { DOCUMENTS, fileName } from './core/render/documents.js';

// The public types are spelled out here, so that the shipped index.d.ts stands alone (the build
// checks it imports nothing); test/library.unit.test.ts checks they equal the core's.
/** An output language. */
export type Language = 'en' | 'nl' | 'fr' | 'de';
/** A format a document is rendered in (`--format`). */
export type Format = 'md' | 'html' | 'fragment' | 'csv';
/** A document, by its `--documents` name. */
export type DocumentOption = 'notice' | 'retention' | 'record' | 'short' | 'cookies';

/** The output languages, in the CLI's order: `['en', 'nl', 'fr', 'de']`. */
export const languages: readonly Language[] = LANGUAGES;
/** Every format a document can be rendered in (`--format`): md, html, fragment, csv. */
export const formats: readonly Format[] = FORMATS;
/** The formats rendered when none are asked for, as the CLI writes them: md, html, csv. */
export const defaultFormats: readonly Format[] = DEFAULT_FORMATS;
/** Every document (`--documents`): notice, retention, record (of processing activities), … */
export const documents: readonly DocumentOption[] = DOCUMENT_OPTIONS;
/** The documents rendered when none are asked for: the notice and the retention table. */
export const defaultDocuments: readonly DocumentOption[] = DEFAULT_DOCUMENTS;

/** The answers: the text of an answers file (YAML), or the object it holds (as `export` would write it). */
export type AnswersInput = string | object;

export interface CheckOptions {
  /** The name to report for text input (the CLI's FILE); `answers.yaml` by default. */
  file?: string;
  /** The output languages; by default those the answers name (`languages:`). */
  languages?: Language[];
  /** The language the findings' messages are written in; English by default. */
  uiLanguage?: Language;
}

export interface RenderOptions extends CheckOptions {
  /** The formats to render (each document renders those it has); by default {@link defaultFormats}. */
  formats?: Format[];
  /** The documents to render, by their `--documents` names; by default {@link defaultDocuments}. */
  documents?: DocumentOption[];
}

/** One thing wrong with the answers, or one check finding. */
export interface Finding {
  /** An error stops rendering; a warning does not. */
  severity: 'error' | 'warning';
  /** The check rule's id (as `privacy-wizard check` reports it); null when the input is not valid answers at all (YAML or schema). */
  rule: string | null;
  /** Where in the answers, as the CLI writes it: `activities[0].purposes`. */
  path: string;
  /** What is wrong, in `uiLanguage`. */
  message: string;
  /** What to do about it, when that is clear. */
  fix: string | null;
  /** The provision of the GDPR the rule rests on, e.g. `Art. 13(1)(c)`. */
  article: string | null;
  /** For text input: the line and column (from 1) in the answers file. */
  line?: number;
  column?: number;
}

export interface CheckResult {
  /** No error: the answers can be rendered. */
  ok: boolean;
  /** The output languages the check read the answers for (empty when the input is not valid answers). */
  languages: Language[];
  /** Every finding, in the order of the file (text) or of the object's keys. */
  findings: Finding[];
}

/** A rendered file, as the CLI would write it into --out. */
export interface OutputDocument {
  /** The file name the CLI gives it: `privacy-notice.nl.html`. */
  name: string;
  /** Which document: `notice`, `retention-table`, `record-of-processing`, `short-notices`, … (its id). */
  document: string;
  language: Language;
  format: Format;
  /** The file's content; the CLI writes it as UTF-8, byte for byte. */
  text: string;
}

export interface RenderResult extends CheckResult {
  /** The files, in the order the CLI writes them; none when `ok` is false. */
  files: OutputDocument[];
}

let catalogs: CatalogFiles | undefined;
const loadedCatalogs = (): CatalogFiles => {
  catalogs ??= loadCatalogFiles();
  return catalogs;
};

const pipelineOptions = (options: CheckOptions): PipelineOptions => ({
  ...(options.languages ? { languages: options.languages } : {}),
  ...(options.uiLanguage ? { uiLanguage: options.uiLanguage } : {}),
});

const asFinding = (f: RuleFinding | LocatedFinding): Finding => ({
  severity: f.severity,
  rule: f.rule,
  path: formatPath(f.path),
  message: f.message,
  fix: f.fix,
  article: f.article,
  ...('line' in f ? { line: f.line, column: f.col } : {}),
});

/** A problem that makes the input not valid answers (YAML, schema): an error of no rule. */
const asProblemFinding = (p: Problem | PathProblem): Finding => ({
  severity: 'error',
  rule: null,
  path: p.path,
  message: p.message,
  fix: null,
  article: null,
  ...('line' in p ? { line: p.line, column: p.col } : {}),
});

/** The pipeline's check of either input, as the CLI runs it for a file or the wizard for an object. */
function checked(input: AnswersInput, options: CheckOptions): Checked<RuleFinding, Problem | PathProblem> {
  return typeof input === 'string'
    ? readAndCheck(input, options.file ?? 'answers.yaml', loadedCatalogs(), pipelineOptions(options))
    : checkAnswersObject(input, loadedCatalogs(), pipelineOptions(options));
}

const findingsOf = (run: Checked<RuleFinding, Problem | PathProblem>): Finding[] =>
  run.ok ? run.findings.map(asFinding) : run.problems.map(asProblemFinding);

/**
 * Checks answers as `privacy-wizard check` does: every rule, and for text input the YAML and the
 * schema first.
 *
 * @example
 * const { ok, findings } = checkAnswers(readFileSync('answers.yaml', 'utf8'), { file: 'answers.yaml' });
 */
export function checkAnswers(input: AnswersInput, options: CheckOptions = {}): CheckResult {
  const run = checked(input, options);
  const findings = findingsOf(run);
  return { ok: run.ok && !findings.some((f) => f.severity === 'error'), languages: run.ok ? run.languages : [], findings };
}

/**
 * Checks the answers and, when no finding is an error, renders every document in each language
 * and format asked for: the files `privacy-wizard --answers FILE --out DIR` writes, with the same
 * bytes. With an error nothing is rendered, as the CLI writes nothing.
 *
 * @example
 * const result = renderDocuments(text, { file: 'answers.yaml', formats: ['fragment'] });
 * if (result.ok) for (const file of result.files) writeFileSync(`legal/${file.name}`, file.text);
 */
export function renderDocuments(input: AnswersInput, options: RenderOptions = {}): RenderResult {
  const run = checked(input, options);
  const findings = findingsOf(run);
  // The CLI's gate: an error renders nothing; the findings say why.
  const gated = gate(run, pathProblem);
  if (!gated.ok) return { ok: false, languages: run.ok ? run.languages : [], findings, files: [] };
  const rendered = generate(gated.model, {
    languages: gated.languages,
    formats: options.formats ?? DEFAULT_FORMATS,
    documents: options.documents ?? DEFAULT_DOCUMENTS,
  });
  const files = rendered.map(({ name, content }) => ({ name, text: content, ...describe(name) }));
  return { ok: true, languages: gated.languages, findings, files };
}

/** Which document, language and format a file name stands for (documents.ts names them). */
const NAMES = new Map(
  DOCUMENTS.flatMap((d) =>
    LANGUAGES.flatMap((language) =>
      FORMATS.map((format) => [fileName(d, language, format), { document: d.id, language, format }] as const),
    ),
  ),
);

function describe(name: string): Omit<OutputDocument, 'name' | 'text'> {
  const described = NAMES.get(name);
  if (!described) throw new Error(`no document is written as ${name}`);
  return described;
}
