/** Answers (resolved into the model) → every output file, in memory: each document of documents.ts in each format asked for. Writing is the caller's business. */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { type Model, resolveAnswers } from '../model/resolve.js';
import { cookieDeclarationDocument } from './cookie-declaration.js';
import { DEFAULT_DOCUMENTS, DEFAULT_FORMATS, fileName, formatsOf, type RenderableDocument } from './documents.js';
import { noticeDocument } from './notice.js';
import { recordDocument } from './record.js';
import { retentionTableDocument } from './retention-table.js';
import { shortNoticesDocument } from './short-notices.js';

export interface OutputFile {
  name: string;
  content: string;
}

export const RENDERABLE_DOCUMENTS: readonly RenderableDocument[] = [
  noticeDocument,
  retentionTableDocument,
  recordDocument,
  shortNoticesDocument,
  cookieDeclarationDocument,
];

/**
 * Per language, per format (in the order formatsOf gives), each document that renders it; a
 * document's view is built once per language, and only when one of its formats is asked for.
 * `done` is told each step as it ends (`notice: view`, `notice: html`): `npm run bench:stages`
 * times them.
 */
export function renderDocuments(
  model: Model,
  languages: readonly Language[],
  formats: readonly string[],
  documents: readonly RenderableDocument[] = RENDERABLE_DOCUMENTS,
  done: (step: string) => void = () => {},
): OutputFile[] {
  const files: OutputFile[] = [];
  const order = formatsOf(documents.map((d) => d.spec)).filter((format) => formats.includes(format));
  // The documents that write a file in this run: a notice links the cookie declaration only then.
  const context = { documents: documents.filter((d) => d.spec.formats.some((f) => order.includes(f))).map((d) => d.spec.id) };
  for (const lang of languages) {
    const views = new Map<RenderableDocument, unknown>();
    for (const format of order) {
      for (const document of documents) {
        const render = document.render[format] as ((view: unknown, lang: Language) => string) | undefined;
        if (!render) continue;
        if (!views.has(document)) {
          views.set(document, document.view(model, lang, context));
          done(`${document.spec.id}: view`);
        }
        files.push({ name: fileName(document.spec, lang, format), content: render(views.get(document), lang) });
        done(`${document.spec.id}: ${format}`);
      }
    }
  }
  return files;
}

export function renderOutputs(
  answers: Answers,
  catalogs: CatalogFiles,
  languages: readonly Language[],
  formats: readonly string[] = DEFAULT_FORMATS,
): OutputFile[] {
  return renderModelOutputs(resolveAnswers(answers, catalogs), languages, formats);
}

/** As renderOutputs, for a caller that has resolved the answers already (to check them). */
export function renderModelOutputs(
  model: Model,
  languages: readonly Language[],
  formats: readonly string[] = DEFAULT_FORMATS,
  documents: readonly string[] = DEFAULT_DOCUMENTS,
): OutputFile[] {
  return renderDocuments(model, languages, formats, documentsNamed(documents));
}

/** The documents `--documents` names (their option names), in the registry's order. */
export const documentsNamed = (options: readonly string[]): RenderableDocument[] =>
  RENDERABLE_DOCUMENTS.filter((d) => options.includes(d.spec.option));
