/** The render step of the pipeline (pipeline.ts): checked answers → every output file, in memory. */
import type { Answers } from './answers/schema.js';
import type { CatalogFiles } from './catalogs/schema.js';
import type { Format } from './formats.js';
import type { Language } from './languages.js';
import { renderOutputs, type OutputFile } from './render/outputs.js';

export interface GenerateOptions {
  languages: readonly Language[];
  /** The formats to write (each document renders those of them it has); by default all. */
  formats?: readonly Format[];
}

export function generate(answers: Answers, catalogs: CatalogFiles, { languages, formats }: GenerateOptions): OutputFile[] {
  return renderOutputs(answers, catalogs, languages, formats);
}
