// `npm run build`: the published bin as one esbuild bundle, the library entry (dist/index.js and
// its types, dist/index.d.ts), then the data both read at run time.
//
// dist/cli.js is the entry; the commands and the wizard (ink, react) are chunks beside it that
// cli.js imports only on the path that needs them. Every runtime dependency is bundled, so the
// package installs none. The catalogs, question bank and labels are validated here and written
// to dist/data/ as JSON, so a run never parses YAML of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleAliases } from './bundle-aliases.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;
rmSync(dist, { recursive: true, force: true });

const options = {
  absWorkingDir: root,
  outdir: 'dist',
  // Flat: every file of the bundle sits directly in dist/, one level below the package root.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.BUILD_MINIFY !== '0',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  define: { PRIVACY_WIZARD_BUNDLE: 'true', 'process.env.NODE_ENV': '"production"' },
  alias: bundleAliases('.'),
  // Bundled CommonJS (react, mustache…) calls require() for Node's own modules.
  banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
};
// The build-time tools are bundled apart: sharing chunks with them would cut the CLI's code into
// more, smaller files, and each file a run imports costs it time.
const runtime = await build({ ...options, entryPoints: ['source/cli.ts', 'source/commands/batch-worker.ts'] });
// The command line as one CommonJS file, which cli.ts loads with the code cache written below
// (source/code-cache.ts says why). The wizard is not in it: cli.ts imports that ES module itself.
const cliMain = await build({
  ...options,
  entryPoints: ['source/cli-main.ts'],
  outExtension: { '.js': '.cjs' },
  splitting: false,
  format: 'cjs',
  define: { ...options.define, 'import.meta.url': '__pwImportMetaUrl' },
  banner: { js: "var __pwImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const dynamicImports = Object.values(cliMain.metafile.outputs).flatMap((output) =>
  output.imports.filter((imported) => imported.kind === 'dynamic-import'),
);
if (dynamicImports.length > 0) {
  // A classic script run through node:vm has no module loader to import with.
  console.error(`build: dist/cli-main.cjs would import() ${dynamicImports.map((imported) => imported.path).join(', ')}; bundle it instead`);
  process.exit(1);
}
const tools = await build({
  ...options,
  splitting: false,
  entryPoints: ['source/tools/compile-data.ts', 'source/tools/write-schema.ts', 'source/tools/validate-catalogs.ts'],
});
// The library (`import … from 'privacy-wizard'`) is a file of its own: the CLI never loads it,
// and its chunks stay the CLI's. It holds no terminal code (test/library.test.ts checks).
const library = await build({ ...options, splitting: false, entryPoints: ['source/index.ts'] });
const builds = [runtime, cliMain, tools, library];
const result = {
  metafile: {
    inputs: Object.assign({}, ...builds.map((b) => b.metafile.inputs)),
    outputs: Object.assign({}, ...builds.map((b) => b.metafile.outputs)),
  },
};

// Its types: tsc declares the entry (and what it imports) into build/types; the public types are
// all spelled out in source/index.ts, so its declaration stands alone and is the one shipped.
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1); // tsc has printed the errors
}
const types = readFileSync(`${root}build/types/index.d.ts`, 'utf8');
if (/^\s*(import|export .* from)\b/m.test(types)) {
  console.error('build: build/types/index.d.ts imports from the sources; spell the public types out in source/index.ts');
  process.exit(1);
}
writeFileSync(`${dist}/index.d.ts`, types);

// Which source went into which file of dist/: the import test reads it.
mkdirSync(`${root}build`, { recursive: true });
writeFileSync(`${root}build/metafile.json`, JSON.stringify(result.metafile));

try {
  execFileSync(process.execPath, [`${dist}/compile-data.js`], { stdio: 'inherit' });
} catch {
  process.exit(1); // compile-data has said what is wrong, with file and line
}

// The code cache: a run without one saves it at exit (source/code-cache.ts). One replay of the
// largest example, in all languages and formats, runs nearly every function a run calls.
const training = mkdtempSync(join(tmpdir(), 'privacy-wizard-build-'));
try {
  execFileSync(
    process.execPath,
    [
      `${dist}/cli.js`,
      '--answers',
      `${root}examples/web-agency.yaml`,
      '--out',
      training,
      '--lang',
      'en,nl,fr,de',
      '--format',
      'md,html,csv,fragment',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
} catch {
  process.exit(1); // the replay has said why
} finally {
  rmSync(training, { recursive: true, force: true });
}
if (!existsSync(`${dist}/cli-main.cjs.cache`)) {
  console.error('build: the replay saved no code cache (dist/cli-main.cjs.cache)');
  process.exit(1);
}
