// Time and memory of the built CLI on answers files at and beyond the limits, as ratios to
// `node -e 0`. Run after `npm run build`: node bench/limits.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'privacy-wizard-bench-'));
const minimal = readFileSync(join(repo, 'test/fixtures/minimal.yaml'), 'utf8');
const head = minimal.slice(0, minimal.indexOf('  - id: orders')).replace('[en, nl]', '[en, nl, fr, de]');

// The most work that fits in the size limit: 50 activities of 200 data categories, each
// with two retention rules over all of them, and 200 recipients.
const categories = `[${Array.from({ length: 200 }, (_, i) => ['identity', 'contact-details', 'billing-details'][i % 3]).join(',')}]`;
const activity = (i) =>
  `  - {id: a${i}, preset: orders-invoicing, dataSubjects: [customers], dataCategories: ${categories}, purposes: [{purpose: process-orders, basis: contract}, {purpose: invoicing-accounting, basis: legal-obligation}], requirement: contract-needed, retention: [{preset: accounting-10y, data: ${categories}}, {preset: accounting-10y, data: ${categories}}]}\n`;
const ids = Array.from({ length: 50 }, (_, i) => `a${i}`).join(',');
const largest = `${head}${Array.from({ length: 50 }, (_, i) => activity(i)).join('')}recipients:\n${`  - {service: billit, role: processor, countries: [BE], activities: [${ids}]}\n`.repeat(200)}`;

let bomb = 'version: 1\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
for (let i = 1; i < 10; i++)
  bomb += `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
    .fill(`*${'abcdefghij'[i - 1]}`)
    .join(',')}]\n`;

const files = {
  'largest valid file': largest,
  '10,000 recipients (refused)': `${minimal}recipients:\n${'  - {service: billit, role: processor, countries: [BE]}\n'.repeat(10_000)}`,
  '1,000 activities (refused)': `${head}${Array.from({ length: 1000 }, (_, i) => `  - {id: a${i}, preset: orders-invoicing, dataSubjects: [customers], dataCategories: [identity], purposes: [{purpose: process-orders, basis: contract}], requirement: contract-needed, retention: [{preset: accounting-10y}]}\n`).join('')}`,
  'billion laughs (refused)': bomb,
  '50 MB file (refused)': `${minimal}#${'x'.repeat(50 * 1024 * 1024)}\n`,
};

const MAX_RSS = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n'))";
function measure(args) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', MAX_RSS, ...args], { encoding: 'utf8', cwd: dir });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    rss = Math.max(rss, Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? 0));
    if (args[0] === cli && ![0, 1, 2].includes(result.status)) throw new Error(result.stderr);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], mb: rss / 1024 };
}

const baseline = measure(['-e', '0']);
console.log(`node -e 0: ${baseline.ms.toFixed(0)} ms, ${baseline.mb.toFixed(0)} MB (median of ${runs})`);
for (const [name, content] of Object.entries(files)) {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, content);
  for (const command of [
    ['--answers', file, '--out', join(dir, 'out'), '--quiet'],
    ['check', file],
  ]) {
    const { ms, mb } = measure([cli, ...command]);
    console.log(
      `${name.padEnd(28)} ${(command[0] === 'check' ? 'check' : 'replay').padEnd(6)} ${(content.length / 1024).toFixed(0).padStart(6)} KiB  ${(ms / baseline.ms).toFixed(1).padStart(5)}× node -e 0  ${mb.toFixed(0).padStart(4)} MB`,
    );
  }
}
