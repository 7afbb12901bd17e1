/** The render step of the pipeline (pipeline.ts): checked answers → every output file, in memory. */
import type { Format } from './formats.js';
import type { Language } from './languages.js';
import type { Model } from './model/resolve.js';
import { type OutputFile, renderModelOutputs } from './render/outputs.js';

export interface GenerateOptions {
  languages: readonly Language[];
  /** The formats to write (each document renders those of them it has); by default all. */
  formats?: readonly Format[];
}

/** The model is the one the check read (pipeline.ts): the answers are resolved once per run. */
export function generate(model: Model, { languages, formats }: GenerateOptions): OutputFile[] {
  return renderModelOutputs(model, languages, formats);
}
