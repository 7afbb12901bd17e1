import Mustache from 'mustache';
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import { formatDate } from '../view/format.js';
import { type RetentionRow, retentionRows } from '../view/retention.js';
import { defineDocument, RETENTION_TABLE } from './documents.js';
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
  return tidyMarkdown(renderTemplate(templatePaths.retention(), { ...view, title: l.title, intro, columns: l.columns }, escapeMarkdown));
}

/**
 * Excel splits a CSV on the list separator of the reader's regional settings: ";" in Belgium,
 * the Netherlands, France and Germany (where "," is the decimal comma), "," in English ones.
 */
const CSV_SEPARATOR: Record<Language, string> = { en: ',', nl: ';', fr: ';', de: ';' };

/** UTF-8 with a byte-order mark, so that spreadsheet programs read accents right. */
export function renderRetentionCsv(view: RetentionTableView): string {
  const { columns } = labels(view.lang).retention;
  const separator = CSV_SEPARATOR[view.lang];
  const row = (fields: string[]) => csvRow(fields, separator);
  const header = row([columns.activity, columns.data, columns.period, columns.reason]);
  return `\uFEFF${header}${view.rows.map((r) => row([r.activity, r.data, r.period, r.reason])).join('')}`;
}

export function retentionTableView(model: Model, lang: Language): RetentionTableView {
  const { answers } = model;
  return {
    lang,
    controllerName: answers.controller.tradeName ?? answers.controller.legalName,
    effectiveDate: formatDate(answers.effectiveDate, lang),
    rows: retentionRows(model, lang),
  };
}

export const retentionTableDocument = defineDocument(RETENTION_TABLE, retentionTableView, {
  md: renderRetentionMarkdown,
  csv: renderRetentionCsv,
});
