/**
 * The record as CSV: a header of the columns, then one row per processing activity, as the
 * Belgian authority's model register lays it out (one row per processing). A cell with several
 * entries holds them on lines of their own, as a line break typed in a spreadsheet cell does.
 */
import type { RecordView } from '../view/record.js';
import { RECORD_COLUMNS } from '../view/record-labels.js';
import { csvFile } from './csv.js';

export const renderRecordCsv = (view: RecordView): string =>
  csvFile(
    RECORD_COLUMNS.map((column) => view.labels.columns[column]),
    view.activities.map((activity) => RECORD_COLUMNS.map((column) => activity[column].join('\n'))),
    view.lang,
  );
