// The module aliases of every bundle of ours: the CLI's (scripts/build.mjs) and the benches'
// (bench/bundle.mjs), so that a bench measures the code a user runs. A bench bundled without
// them parsed YAML with yaml's CommonJS build, which reads process.env.LOG_TOKENS at every
// token: 3.3 ms a file where the CLI takes 2.1.
/** The paths start at `root`: '.' for a build run from the package root, an absolute path otherwise. */
export function bundleAliases(root = '.') {
  return {
    // Ink imports react-devtools-core only when DEV is set; the package is not installed.
    'react-devtools-core': `${root}/scripts/react-devtools-core-stub.mjs`,
    // yaml's "node" export is CommonJS; its ES module build (same code, the "default" export) lets
    // esbuild drop what we never call and saves a replay the CommonJS wrappers (~3 ms).
    yaml: `${root}/node_modules/yaml/browser/dist/index.js`,
    // markdown-it imports only entities' decoders; the package's index also builds the encoder's
    // tables when loaded. It builds a LinkifyIt even with linkify off, as ours is: a stand-in that
    // throws if called takes its place. Each cost every replay a few ms for nothing.
    entities: `${root}/node_modules/entities/lib/esm/decode.js`,
    'linkify-it': `${root}/scripts/linkify-it-stub.mjs`,
  };
}
