// `privacy-wizard scan` over a generated 10,000-file site (issue 19): 100 folders of 100 pages,
// scripts and style sheets, with three services planted in three of them, node_modules beside
// them (skipped). Whole-process time and peak memory of the built CLI. Part of `npm run bench`;
// alone (after `npm run build`): node bench/scan.mjs
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Wall time and peak resident memory the 10,000-file scan may take on the 2-core machine. */
export const SCAN_BUDGET = { files: 10_000, ms: 3_000, rssMb: 150 };

const PAGE = (i) =>
  `<!doctype html><html><head><title>Page ${i}</title><link rel="stylesheet" href="/css/site.css"></head>\n<body><h1>Page ${i}</h1>\n<p>${'Our bakery bakes bread every morning. '.repeat(20)}</p>\n</body></html>\n`;
const SCRIPT = (i) => `export function widget${i}(el) {\n  el.addEventListener('click', () => el.classList.toggle('open'));\n}\n`.repeat(8);
const STYLE = (i) => `.block-${i} { margin: 0 auto; padding: 1rem; background: url('/img/${i}.png'); }\n`.repeat(10);
const PLANTED = {
  'section-000/page-000.html': '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>',
  'section-050/page-051.html': '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  'section-099/script-097.js': "s.src = 'https://client.crisp.chat/l.js';",
};

/** The tree: 100 folders × (34 pages, 33 scripts, 33 style sheets) = 10,000 files. */
export function makeSite(dir) {
  for (let d = 0; d < 100; d++) {
    const folder = join(dir, `section-${String(d).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let f = 0; f < 100; f++) {
      const n = String(f).padStart(3, '0');
      if (f % 3 === 0) writeFileSync(join(folder, `page-${n}.html`), PAGE(f));
      else if (f % 3 === 1) writeFileSync(join(folder, `script-${n}.js`), SCRIPT(f));
      else writeFileSync(join(folder, `style-${n}.css`), STYLE(f));
    }
  }
  for (const [file, text] of Object.entries(PLANTED)) appendFileSync(join(dir, file), `${text}\n`);
  mkdirSync(join(dir, 'node_modules', 'big'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'big', 'index.js'), "s.src = 'https://static.hotjar.com/c/hotjar-1.js';\n");
}

export function benchScan({ cli, runs = 5 }) {
  const work = mkdtempSync(join(tmpdir(), 'privacy-wizard-bench-scan-'));
  try {
    const site = join(work, 'site');
    makeSite(site);
    const time = '/usr/bin/time';
    const memory = join(work, 'rss');
    const times = [];
    let rssKb = NaN;
    let report;
    for (let i = 0; i < runs; i++) {
      const command = existsSync(time)
        ? [time, ['-f', '%M', '-o', memory, process.execPath, cli, 'scan', site, '--json']]
        : [process.execPath, [cli, 'scan', site, '--json']];
      const start = performance.now();
      const result = spawnSync(command[0], command[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times.push(performance.now() - start);
      if (result.status !== 0) throw new Error(`scan exited ${result.status}: ${result.stderr}`);
      report = JSON.parse(result.stdout);
      if (existsSync(memory))
        rssKb = Math.max(Number.isNaN(rssKb) ? 0 : rssKb, Number(readFileSync(memory, 'utf8').trim().split('\n').pop()));
    }
    const ms = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const found = report.services.join(', ');
    const pass =
      report.read.files === SCAN_BUDGET.files &&
      found === 'crisp, google-analytics, youtube' &&
      ms <= SCAN_BUDGET.ms &&
      !(rssKb / 1024 > SCAN_BUDGET.rssMb);
    return { ms, rssKb, files: report.read.files, found, pass };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const r = benchScan({ cli });
  console.log(
    `scan of a ${r.files}-file site: median ${r.ms.toFixed(0)} ms (≤ ${SCAN_BUDGET.ms} ms), peak RSS ${(r.rssKb / 1024).toFixed(0)} MB (≤ ${SCAN_BUDGET.rssMb} MB); found ${r.found}: ${r.pass ? 'pass' : 'FAIL'}`,
  );
  process.exitCode = r.pass ? 0 : 1;
}
