/**
 * A legal citation as the reader's language writes it. Rules and questions cite the law in
 * English ("Art. 13(1)(a) GDPR"); questions/citations.yaml gives each such citation in the other
 * languages ("art. 13, lid 1, punt a, AVG"). The build refuses a citation used without an entry
 * (source/tools/compile-data.ts), so a Dutch finding never carries an English article.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { LANGUAGES, type Language } from '../languages.js';
import { compiledOr, packagePath } from '../paths.js';

export const CITATIONS_FILE = 'questions/citations.yaml';

/** Every language but English, whose text is the key itself. */
const OTHER_LANGUAGES = LANGUAGES.filter((lang): lang is Exclude<Language, 'en'> => lang !== 'en');
const citationsSchema = v.record(
  v.pipe(v.string(), v.nonEmpty()),
  v.strictObject(
    Object.fromEntries(OTHER_LANGUAGES.map((lang) => [lang, v.pipe(v.string(), v.nonEmpty())])) as Record<
      Exclude<Language, 'en'>,
      v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.NonEmptyAction<string, undefined>]>
    >,
  ),
);
export type Citations = v.InferOutput<typeof citationsSchema>;

export function loadCitations(file = packagePath(CITATIONS_FILE)): Citations {
  const result = v.safeParse(citationsSchema, parse(readFileSync(file, 'utf8')));
  if (!result.success)
    throw new Error(
      `${file} is not valid: ${result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ')}`,
    );
  return result.output;
}

let citations: Citations | undefined;
const allCitations = (): Citations => (citations ??= compiledOr('citations', loadCitations));

export function citation(article: string, lang: Language): string {
  if (lang === 'en') return article;
  const entry = allCitations()[article];
  if (entry === undefined) throw new Error(`internal error: no citation '${article}' in ${CITATIONS_FILE}`);
  return entry[lang];
}

/** The citations a list of articles uses that the file lacks: the build refuses them. */
export const missingCitations = (articles: Iterable<string>, known: Citations = allCitations()): string[] =>
  [...new Set(articles)].filter((article) => known[article] === undefined).sort();

/** Every `article:` a structure gives at any depth (the question bank's questions and sections). */
export const articlesIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(articlesIn)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => (key === 'article' && typeof inner === 'string' ? [inner] : articlesIn(inner)))
      : [];
