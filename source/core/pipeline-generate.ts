/** The render step of the pipeline (pipeline.ts): checked answers → every output file, in memory. */
import type { DocumentOption, Format } from './formats.js';
import type { Language } from './languages.js';
import type { Model } from './model/resolve.js';
import { type OutputFile, renderModelOutputs } from './render/outputs.js';

export interface GenerateOptions {
  languages: readonly Language[];
  /** The formats to write (each document renders those of them it has); by default all. */
  formats?: readonly Format[];
  /** The documents to write, by option name; by default the notice and the retention table. */
  documents?: readonly DocumentOption[];
}

/** The model is the one the check read (pipeline.ts): the answers are resolved once per run. */
export function generate(model: Model, { languages, formats, documents }: GenerateOptions): OutputFile[] {
  return renderModelOutputs(model, languages, formats, documents);
}
