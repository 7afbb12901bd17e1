// First step of `npm test`: the end-to-end tests drive the wizard in tmux and open the HTML
// notices in Debian's Chromium. Without them the suite would fail far in, with a stack trace;
// this says at once what to install. `npm run test:unit` needs neither.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const missing = [];
if (spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status !== 0) missing.push('tmux');
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (missing.length > 0) {
  process.stderr.write(
    `npm test needs ${missing.join(' and ')}: install with \`sudo apt-get install -y ${missing.join(' ')}\` (Debian/Ubuntu), or run \`npm run test:unit\` for the tests that need neither\n`,
  );
  process.exit(1);
}
