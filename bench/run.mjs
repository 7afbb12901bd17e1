// `npm run bench` (builds first): batch replays of generated answers files (first, see
// createCostUs), whole-process timings of the built CLI as alternating pairs
// against `node -e 0`, the wizard's first frame in a real terminal (tmux), in-process figures
// (bench/in-process.tsx) and the print-shop owner's screens and keys (bench/print-shop.mjs). Prints a Markdown table
// with the budgets of issue 6, and the 10,000-file `scan` of issue 19 (bench/scan.mjs, which also
// runs alone); exits 1 when a budget fails. BENCH_PAIRS, BENCH_BATCH override
// the number of pairs (20) and the batch sizes (100,1000,5000).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBench } from './bundle.mjs';
import { PRINT_SHOP_BUDGET, playPrintShop } from './print-shop.mjs';
import { benchScan, SCAN_BUDGET } from './scan.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'dist', 'cli.js');
const EXAMPLES = join(REPO, 'examples');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 20);
const BATCH_SIZES = (process.env.BENCH_BATCH ?? '100,1000,5000').split(',').map(Number);
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const work = mkdtempSync(join(tmpdir(), 'privacy-wizard-bench-'));
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const now = () => performance.now();

/** One process: wall time from spawn to exit, and its peak resident memory (GNU time's %M, in KB). */
function timed(args, options = {}) {
  const memory = join(work, 'rss');
  const command = hasTime ? [TIME, ['-f', '%M', '-o', memory, process.execPath, ...args]] : [process.execPath, args];
  const start = now();
  const result = spawnSync(command[0], command[1], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const ms = now() - start;
  if (result.status !== 0 && !(options.okStatus ?? [0]).includes(result.status))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, rssKb: hasTime ? Number(readFileSync(memory, 'utf8').trim().split('\n').pop()) : NaN };
}

const rows = [];
function row(what, ms, ratio, rssKb, budget, pass) {
  rows.push({ what, ms, ratio, rssKb, budget, pass });
}

/** Alternating pairs: `node -e 0`, then the command, PAIRS times; medians and their ratio. */
function pairs(what, args, budget, options) {
  const base = [];
  const run = [];
  let rss = 0;
  for (let i = 0; i < PAIRS; i++) {
    base.push(timed(['-e', '0']).ms);
    const result = timed(args, options);
    run.push(result.ms);
    rss = Math.max(rss, result.rssKb);
  }
  const ratio = median(run) / median(base);
  row(what, median(run), ratio, rss, budget ? `≤ ${budget}×` : '', budget ? ratio <= budget : undefined);
  return median(base);
}

// --- batch ---------------------------------------------------------------------------------------
// Measured first: the replays below rewrite their files hundreds of times, and the inodes they
// free would slow the batch's creates (see createCostUs).

/**
 * µs to create an empty file, in a folder of its own in the bench's (its files are kept, as
 * freeing them would slow what follows). On ext4 without a journal, as on this bench's
 * machines, each file created searches past the inodes freed in the last minute or more: right
 * after a large deletion (a test run's temporary folder, an earlier bench's) a create took
 * 680 µs where it takes about 25; after this bench's own replays, 340. A batch's figure is then
 * the file system's.
 */
let probes = 0;
function createCostUs(count = 300) {
  const dir = join(work, `probe-${probes++}`);
  mkdirSync(dir);
  const start = now();
  for (let i = 0; i < count; i++) closeSync(openSync(join(dir, `f${i}`), 'wx'));
  return Math.round(((now() - start) * 1000) / count);
}

/** What a create takes here when nothing was deleted nearby a moment ago: 20–45 µs; slowed, 250–700. */
const SETTLED_US = 100;
/**
 * Waits (at most 7 minutes, the slowest this was seen to take) until creating a file is back to
 * SETTLED_US: the file system is still searching past a deletion made before the bench started.
 * On a file system without that search, the first probe passes and nothing waits.
 */
function settleFileSystem() {
  const until = now() + 7 * 60_000;
  for (let cost = createCostUs(); cost > SETTLED_US && now() < until; cost = createCostUs()) {
    console.error(`bench: creating a file takes ${cost} µs (> ${SETTLED_US}): a deletion made a moment ago still slows it; waiting`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20_000);
  }
}
settleFileSystem();
const sources = examples.map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
const batch = [];
for (const size of BATCH_SIZES) {
  const dir = join(work, `clients-${size}`);
  mkdirSync(dir);
  for (let i = 0; i < size; i++) {
    const source = sources[i % sources.length].replace(/legalName: (.*)/, (_, name) => `legalName: ${name} ${i}`);
    writeFileSync(join(dir, `client-${String(i).padStart(5, '0')}.yaml`), source);
  }
  const out = join(work, `out-${size}`);
  const createUs = createCostUs();
  const result = timed([CLI, '--answers', join(dir, '*.yaml'), '--out', out, '--quiet']);
  if (readdirSync(out).length !== size) throw new Error(`batch of ${size}: ${readdirSync(out).length} folders written`);
  batch.push({ size, ...result });
  const budget = size === 1000 ? '≤ 8 s' : '';
  row(
    `batch: ${size} answers files × 4 languages × md, html, csv (${(result.ms / size).toFixed(1)} ms a file; an empty file took ${createUs} µs to create there)`,
    result.ms,
    NaN,
    result.rssKb,
    budget,
    size === 1000 ? result.ms <= 8000 : undefined,
  );
  // Kept until the end, for the same reason as the probes' files (createCostUs).
}
if (batch.length > 1) {
  const [small, large] = [batch[0], batch.at(-1)];
  const mid = batch.find((b) => b.size === 1000) ?? small;
  const linear = large.ms / large.size / (mid.ms / mid.size);
  row(`batch cost per file, ${large.size} ÷ ${mid.size} files (linear: ≈ 1)`, NaN, linear, NaN, '≤ 1.25', linear <= 1.25);
  const flat = large.rssKb / small.rssKb;
  row(`batch peak memory, ${large.size} ÷ ${small.size} files (flat: ≈ 1)`, NaN, flat, NaN, '≤ 1.5', flat <= 1.5);
}
// --- whole processes -------------------------------------------------------------------------
const baseline = pairs('`node -e 0` (baseline)', ['-e', '0']);
pairs('`--version`', [CLI, '--version'], 1.3);
pairs('`--help`', [CLI, '--help'], 1.3);
for (const name of examples) {
  pairs(
    `replay ${name}: 4 languages × md, html, csv`,
    [CLI, '--answers', join(EXAMPLES, name), '--out', join(work, 'out'), '--lang', 'en,nl,fr,de', '--quiet'],
    3,
  );
}
pairs(`\`check\` ${examples[0]}`, [CLI, 'check', join(EXAMPLES, examples[0])], undefined, { okStatus: [0, 1] });

// --- the wizard's first frame in a real terminal ----------------------------------------------
const FIRST_QUESTION = 'What kind of business do you run?';
// A tmux server of our own: the default one is shared with any test running tmux meanwhile.
const tmux = (args, options) => execFileSync('tmux', ['-L', `pw-bench-${process.pid}`, ...args], options);
function tmuxUntil(command, text) {
  const session = `pw-bench-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const home = mkdtempSync(join(work, 'home-'));
  const memory = join(home, 'rss');
  const timedCommand = hasTime ? `${TIME} -f %M -o ${memory} ${command}` : command;
  const start = now();
  tmux([
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '80',
    '-y',
    '24',
    `env -u CI -u NO_COLOR XDG_CONFIG_HOME=${home} HOME=${home} LANG=en_GB.UTF-8 ${timedCommand}`,
  ]);
  let ms;
  for (;;) {
    const screen = tmux(['capture-pane', '-p', '-t', session], { encoding: 'utf8' });
    if (screen.includes(text)) {
      ms = now() - start;
      break;
    }
    if (now() - start > 10_000) throw new Error(`no '${text}' after 10 s:\n${screen}`);
  }
  tmux(['send-keys', '-t', session, 'C-c']);
  let rssKb = NaN;
  for (const until = now() + 3000; hasTime && now() < until; ) {
    const text = existsSync(memory) ? readFileSync(memory, 'utf8').trim() : '';
    if (/\d+$/.test(text)) {
      rssKb = Number(text.split('\n').pop());
      break;
    }
  }
  spawnSync('tmux', ['-L', `pw-bench-${process.pid}`, 'kill-session', '-t', session]);
  return { ms, rssKb };
}
if (spawnSync('tmux', ['-V']).status === 0) {
  const script = join(work, 'print-and-wait.cjs');
  writeFileSync(
    script,
    `process.stdout.write(${JSON.stringify(FIRST_QUESTION)}); process.stdin.resume(); process.on('SIGINT', () => process.exit(130));`,
  );
  const base = [];
  const run = [];
  let rss = 0;
  const wizardPairs = Math.max(5, Math.round(PAIRS / 2));
  for (let i = 0; i < wizardPairs; i++) {
    base.push(tmuxUntil(`${process.execPath} ${script}`, FIRST_QUESTION).ms);
    const result = tmuxUntil(`${process.execPath} ${CLI}`, FIRST_QUESTION);
    run.push(result.ms);
    rss = Math.max(rss, result.rssKb);
  }
  const ratio = median(run) / median(base);
  row(
    `wizard: first question on screen (tmux; baseline: node printing it, ${wizardPairs} pairs)`,
    median(run),
    ratio,
    rss,
    '≤ 4×',
    ratio <= 4,
  );
  // Issue 15: the print-shop owner from an empty store to written files, keys one at a time.
  const home = mkdtempSync(join(work, 'print-shop-'));
  const shop = await playPrintShop({ cli: CLI, home, out: join(home, 'notice') });
  row(
    `wizard: a Dutch print-shop owner to written files: ${shop.screens} question screens (≤ ${PRINT_SHOP_BUDGET.screens}), ${shop.keystrokes} keys (≤ ${PRINT_SHOP_BUDGET.keystrokes})`,
    NaN,
    NaN,
    NaN,
    `≤ ${PRINT_SHOP_BUDGET.screens} screens, ≤ ${PRINT_SHOP_BUDGET.keystrokes} keys`,
    shop.screens <= PRINT_SHOP_BUDGET.screens && shop.keystrokes <= PRINT_SHOP_BUDGET.keystrokes,
  );
} else {
  row('wizard: first frame', NaN, NaN, NaN, '≤ 4×', false);
  console.error('tmux is not installed: the wizard is not measured');
}

// --- in process --------------------------------------------------------------------------------
const inProcess = await bundleForBench('in-process.tsx', 'in-process');
const { CI: _ci, ...notCi } = process.env; // Ink prints only the last frame when CI is set
const measured = JSON.parse(execFileSync(process.execPath, [inProcess, EXAMPLES], { encoding: 'utf8', env: notCi, timeout: 300_000 }));
const { keystroke, confWrite } = measured;
row(
  `keystroke → new frame, ${keystroke.listLength}-entry country list (median of ${keystroke.samples}; max ${keystroke.maxMs.toFixed(1)} ms)`,
  keystroke.medianMs,
  NaN,
  measured.peakRssKb,
  '≤ 5 ms',
  keystroke.medianMs <= 5,
);
row(
  `conf write of a full session, ${(confWrite.bytes / 1024).toFixed(0)} KB (median of ${confWrite.samples}; max ${confWrite.maxMs.toFixed(1)} ms; one per answered question, see test/wizard/store-writes.unit.test.tsx)`,
  confWrite.medianMs,
  NaN,
  NaN,
  '',
  undefined,
);

// --- scan: a 10,000-file site (issue 19) ---------------------------------------------------------
const scanned = benchScan({ cli: CLI });
row(
  `\`scan\` of a generated ${scanned.files}-file site, --json (median of 5; found ${scanned.found})`,
  scanned.ms,
  NaN,
  scanned.rssKb,
  `≤ ${SCAN_BUDGET.ms} ms, ≤ ${SCAN_BUDGET.rssMb} MB`,
  scanned.pass,
);

rmSync(work, { recursive: true, force: true });

// --- the table -----------------------------------------------------------------------------------
const fmt = (value, digits, unit = '') => (Number.isNaN(value) ? '' : `${value.toFixed(digits)}${unit}`);
const lines = [
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()[0].toFixed(2)} at the end; ${PAIRS} pairs; \`node -e 0\` median ${baseline.toFixed(1)} ms.`,
  '',
  '| what | median | × `node -e 0` | peak RSS | budget | |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.what} | ${fmt(r.ms, r.ms < 20 ? 2 : 0, ' ms')} | ${fmt(r.ratio, 2)} | ${fmt(r.rssKb / 1024, 0, ' MB')} | ${r.budget} | ${r.pass === undefined ? '' : r.pass ? 'pass' : '**FAIL**'} |`,
  ),
];
console.log(lines.join('\n'));
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
