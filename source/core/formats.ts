/**
 * The --format and --documents values: those of replay come from the documents (core/render/documents.ts); those of
 * check are its report formats. Light on purpose: cli.ts reads it before it loads any command.
 */
export {
  DEFAULT_DOCUMENTS,
  DEFAULT_FORMATS,
  DOCUMENT_OPTIONS,
  type DocumentOption,
  FORMATS,
  type Format,
} from './render/documents.js';

export const REPORT_FORMATS = ['text', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
