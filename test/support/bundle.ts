/**
 * What one run of the built CLI loaded. The resolve hook (record-imports.mjs) sees which files
 * of dist/ were imported; esbuild's metafile (build/metafile.json, written by `npm run build`)
 * says which sources and packages each of those files holds, and which Node builtins it
 * imports or requires.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, type RunResult, runCli, tempDir } from './cli.js';

interface Metafile {
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }
  >;
}

export interface LoadedModules extends RunResult {
  /** Files of dist/ the run imported, relative to the repository (dist/cli.js, dist/chunk-….js). */
  files: string[];
  /** Packages bundled into those files. */
  packages: Set<string>;
  /** Node builtins those files import or require, and any the hook saw resolved (without node:). */
  builtins: Set<string>;
  /** URLs resolved outside dist/ and node: (a package left out of the bundle would show here). */
  others: string[];
}

export const metafile = (): Metafile => JSON.parse(readFileSync(join(REPO, 'build', 'metafile.json'), 'utf8')) as Metafile;

/** The output file built from an entry point or dynamically imported source, e.g. source/wizard/run.tsx. */
export function outputOf(source: string): string {
  const found = Object.entries(metafile().outputs).find(([, output]) => output.entryPoint === source);
  if (!found) throw new Error(`no output file has the entry point ${source}`);
  return found[0];
}

/** The packages bundled into one output file. */
export function packagesIn(file: string): Set<string> {
  const output = metafile().outputs[file];
  if (!output) throw new Error(`${file} is not in build/metafile.json: rebuild`);
  const packages = new Set<string>();
  for (const input of Object.keys(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (name) packages.add(name);
  }
  return packages;
}

export function runRecordingImports(args: string[]): LoadedModules {
  const log = join(tempDir(), 'imports.log');
  const result = runCli(args, { nodeArgs: ['--import', join(REPO, 'test/support/record-imports.mjs')], env: { RECORD_IMPORTS_TO: log } });
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  const outputs = metafile().outputs;
  const files = [...new Set(urls.filter((url) => url.startsWith('file:')).map((url) => relative(REPO, fileURLToPath(url))))].filter(
    (file) => file.startsWith('dist/'),
  );
  const packages = new Set<string>();
  const builtins = new Set(urls.filter((url) => url.startsWith('node:')).map((url) => url.slice('node:'.length)));
  for (const file of files) {
    for (const name of packagesIn(file)) packages.add(name);
    for (const imported of outputs[file]!.imports) if (imported.external) builtins.add(imported.path.replace(/^node:/, ''));
  }
  const others = urls.filter(
    (url) => !url.startsWith('node:') && !(url.startsWith('file:') && relative(REPO, fileURLToPath(url)).startsWith('dist/')),
  );
  return { ...result, files, packages, builtins, others };
}

export const UI_PACKAGES = /^(ink|react|react-reconciler|ink-.+|yoga-layout|conf)$/;
export const NETWORK_BUILTINS = /^(net|http|https|http2|tls|dgram|dns)(\/|$)/;
