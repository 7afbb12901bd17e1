import Mustache from 'mustache';
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import { formatDate } from '../view/format.js';
import { type RetentionRow, retentionRows } from '../view/retention.js';
import { csvFile } from './csv.js';
import { defineDocument, RETENTION_TABLE } from './documents.js';
import { escapeMarkdown } from './escape.js';
import { tidyMarkdown } from './notice.js';
import { labels, renderTemplate, templatePaths } from './templates.js';

export interface RetentionTableView {
  lang: Language;
  controllerName: string;
  effectiveDate: string;
  rows: RetentionRow[];
  /** A situation keeps the same data for more than one period (ActivityModel.periodsOverlap). */
  periodsOverlap: boolean;
}

export function renderRetentionMarkdown(view: RetentionTableView): string {
  const l = labels(view.lang).retention;
  const intro = Mustache.render(l.intro, view, {}, { escape: (value: unknown) => escapeMarkdown(String(value)) });
  return tidyMarkdown(
    renderTemplate(
      templatePaths.retention(),
      { ...view, title: l.title, intro, columns: l.columns, overlap: view.periodsOverlap ? l.overlap : null },
      escapeMarkdown,
    ),
  );
}

export function renderRetentionCsv(view: RetentionTableView): string {
  const { columns } = labels(view.lang).retention;
  return csvFile(
    [columns.activity, columns.data, columns.period, columns.reason],
    view.rows.map((r) => [r.activity, r.data, r.period, r.reason]),
    view.lang,
  );
}

export function retentionTableView(model: Model, lang: Language): RetentionTableView {
  const { answers } = model;
  return {
    lang,
    controllerName: answers.controller.tradeName ?? answers.controller.legalName,
    effectiveDate: formatDate(answers.effectiveDate, lang),
    rows: retentionRows(model, lang),
    periodsOverlap: model.activities.some((activity) => activity.periodsOverlap),
  };
}

export const retentionTableDocument = defineDocument(RETENTION_TABLE, retentionTableView, {
  md: renderRetentionMarkdown,
  csv: renderRetentionCsv,
});
