/** Answers → every output file, in memory. Writing them is the caller's business. */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { FORMATS, type Format } from '../formats.js';
import { resolveAnswers, type Model } from '../model/resolve.js';
import { buildNoticeView } from '../view/notice-view.js';
import { formatDate } from '../view/format.js';
import { retentionRows } from '../view/retention.js';
import { renderNoticeHtml, renderNoticeMarkdown } from './notice.js';
import { renderRetentionCsv, renderRetentionMarkdown } from './retention-table.js';


export interface OutputFile {
  name: string;
  content: string;
}

export function renderOutputs(
  answers: Answers,
  catalogs: CatalogFiles,
  languages: readonly Language[],
  formats: readonly Format[] = FORMATS,
): OutputFile[] {
  return renderModelOutputs(resolveAnswers(answers, catalogs), languages, formats);
}

/** As renderOutputs, for a caller that has resolved the answers already (to check them). */
export function renderModelOutputs(model: Model, languages: readonly Language[], formats: readonly Format[] = FORMATS): OutputFile[] {
  const { answers } = model;
  const files: OutputFile[] = [];
  for (const lang of languages) {
    const markdown = renderNoticeMarkdown(buildNoticeView(model, lang));
    const retention = {
      lang,
      controllerName: answers.controller.tradeName ?? answers.controller.legalName,
      effectiveDate: formatDate(answers.effectiveDate, lang),
      rows: retentionRows(model, lang),
    };
    if (formats.includes('md')) {
      files.push({ name: `privacy-notice.${lang}.md`, content: markdown });
      files.push({ name: `retention-table.${lang}.md`, content: renderRetentionMarkdown(retention) });
    }
    if (formats.includes('html')) files.push({ name: `privacy-notice.${lang}.html`, content: renderNoticeHtml(markdown, lang) });
    if (formats.includes('csv')) files.push({ name: `retention-table.${lang}.csv`, content: renderRetentionCsv(retention) });
  }
  return files;
}
