import Mustache from 'mustache';
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Language } from '../languages.js';
import { formatDate } from '../view/format.js';
import { retentionRows, type RetentionRow } from '../view/retention.js';
import { RETENTION_TABLE, defineDocument } from './documents.js';
import { csvRow, escapeMarkdown } from './escape.js';
import { tidyMarkdown } from './notice.js';
import { labels, renderTemplate, templatePaths } from './templates.js';

export interface RetentionTableView {
  lang: Language;
  controllerName: string;
  effectiveDate: string;
  rows: RetentionRow[];
}

export function renderRetentionMarkdown(view: RetentionTableView): string {
  const l = labels(view.lang).retention;
  const intro = Mustache.render(l.intro, view, {}, { escape: (value: unknown) => escapeMarkdown(String(value)) });
  return tidyMarkdown(
    renderTemplate(templatePaths.retention(), { ...view, title: l.title, intro, columns: l.columns }, escapeMarkdown),
  );
}

/** UTF-8 with a byte-order mark, so that spreadsheet programs read accents right. */
export function renderRetentionCsv(view: RetentionTableView): string {
  const { columns } = labels(view.lang).retention;
  const header = csvRow([columns.activity, columns.data, columns.period, columns.reason]);
  return `\uFEFF${header}${view.rows.map((row) => csvRow([row.activity, row.data, row.period, row.reason])).join('')}`;
}

export function retentionTableView(answers: Answers, catalogs: CatalogFiles, lang: Language): RetentionTableView {
  return {
    lang,
    controllerName: answers.controller.tradeName ?? answers.controller.legalName,
    effectiveDate: formatDate(answers.effectiveDate, lang),
    rows: retentionRows(answers, catalogs, lang),
  };
}

export const retentionTableDocument = defineDocument(RETENTION_TABLE, retentionTableView, {
  md: renderRetentionMarkdown,
  csv: renderRetentionCsv,
});
