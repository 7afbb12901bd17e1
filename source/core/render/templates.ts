/** Reads the Mustache templates and per-language labels once per process. */
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import * as v from 'valibot';
import { parse } from 'yaml';
import { LANGUAGES, type Language } from '../languages.js';
import { bundled, packagePath, readCompiledData } from '../paths.js';

const text = v.pipe(v.string(), v.nonEmpty());
export const labelsSchema = v.strictObject({
  html: v.strictObject({ contents: text }),
  retention: v.strictObject({
    title: text,
    intro: text,
    columns: v.strictObject({ activity: text, data: text, period: text, reason: text }),
  }),
});
export type Labels = v.InferOutput<typeof labelsSchema>;

export const templatePaths = {
  notice: (lang: Language) => packagePath('templates', lang, 'notice.md.mustache'),
  html: () => packagePath('templates', 'notice.html.mustache'),
  retention: () => packagePath('templates', 'retention-table.md.mustache'),
  labels: (lang: Language) => packagePath('templates', lang, 'labels.yaml'),
};

const cache = new Map<string, string>();
export function template(path: string): string {
  let source = cache.get(path);
  if (source === undefined) {
    source = readFileSync(path, 'utf8');
    Mustache.parse(source);
    cache.set(path, source);
  }
  return source;
}

/** The labels of one language from templates/<lang>/labels.yaml, validated. */
export const readLabels = (lang: Language): Labels => v.parse(labelsSchema, parse(readFileSync(templatePaths.labels(lang), 'utf8')));

let allLabels: Record<Language, Labels> | undefined;
/** The bundle reads the labels the build compiled (dist/data/labels.json). */
export function labels(lang: Language): Labels {
  allLabels ??= bundled
    ? readCompiledData<Record<Language, Labels>>('labels')
    : (Object.fromEntries(LANGUAGES.map((l) => [l, readLabels(l)])) as Record<Language, Labels>);
  return allLabels[lang];
}
