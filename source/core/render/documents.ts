/**
 * The documents the tool writes, and in which formats: each declares its id, its file name per
 * language and format (<file>.<lang>.<format>), and the templates it reads. `--format`, the
 * template list the build compiles and the help's "Files written" derive from this list; the
 * renderers are bound to them in each document's own file (notice.ts, retention-table.ts, record.ts) and
 * listed in outputs.ts: kept apart, because cli.ts reads this file before it loads anything.
 *
 * A new document: its entry here, a file with its view and one renderer per format (as
 * retention-table.ts), that document in outputs.ts, and its templates.
 */

import { LANGUAGES, type Language } from '../languages.js';
import type { Model } from '../model/resolve.js';

export interface DocumentSpec {
  id: string;
  /** Its name in `--documents` (and the library's `documents` option): notice, retention, … */
  option: string;
  /** Written when `--documents` is not given (the notice and the retention table); the others on request. */
  byDefault: boolean;
  /** The start of each file's name: <file>.<lang>.<format>. */
  file: string;
  /** The formats it renders, in the order its files are written. */
  formats: readonly string[];
  /** Formats written only when --format names them (by default every other one is written). */
  onRequest?: readonly string[];
  /** A format's file extension where it is not the format's name (fragment → fragment.html). */
  extensions?: Readonly<Record<string, string>>;
  /** Template files (relative to the package) by role; `{lang}` stands for each output language. */
  templates: Readonly<Record<string, string>>;
}

/**
 * `fragment` is the notice's body as an HTML fragment for a CMS (no <html>, <head> or style; see
 * README, "HTML for a CMS"): on request only, so a plain replay writes the files it always did.
 * Its files end in .fragment.html, so that editors and upload forms take them for HTML.
 */
export const NOTICE = {
  id: 'notice',
  option: 'notice',
  byDefault: true,
  file: 'privacy-notice',
  formats: ['md', 'html', 'fragment'],
  onRequest: ['fragment'],
  extensions: { fragment: 'fragment.html' },
  templates: {
    notice: 'templates/{lang}/notice.md.mustache',
    page: 'templates/notice.html.mustache',
    fragment: 'templates/notice.fragment.html.mustache',
  },
} as const satisfies DocumentSpec;

export const RETENTION_TABLE = {
  id: 'retention-table',
  option: 'retention',
  byDefault: true,
  file: 'retention-table',
  formats: ['md', 'csv'],
  templates: { table: 'templates/retention-table.md.mustache' },
} as const satisfies DocumentSpec;

/**
 * The record of processing activities (Art. 30(1) GDPR) the controller keeps and shows the
 * authority on request: on request only, since it is an internal document, not one to publish.
 * Built in code (record-markdown.ts, record-csv.ts) from the labels: no template of its own.
 */
export const RECORD = {
  id: 'record-of-processing',
  option: 'record',
  byDefault: false,
  file: 'record-of-processing',
  formats: ['md', 'csv'],
  templates: {},
} as const satisfies DocumentSpec;

/**
 * Texts to put where data are collected (beside a form, on a camera sign), each pointing to the
 * notice: on request. `text` holds each language's sentences; `markdown` and `html` lay them out.
 */
export const SHORT_NOTICES = {
  id: 'short-notices',
  option: 'short',
  byDefault: false,
  file: 'short-notices',
  formats: ['md', 'html'],
  templates: {
    text: 'templates/{lang}/short-notice.mustache',
    markdown: 'templates/short-notices.md.mustache',
    html: 'templates/short-notices.html.mustache',
  },
} as const satisfies DocumentSpec;

/** The cookies the website places, from the cookie catalog and the answers: on request, as it is new. */
export const COOKIE_DECLARATION = {
  id: 'cookie-declaration',
  option: 'cookies',
  byDefault: false,
  file: 'cookie-declaration',
  formats: ['md', 'html'],
  templates: {
    declaration: 'templates/{lang}/cookie-declaration.md.mustache',
    page: 'templates/notice.html.mustache',
  },
} as const satisfies DocumentSpec;

export const DOCUMENTS = [NOTICE, RETENTION_TABLE, RECORD, SHORT_NOTICES, COOKIE_DECLARATION] as const;

export type Format = (typeof DOCUMENTS)[number]['formats'][number];

/** The `--documents` values: each document's option name; `all` stands for every one. */
export type DocumentOption = (typeof DOCUMENTS)[number]['option'];
export const DOCUMENT_OPTIONS = DOCUMENTS.map((d) => d.option) as readonly DocumentOption[];
export const DEFAULT_DOCUMENTS = DOCUMENTS.filter((d) => d.byDefault).map((d) => d.option) as readonly DocumentOption[];

/** Every format some document renders, in the order of their first appearance: md, html, csv. */
export const formatsOf = (documents: readonly DocumentSpec[]): string[] => [...new Set(documents.flatMap((d) => d.formats))];

export const FORMATS = formatsOf(DOCUMENTS) as readonly Format[];

/** The formats written when --format is not given: all but those some document renders on request only. */
export const defaultFormatsOf = (documents: readonly DocumentSpec[]): string[] =>
  formatsOf(documents).filter((format) => !documents.some((d) => d.onRequest?.includes(format)));

export const DEFAULT_FORMATS = defaultFormatsOf(DOCUMENTS) as readonly Format[];

export const fileName = (document: DocumentSpec, lang: Language | '<lang>', format: string): string =>
  `${document.file}.${lang}.${document.extensions?.[format] ?? format}`;

/** A template of a document for one language (a template without `{lang}` is the same for all). */
export const templateFile = (template: string, lang: Language): string => template.replace('{lang}', lang);

/** Every template file the documents read, each once: the build parses them into dist/data/. */
export const templateFilesOf = (documents: readonly DocumentSpec[]): string[] => [
  ...new Set(documents.flatMap((d) => Object.values(d.templates).flatMap((t) => LANGUAGES.map((lang) => templateFile(t, lang))))),
];

export const TEMPLATE_FILES = templateFilesOf(DOCUMENTS);

/** The help's "Files written, per language": a line per document, its --documents name, then its files in columns. */
export function filesWrittenHelp(documents: readonly DocumentSpec[] = DOCUMENTS): string[] {
  const names = documents.map((d) => (d.byDefault ? d.option : `${d.option}*`));
  const rows = documents.map((d) => d.formats.map((format) => fileName(d, '<lang>', format)));
  const nameWidth = Math.max(...names.map((name) => name.length)) + 3;
  const width = Math.max(...rows.flatMap((row) => row.slice(0, -1).map((file) => file.length))) + 4;
  return rows.map(
    (row, r) => `  ${names[r]!.padEnd(nameWidth)}${row.map((file, i) => (i < row.length - 1 ? file.padEnd(width) : file)).join('')}`,
  );
}

/** What a document's view knows of the run beyond the answers: the documents written beside it (their ids), so that it can link them. */
export interface RenderContext {
  documents: readonly string[];
}

/** A document that can be rendered: its declaration, its view of the answers, and a renderer per format. */
export interface RenderableDocument {
  spec: DocumentSpec;
  view(model: Model, lang: Language, context: RenderContext): unknown;
  render: Readonly<Record<string, (view: never, lang: Language) => string>>;
}

/** Ties a declaration to its view builder and renderers; the compiler asks for one renderer per declared format. */
export function defineDocument<S extends DocumentSpec, V>(
  spec: S,
  view: (model: Model, lang: Language, context: RenderContext) => V,
  render: { [F in S['formats'][number]]: (view: V, lang: Language) => string },
): RenderableDocument {
  return { spec, view, render };
}

/**
 * A document's Markdown, rendered once per view: its HTML is made from the Markdown, so when both
 * formats are written the second reuses the first (the view is built once per language).
 */
export function oncePerView<V extends object>(render: (view: V) => string): (view: V) => string {
  const rendered = new WeakMap<V, string>();
  return (view) => {
    let text = rendered.get(view);
    if (text === undefined) {
      text = render(view);
      rendered.set(view, text);
    }
    return text;
  };
}
