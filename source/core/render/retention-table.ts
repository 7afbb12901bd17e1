import Mustache from 'mustache';
import type { Language } from '../languages.js';
import type { RetentionRow } from '../view/retention.js';
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
