/** The Mustache templates and per-language labels, each read and parsed once per process (or at build). */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import Mustache from 'mustache';
import * as v from 'valibot';
import { parse } from 'yaml';
import { LANGUAGES, type Language } from '../languages.js';
import { compiledOr, packagePath } from '../paths.js';
import { recordLabelsSchema } from '../view/record-labels.js';
import { COOKIE_DECLARATION, NOTICE, RETENTION_TABLE, TEMPLATE_FILES, templateFile } from './documents.js';

const text = v.pipe(v.string(), v.nonEmpty());
export const labelsSchema = v.strictObject({
  html: v.strictObject({ contents: text }),
  retention: v.strictObject({
    title: text,
    intro: text,
    /** Under the table when one situation keeps the same data for more than one period. */
    overlap: text,
    columns: v.strictObject({ activity: text, data: text, period: text, reason: text }),
  }),
  record: recordLabelsSchema,
  /** The short notices' file: its title ({{controller}}), what the texts are for, what it says without any, the snippets' label. */
  short: v.strictObject({ title: text, intro: text, none: text, region: text }),
  cookies: v.strictObject({
    title: text,
    /** A session cookie's lifetime. */
    session: text,
    columns: v.strictObject({ name: text, provider: text, purpose: text, lifetime: text, party: text }),
    party: v.strictObject({ first: text, third: text }),
  }),
});
export type Labels = v.InferOutput<typeof labelsSchema>;

/** A document's template for one language, as a path (documents.ts declares them). */
export const templatePath = (template: string, lang: Language): string => packagePath(templateFile(template, lang));

export const templatePaths = {
  notice: (lang: Language) => templatePath(NOTICE.templates.notice, lang),
  html: () => packagePath(NOTICE.templates.page),
  retention: () => packagePath(RETENTION_TABLE.templates.table),
  cookies: (lang: Language) => templatePath(COOKIE_DECLARATION.templates.declaration, lang),
  labels: (lang: Language) => packagePath('templates', lang, 'labels.yaml'),
};

export interface ParsedTemplate {
  source: string;
  tokens: Mustache.TemplateSpans;
}
export { TEMPLATE_FILES } from './documents.js';

/** A template file (relative to the package) read and parsed. */
export function parseTemplate(file: string): ParsedTemplate {
  const source = readFileSync(packagePath(file), 'utf8');
  return { source, tokens: Mustache.parse(source) };
}

let compiled: Partial<Record<string, ParsedTemplate>> | undefined;
const parsed = new Map<string, ParsedTemplate>();
/** Each template is parsed once per process, or once at build time for the bundle (dist/data/templates.json). */
function parsedTemplate(path: string): ParsedTemplate {
  let result = parsed.get(path);
  if (!result) {
    const file = relative(packagePath(), path).split(sep).join('/');
    compiled ??= compiledOr('templates', () => Object.fromEntries(TEMPLATE_FILES.map((name) => [name, parseTemplate(name)])));
    result = compiled[file];
    if (!result) throw new Error(`no template ${file}`);
    parsed.set(path, result);
  }
  return result;
}

/** Renders a template with an escape function for its output format (Mustache's own escapes for HTML only). */
export function renderTemplate(path: string, view: object, escapeValue: (value: string) => string): string {
  const { source, tokens } = parsedTemplate(path);
  // @types/mustache types tokens as string[][]; Mustache.parse returns TemplateSpans.
  return new Mustache.Writer().renderTokens(tokens as unknown as string[][], new Mustache.Context(view), {}, source, {
    escape: (value: unknown) => escapeValue(String(value)),
  });
}

/** The labels of one language from templates/<lang>/labels.yaml, validated. */
export const readLabels = (lang: Language): Labels => v.parse(labelsSchema, parse(readFileSync(templatePaths.labels(lang), 'utf8')));

let allLabels: Record<Language, Labels> | undefined;
/** The bundle reads the labels the build compiled (dist/data/labels.json). */
export function labels(lang: Language): Labels {
  allLabels ??= compiledOr('labels', () => Object.fromEntries(LANGUAGES.map((l) => [l, readLabels(l)])) as Record<Language, Labels>);
  return allLabels[lang];
}
