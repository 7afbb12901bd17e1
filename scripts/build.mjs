// `npm run build`: the published bin as one esbuild bundle, then the data it reads at run time.
//
// dist/cli.js is the entry; the commands and the wizard (ink, react) are chunks beside it that
// cli.js imports only on the path that needs them. Every runtime dependency is bundled, so the
// package installs none. The catalogs, question bank and labels are validated here and written
// to dist/data/ as JSON, so a run never parses YAML of its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
  // Ink imports react-devtools-core only when DEV is set; the package is not installed.
  // yaml's "node" export is CommonJS; its ES module build (same code, the "default" export) lets
  // esbuild drop what we never call and saves a replay the CommonJS wrappers (~3 ms).
  alias: { 'react-devtools-core': './scripts/react-devtools-core-stub.mjs', yaml: './node_modules/yaml/browser/dist/index.js' },
  // Bundled CommonJS (react, mustache…) calls require() for Node's own modules.
  banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
};
// The build-time tools are bundled apart: sharing chunks with them would cut the CLI's code into
// more, smaller files, and each file a run imports costs it time.
const runtime = await build({ ...options, entryPoints: ['source/cli.ts', 'source/commands/batch-worker.ts'] });
const tools = await build({
  ...options,
  splitting: false,
  entryPoints: ['source/tools/compile-data.ts', 'source/tools/write-schema.ts', 'source/tools/validate-catalogs.ts'],
});
const result = {
  metafile: {
    inputs: { ...runtime.metafile.inputs, ...tools.metafile.inputs },
    outputs: { ...runtime.metafile.outputs, ...tools.metafile.outputs },
  },
};

// Which source went into which file of dist/: the import test reads it.
mkdirSync(`${root}build`, { recursive: true });
writeFileSync(`${root}build/metafile.json`, JSON.stringify(result.metafile));

try {
  execFileSync(process.execPath, [`${dist}/compile-data.js`], { stdio: 'inherit' });
} catch {
  process.exit(1); // compile-data has said what is wrong, with file and line
}
