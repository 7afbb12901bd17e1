// `npm run screenshots`: the README's pictures, made from the built CLI (run `npm run build`
// first; the npm script does).
//   docs/wizard.png        the wizard in a real terminal: tmux runs it, capture-pane reads
//                          the screen with its colours, ansi_up turns that into HTML,
//                          Chromium takes the picture
//   docs/notice-1280.png   the English HTML notice of examples/web-agency.yaml, 1280 px wide
//   docs/notice-375.png    the same on a phone, 375 px wide
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnsiUp } from 'ansi_up';
import { launchChromium } from './chromium.mjs';

const REPO = resolve(import.meta.dirname, '..');
const CLI = join(REPO, 'dist', 'cli.js');
const DOCS = join(REPO, 'docs');
const temp = () => mkdtempSync(join(tmpdir(), 'privacy-wizard-screenshots-'));
const delay = (ms) => new Promise((done) => setTimeout(done, ms));

/** The wizard's first question, with "web" typed into its filter, as ANSI text. */
async function captureWizard() {
  const home = temp();
  const session = `pw-screenshot-${process.pid}`;
  const env = `XDG_CONFIG_HOME=${home} HOME=${home} LANG=en_GB.UTF-8 TERM=xterm-256color`;
  const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
  const waitFor = async (text) => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (tmux('capture-pane', '-p', '-t', session).includes(text)) return;
      await delay(100);
    }
    throw new Error(`the wizard never showed "${text}"`);
  };
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '88',
    '-y',
    '22',
    `env -u CI -u NO_COLOR -u FORCE_COLOR ${env} ${process.execPath} ${CLI}`,
  );
  try {
    await waitFor('What kind of business do you run?');
    tmux('send-keys', '-t', session, '-l', 'web');
    await waitFor('web');
    await delay(300);
    return tmux('capture-pane', '-e', '-p', '-t', session);
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
}

function terminalPage(ansi) {
  const html = new AnsiUp().ansi_to_html(ansi.replace(/\s+$/, ''));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; }
    pre { display: inline-block; margin: 0; padding: 18px 22px; background: #1e1f29; color: #e6e6e6; border-radius: 8px;
          font: 15px/1.35 "DejaVu Sans Mono", "Liberation Mono", monospace; }
  </style></head><body><pre>${html}</pre></body></html>`;
}

const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setContent(terminalPage(await captureWizard()));
  await page.locator('pre').screenshot({ path: join(DOCS, 'wizard.png') });

  const out = temp();
  execFileSync(process.execPath, [
    CLI,
    '--answers',
    join(REPO, 'examples/web-agency.yaml'),
    '--out',
    out,
    '--lang',
    'en',
    '--format',
    'html',
    '--quiet',
  ]);
  const notice = pathToFileURL(join(out, 'privacy-notice.en.html')).href;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(notice);
  await page.screenshot({ path: join(DOCS, 'notice-1280.png') });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(notice);
  // The first table, shown as cards on a phone.
  await page
    .locator('table')
    .first()
    .evaluate((table) => window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY - 240));
  await page.screenshot({ path: join(DOCS, 'notice-375.png') });
} finally {
  await browser.close();
}
console.log(`wrote ${['wizard.png', 'notice-1280.png', 'notice-375.png'].map((name) => join('docs', name)).join(', ')}`);
