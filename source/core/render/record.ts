/** The record of processing activities (Art. 30(1) GDPR) as a document: its view and its two formats. */
import type { Language } from '../languages.js';
import type { Model } from '../model/resolve.js';
import { recordView } from '../view/record.js';
import { defineDocument, RECORD } from './documents.js';
import { renderRecordCsv } from './record-csv.js';
import { renderRecordMarkdown } from './record-markdown.js';
import { labels } from './templates.js';

export const recordDocument = defineDocument(RECORD, (model: Model, lang: Language) => recordView(model, lang, labels(lang).record), {
  md: renderRecordMarkdown,
  csv: renderRecordCsv,
});
