/**
 * The --format values: those of replay come from the documents (core/render/documents.ts); those of
 * check are its report formats. Light on purpose: cli.ts reads it before it loads any command.
 */
export { DEFAULT_FORMATS, FORMATS, type Format } from './render/documents.js';

export const REPORT_FORMATS = ['text', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
