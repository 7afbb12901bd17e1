/**
 * What one run of the built CLI loaded. The resolve hook (record-imports.mjs) sees which files
 * of dist/ were imported, and `NODE_DEBUG=privacy-wizard` which CommonJS bundle was loaded with
 * its code cache (source/code-cache.ts); esbuild's metafile (build/metafile.json, written by
 * `npm run build`) says which sources and packages each of those files holds, and which Node
 * builtins it imports or requires.
 *
 * The CommonJS bundle (dist/cli-main.cjs) holds every command, but runs a module only when a run
 * reaches it: esbuild hoists what its entry imports statically and wraps each module behind an
 * `import()` in a function called on that import. So its packages are those the entry and the
 * commands the run took reach by static imports.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, type RunResult, runCli, tempDir } from './cli.js';

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }
  >;
}

/** The CommonJS bundle of the command line and its entry. */
export const CLI_MAIN = 'dist/cli-main.cjs';
const CLI_MAIN_ENTRY = 'source/cli-main.ts';

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

const packageOf = (input: string): string | undefined => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];

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
    const name = packageOf(input);
    if (name) packages.add(name);
  }
  return packages;
}

/** The inputs that run once the given sources run: those and what they import statically, transitively. */
export function reachedStatically(sources: string[]): Set<string> {
  const { inputs } = metafile();
  const reached = new Set<string>();
  const next = [...sources];
  for (let source = next.pop(); source !== undefined; source = next.pop()) {
    if (reached.has(source)) continue;
    const input = inputs[source];
    if (!input) throw new Error(`${source} is not an input of build/metafile.json`);
    reached.add(source);
    for (const imported of input.imports) if (!imported.external && imported.kind !== 'dynamic-import') next.push(imported.path);
  }
  return reached;
}

/**
 * Runs the CLI and says what it loaded. `commands`: the sources of the commands the run takes
 * (those cli-main.ts imports with `import()`), whose packages dist/cli-main.cjs then runs.
 */
export function runRecordingImports(args: string[], commands: string[] = []): LoadedModules {
  const log = join(tempDir(), 'imports.log');
  const run = runCli(args, {
    nodeArgs: ['--import', join(REPO, 'test/support/record-imports.mjs')],
    env: { RECORD_IMPORTS_TO: log, NODE_DEBUG: 'privacy-wizard' },
  });
  const debugLine = /^PRIVACY-WIZARD \d+: (.+): code cache (?:accepted|rejected|absent)\n/gm;
  const required = [...run.stderr.matchAll(debugLine)].map((match) => relative(REPO, match[1]!));
  const result = { ...run, stderr: run.stderr.replace(debugLine, '') };
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  const outputs = metafile().outputs;
  const imported = urls.filter((url) => url.startsWith('file:')).map((url) => relative(REPO, fileURLToPath(url)));
  const files = [...new Set([...imported, ...required])].filter((file) => file.startsWith('dist/'));
  const packages = new Set<string>();
  const builtins = new Set(urls.filter((url) => url.startsWith('node:')).map((url) => url.slice('node:'.length)));
  for (const file of files) {
    if (file === CLI_MAIN) {
      for (const input of reachedStatically([CLI_MAIN_ENTRY, ...commands])) {
        const name = packageOf(input);
        if (name) packages.add(name);
      }
    } else for (const name of packagesIn(file)) packages.add(name);
    for (const imported of outputs[file]!.imports) if (imported.external) builtins.add(imported.path.replace(/^node:/, ''));
  }
  const others = urls.filter(
    (url) => !url.startsWith('node:') && !(url.startsWith('file:') && relative(REPO, fileURLToPath(url)).startsWith('dist/')),
  );
  return { ...result, files, packages, builtins, others };
}

export const UI_PACKAGES = /^(ink|react|react-reconciler|ink-.+|yoga-layout|conf)$/;
export const NETWORK_BUILTINS = /^(net|http|https|http2|tls|dgram|dns)(\/|$)/;
