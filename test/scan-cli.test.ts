/**
 * `privacy-wizard scan DIR` and `check FILE --site DIR` as a user runs them (the built CLI):
 * exit codes, text and JSON, the fragment of --answers, bad input, and a FIFO that would hang a
 * naive reader. The scan loads neither ink nor react, nor any network module.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI_MAIN, NETWORK_BUILTINS, outputOf, runRecordingImports, UI_PACKAGES } from './support/bundle.js';
import { REPO, runCli, tempDir } from './support/cli.js';

const SITES = join(REPO, 'test', 'fixtures', 'sites');
const STATIC = join(SITES, 'static');
const fixture = (name: string) => join(REPO, 'test', 'fixtures', 'check', `${name}.yaml`);

describe('privacy-wizard scan', () => {
  it('exits 0 and lists the services grouped, each place as FILE:LINE:COL', () => {
    const result = runCli(['scan', STATIC]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe(`${STATIC}: 6 files read, 8 services found`);
    expect(result.stdout).toMatch(/^YouTube \(youtube\)\n {2}index\.html:\d+:\d+ {2}https:\/\/www\.youtube\.com\/embed\//m);
  });

  it('prints JSON with --json and with --format json alike', () => {
    const json = runCli(['scan', STATIC, '--json']);
    expect(json.status).toBe(0);
    expect(runCli(['scan', STATIC, '--format', 'json']).stdout).toBe(json.stdout);
    const report = JSON.parse(json.stdout) as { services: string[]; findings: { file: string; line: number }[] };
    expect(report.services).toContain('google-analytics');
    expect(report.findings.every((f) => f.line > 0 && !f.file.startsWith('/'))).toBe(true);
  });

  it('speaks the reader’s language', () => {
    expect(runCli(['scan', STATIC, '--ui-lang', 'fr']).stdout.split('\n')[0]).toBe(`${STATIC}\u00a0: 6 fichiers lus, 8 services trouvés`);
  });

  it('with --answers, prints the recipients and cookie categories to paste, as YAML', () => {
    const result = runCli(['scan', STATIC, '--answers', fixture('tracking-consent')]);
    expect(result.status, result.stderr).toBe(0);
    const fragment = result.stdout.slice(result.stdout.indexOf('# The website loads these services'));
    const yaml = parse(fragment) as { recipients: { service: string }[]; cookies: { categories: string[] } };
    expect(yaml.recipients.map((r) => r.service)).toContain('youtube');
    expect(yaml.cookies.categories).toContain('marketing');
    const json = JSON.parse(runCli(['scan', STATIC, '--answers', fixture('tracking-consent'), '--json']).stdout) as { add: unknown };
    expect(json.add).toMatchObject({ recipients: expect.arrayContaining([expect.objectContaining({ service: 'youtube' })]) });
  });

  it('exits 2 on a folder that is not there, a file for a folder, and an answers file that is not valid', () => {
    const missing = runCli(['scan', join(tempDir(), 'nothing')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^privacy-wizard: cannot read folder .*nothing: ENOENT/);
    expect(runCli(['scan', join(STATIC, 'index.html')]).stderr).toMatch(/is not a folder/);
    const bad = join(tempDir(), 'bad.yaml');
    writeFileSync(bad, 'version: 1\nlanguages: [xx]\n');
    const invalid = runCli(['scan', STATIC, '--answers', bad]);
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+  languages\\[0\\]  unknown language`, 'm'),
    );
    expect(invalid.stderr).toMatch(/nothing was scanned\.\n$/);
  });

  it("says what is wrong with the answers file in the reader's language (--ui-lang)", () => {
    const bad = join(tempDir(), 'bad.yaml');
    writeFileSync(bad, 'version: 1\nlanguages: [xx]\n');
    const messages = parse(readFileSync(join(REPO, 'questions/check-messages.yaml'), 'utf8')) as Record<string, Record<string, string>>;
    const problems = messages['report.problems.other']!.nl!.replace('{{count}}', '');
    const invalid = runCli(['scan', STATIC, '--answers', bad, '--ui-lang', 'nl']);
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toBe('');
    const last = invalid.stderr.trim().split('\n').at(-1)!;
    const [before, after] = messages['scan.invalid-answers']!.nl!.split('({{problems}})') as [string, string];
    expect(last.startsWith(`privacy-wizard: ${before.replace('{{file}}', bad)}(`)).toBe(true);
    expect(last).toContain(problems.trim());
    expect(last.endsWith(after)).toBe(true);
    expect(invalid.stderr).not.toMatch(/unknown|nothing was scanned/);
  });

  it('exits 2 on bad usage', () => {
    for (const args of [
      ['scan'],
      ['scan', STATIC, STATIC],
      ['scan', STATIC, '--format', 'xml'],
      ['--answers', 'x.yaml', '--site', STATIC],
    ]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/Run 'privacy-wizard --help' for usage/);
    }
  });

  it('is not held up by a FIFO, which it skips unread', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), '<iframe src="https://player.vimeo.com/video/1"></iframe>');
    expect(spawnSync('mkfifo', [join(dir, 'site', 'pipe.js')]).status).toBe(0);
    const result = runCli(['scan', join(dir, 'site'), '--json'], { timeout: 20_000 });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { services: string[]; skipped: { special: number } };
    expect(report).toMatchObject({ services: ['vimeo'], skipped: { special: 1 } });
  });

  it('loads neither ink nor react, nor any network module', () => {
    const run = runRecordingImports(['scan', STATIC], ['source/commands/scan.ts']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.files).toContain(CLI_MAIN);
    expect(run.files).not.toContain(outputOf('source/wizard/run.tsx'));
    expect([...run.packages].filter((name) => UI_PACKAGES.test(name))).toEqual([]);
    expect([...run.builtins].filter((name) => NETWORK_BUILTINS.test(name))).toEqual([]);
    expect(run.others).toEqual([]);
  });
});

describe('privacy-wizard check --site', () => {
  it('exits 1 on a service the site loads and the notice does not name, pointing at the site file', () => {
    const site = join(SITES, 'check', 'fonts');
    const result = runCli(['check', fixture('site-service-missing'), '--site', site]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`error +recipients +the website loads Google Fonts \\(${site.replace(/[/.]/g, '\\$&')}/index\\.html:6:15\\)`),
    );
    expect(result.stdout).toMatch(/site-service-missing$/m);
    const json = JSON.parse(runCli(['check', fixture('site-service-missing'), '--site', site, '--json']).stdout) as {
      findings: { rule: string; site: { file: string; line: number } }[];
    };
    expect(json.findings).toEqual([
      expect.objectContaining({ rule: 'site-service-missing', site: { file: `${site}/index.html`, line: 6, column: 15 } }),
    ]);
  });

  it('exits 0 with a warning only for a named service the site no longer loads', () => {
    const result = runCli(['check', fixture('site-service-unused'), '--site', join(SITES, 'check', 'fonts')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/warning +recipients\[\d+\]\.service +Vimeo is named as a recipient/);
  });

  it('exits 2 when --site names no folder, and when it is given to another command', () => {
    const result = runCli(['check', fixture('site-service-missing'), '--site', join(tempDir(), 'nothing')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read folder/);
    expect(runCli(['scan', STATIC, '--site', STATIC]).status).toBe(2);
  });
});
