// A bench's own entry (TypeScript) bundled as the CLI is: into build/, one folder below the
// package as dist/ is, so that it finds questions/ and dist/data/ as the CLI does.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleAliases } from '../scripts/bundle-aliases.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));

/** bench/<entry> → build/bench-<name>.mjs; returns the bundle's path. */
export async function bundleForBench(entry, name) {
  const outfile = join(REPO, 'build', `bench-${name}.mjs`);
  await build({
    entryPoints: [join(REPO, 'bench', entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    define: { PRIVACY_WIZARD_BUNDLE: 'true', 'process.env.NODE_ENV': '"production"' },
    alias: bundleAliases(REPO.replace(/\/$/, '')),
    banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
  });
  return outfile;
}
