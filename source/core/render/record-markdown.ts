/**
 * The record as Markdown: the controller's table, then a section per processing activity with a
 * two-column table (item, details) in the columns' order. A section per activity rather than one
 * wide table: nine columns of several lines each do not fit a page or a screen, and the
 * authority reads the record one processing at a time; the CSV is the one-row-per-activity
 * spreadsheet of the same cells.
 */
import type { RecordView } from '../view/record.js';
import { RECORD_COLUMNS } from '../view/record-labels.js';
import { escapeMarkdown } from './escape.js';
import { tidyMarkdown } from './notice.js';

/** The columns each activity's table shows: its name is the section's heading, the controller is above. */
const ACTIVITY_ROWS = RECORD_COLUMNS.filter((column) => column !== 'activity' && column !== 'controller');

/** A cell's lines, each escaped on its own, kept apart by the only line break a table cell has. */
const cell = (lines: readonly string[]): string => lines.map(escapeMarkdown).join('<br>');

const table = (l: RecordView['labels'], rows: readonly { heading: string; lines: readonly string[] }[]): string =>
  [
    `| ${escapeMarkdown(l.item)} | ${escapeMarkdown(l.details)} |`,
    '| --- | --- |',
    ...rows.map((row) => `| ${escapeMarkdown(row.heading)} | ${cell(row.lines)} |`),
  ].join('\n');

export function renderRecordMarkdown(view: RecordView): string {
  const l = view.labels;
  const activities = view.activities.map(
    (activity, i) =>
      // Numbered: two activities may share a name, and "activity 3" is how one refers to a row of the CSV.
      `### ${i + 1}. ${escapeMarkdown(activity.activity[0]!)}\n\n${table(
        l,
        ACTIVITY_ROWS.map((column) => ({ heading: l.columns[column], lines: activity[column] })),
      )}`,
  );
  return tidyMarkdown(
    [
      `# ${escapeMarkdown(l.title)}`,
      escapeMarkdown(view.intro),
      `## ${escapeMarkdown(l.controllerHeading)}`,
      table(l, view.controller),
      `## ${escapeMarkdown(l.activitiesHeading)}`,
      ...activities,
    ].join('\n\n'),
  );
}
