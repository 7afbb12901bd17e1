// `npm run bench:stages [-- FILES [--write]]`: one answers file's replay, stage by stage, in one
// thread (bench/stages.ts), over FILES generated answers files (600), as the batch bench makes
// them: the examples in turn, each with a legal name of its own. With --write the files are
// written too, into a temporary folder (the disk's time then counts). Prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBench } from './bundle.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLES = join(REPO, 'examples');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 600);
const write = process.argv.includes('--write');

const work = mkdtempSync(join(tmpdir(), 'privacy-wizard-stages-'));
try {
  const sources = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
  const clients = join(work, 'clients');
  mkdirSync(clients);
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length].replace(/legalName: (.*)/, (_, name) => `legalName: ${name} ${i}`);
    writeFileSync(join(clients, `client-${String(i).padStart(5, '0')}.yaml`), source);
  }
  const bundle = await bundleForBench('stages.ts', 'stages');
  const args = [bundle, clients, ...(write ? [join(work, 'out')] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
