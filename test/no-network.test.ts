/**
 * The tool never touches the network: replay, check, export and the wizard start no socket and no
 * name lookup, and load no network module. The recorder is shown to catch each kind first.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, runCli, tempDir } from './support/cli.js';
import { Tmux } from './support/tmux.js';

const RECORDER = resolve(import.meta.dirname, 'support', 'record-network.mjs');
const EXAMPLE = join(EXAMPLES, 'web-agency.yaml');

function recorded(run: (env: Record<string, string>) => void) {
  const record = join(tempDir(), 'network.json');
  run({ NODE_OPTIONS: `--import=${RECORDER}`, RECORD_NETWORK_TO: record });
  return JSON.parse(readFileSync(record, 'utf8')) as { resources: string[]; modules: string[] };
}

const nodeRun = (code: string) => (env: Record<string, string>) =>
  spawnSync(process.execPath, ['-e', code], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the network recorder', () => {
  it.each([
    ['a TCP connection', "require('net').connect(9, '127.0.0.1').on('error', () => {})", /^TCP/],
    ['a UDP socket', "require('dgram').createSocket('udp4').close()", /^UDP/],
    ['a name lookup', "require('dns').lookup('localhost', () => {})", /^GETADDRINFO/],
  ])('sees %s', (_name, code, resource) => {
    expect(recorded(nodeRun(code)).resources.some((type) => resource.test(type))).toBe(true);
  });

  it.each([
    ['https', "require('https')", 'NativeModule https'],
    // What Ink's layout engine does to load itself, unless the CLI removes fetch first.
    ['fetch’s HTTP client, even for a data: URL', "fetch('data:,x')", 'NativeModule internal/deps/undici/undici'],
  ])('sees %s loaded', (_name, code, module) => {
    expect(recorded(nodeRun(code)).modules).toContain(module);
  });
});

describe('privacy-wizard', () => {
  it.each([
    ['replay', ['--answers', EXAMPLE, '--out', 'out']],
    ['check', ['check', EXAMPLE]],
    ['scan', ['scan', join(import.meta.dirname, 'fixtures', 'sites', 'static')]],
    ['check --site', ['check', EXAMPLE, '--site', join(import.meta.dirname, 'fixtures', 'sites', 'wordpress')]],
    ['export', ['export']],
    ['--help', ['--help']],
  ])('%s opens no socket and loads no network module', (_name, args) => {
    const home = tempDir();
    const record = recorded((env) => runCli(args, { env: { ...env, XDG_CONFIG_HOME: home } }));
    expect(record).toEqual({ resources: [], modules: [] });
  });

  it('the wizard, answering questions in a real terminal, opens no socket and loads no network module', async () => {
    const home = tempDir();
    const record = await (async () => {
      const file = join(home, 'network.json');
      const tmux = new Tmux({
        XDG_CONFIG_HOME: home,
        HOME: home,
        LANG: 'en_GB.UTF-8',
        NODE_OPTIONS: `--import=${RECORDER}`,
        RECORD_NETWORK_TO: file,
      });
      try {
        tmux.start(`${process.execPath} ${CLI}`);
        await tmux.waitFor('What kind of business do you run?');
        await tmux.enter('web');
        await tmux.waitFor('In which languages');
        await tmux.enter();
        await tmux.waitFor('From which date');
        tmux.keys('C-c');
        for (let waited = 0; waited < 5000 && !readable(file); waited += 100) await new Promise((r) => setTimeout(r, 100));
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } finally {
        tmux.kill();
      }
    })();
    expect(record).toEqual({ resources: [], modules: [] });
  });
});

function readable(file: string) {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
