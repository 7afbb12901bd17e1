/**
 * `privacy-wizard check FILE` as a user runs it: eslint-like text, stable JSON, exit codes 0/1/2,
 * and no interactive UI loaded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_MAIN, NETWORK_BUILTINS, outputOf, runRecordingImports, UI_PACKAGES } from './support/bundle.js';
import { EXAMPLE_WARNINGS, exampleFiles, listFiles, REPO, runCli, tempDir } from './support/cli.js';

const fixture = (name: string) => join(REPO, 'test/fixtures/check', `${name}.yaml`);
const classic = fixture('classic-mistakes');
/** `  LINE:COL  severity  field  message  rule`: the field is the answers path, as replay names it. */
const FINDING_LINE = /^ {2}(\d+):(\d+) +(error|warning) +(\S+) {2}(\S.*?) {2}([a-z0-9-]+)$/;

function withText(text: string): string {
  const file = join(tempDir(), 'client.yaml');
  writeFileSync(file, text);
  return file;
}

describe('privacy-wizard check', () => {
  it.each(exampleFiles())('exits 0 and says so for the example %s', (file) => {
    const result = runCli(['check', file]);
    expect(result.status, result.stdout).toBe(0);
    const expected = EXAMPLE_WARNINGS[basename(file)];
    if (expected) {
      const rules = [...result.stdout.matchAll(/^\s+\d+:\d+\s+(error|warning)\s.*\s([a-z0-9-]+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
      expect(new Set(rules)).toEqual(new Set(expected.map((rule) => `warning ${rule}`)));
    } else expect(result.stdout).toBe(`${file}: no problems found\n`);
    expect(result.stderr).toBe('');
  });

  it('exits 1 on errors, listing them like eslint: file, LINE:COL severity field message rule, summary', () => {
    const result = runCli(['check', classic]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(classic);
    const findings = lines.filter((line) => FINDING_LINE.test(line)).map((line) => FINDING_LINE.exec(line)!);
    expect(findings).toHaveLength(6);
    expect(findings.map((m) => m[6])).toContain('transfer-safeguard-invalid');
    const privacyShield = findings.find((m) => m[6] === 'transfer-safeguard-invalid')!;
    expect(privacyShield[5]).toMatch(/^'privacy-shield' is no valid transfer mechanism since 2020-07-16 \(Art\. 44–46 GDPR/);
    // The field, as replay and the JSON report name it (a newcomer's trial found only the rule id).
    const json = JSON.parse(runCli(['check', classic, '--json']).stdout) as { findings: { rule: string; path: string }[] };
    expect(privacyShield[4]).toBe(json.findings.find((f) => f.rule === 'transfer-safeguard-invalid')!.path);
    expect(privacyShield[4]).toMatch(/^recipients\[\d+\]\.safeguard$/);
    const positions = findings.map((m) => Number(m[1]) * 1000 + Number(m[2]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(lines.filter((line) => /^ +fix: /.test(line))).toHaveLength(6);
    expect(lines.at(-1)).toBe('6 problems (6 errors, 0 warnings)');
  });

  it('exits 0 when there are warnings only', () => {
    const result = runCli(['check', fixture('source-stated')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/  warning  .+  source-stated\n/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem (0 errors, 1 warning)');
  });

  it('writes JSON for tools: file, languages, findings sorted by line, column and rule, counts', () => {
    const result = runCli(['check', classic, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['file', 'languages', 'findings', 'counts']);
    expect(report.file).toBe(classic);
    expect(report.languages).toEqual(['en', 'nl']);
    expect(report.counts).toEqual({ errors: 6, warnings: 0 });
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'line', 'column', 'path', 'message', 'article', 'fix']);
    }
    const keys = report.findings.map((f: { line: number; column: number; rule: string }) => [f.line, f.column, f.rule]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(report.findings).toContainEqual({
      rule: 'transfer-safeguard-invalid',
      severity: 'error',
      line: 39,
      column: 16,
      path: 'recipients[0].safeguard',
      message: "'privacy-shield' is no valid transfer mechanism since 2020-07-16",
      article: 'Art. 44–46 GDPR; CJEU C-311/18 (Schrems II)',
      fix: 'use dpf (certified US companies) or scc',
    });
  });

  it('writes the same JSON on every run, and an empty list for a clean file', () => {
    const first = runCli(['check', classic, '--format', 'json']).stdout;
    expect(runCli(['check', classic, '--format', 'json']).stdout).toBe(first);
    const clean = JSON.parse(runCli(['check', exampleFiles()[0]!, '--format', 'json']).stdout);
    expect(clean.findings).toEqual([]);
    expect(clean.counts).toEqual({ errors: 0, warnings: 0 });
  });

  it('checks translations against the languages asked for with --lang', () => {
    const result = runCli(['check', fixture('tracking-claims'), '--lang', 'en,nl,fr', '--format', 'json']);
    const rules = JSON.parse(result.stdout).findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`);
    expect(rules).toContain('translation-missing activities[1].description');
  });

  it.each([
    ['malformed YAML', 'version: 1\nlanguages: [en\n', '(yaml)'],
    [
      'a schema problem',
      readFileSync(fixture('requirement-stated'), 'utf8').replace('dataSubjects: [customers]', 'dataSubjects: [custmers]'),
      'activities[0].dataSubjects[0]',
    ],
  ])('exits 2 on %s, listing each problem as FILE:LINE:COL  path  message', (_name, text, path) => {
    const file = withText(text);
    const result = runCli(['check', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const [first] = result.stderr.split('\n');
    expect(first).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  ${path.replace(/[.[\]()]/g, '\\$&')}  .+`),
    );
    expect(result.stderr).toMatch(/is not a valid answers file/);
  });

  it('exits 2 on a missing file and on bad usage', () => {
    expect(runCli(['check', 'no-such-file.yaml']).stderr).toMatch(/cannot read answers file no-such-file\.yaml: no such file/);
    expect(runCli(['check', 'no-such-file.yaml']).status).toBe(2);
    for (const args of [
      ['check'],
      ['check', classic, classic],
      ['check', classic, '--format', 'xml'],
      ['check', classic, '--format', 'text,json'],
    ]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/Run 'privacy-wizard --help' for usage/);
    }
  });

  it('loads neither ink nor react, nor any network module', () => {
    const run = runRecordingImports(['check', classic], ['source/commands/check.ts']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.files).toContain(CLI_MAIN);
    expect(run.packages).toContain('yaml');
    expect(run.files).not.toContain(outputOf('source/wizard/run.tsx'));
    expect([...run.packages].filter((name) => UI_PACKAGES.test(name))).toEqual([]);
    expect([...run.builtins].filter((name) => NETWORK_BUILTINS.test(name))).toEqual([]);
    expect(run.others).toEqual([]);
  });
});

describe('replay and check agree', () => {
  it('replay refuses a file with check errors, listing them located, and writes nothing', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', classic, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `${classic}:39:16  recipients[0].safeguard  'privacy-shield' is no valid transfer mechanism since 2020-07-16: use dpf`,
    );
    expect(result.stderr).toContain(`${classic}:24:17  activities[0].retention[0].reason  'as long as necessary' is no retention period`);
    expect(listFiles(out)).toEqual([]);
  });

  it('replay writes a notice when check finds warnings only', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['--answers', fixture('source-stated'), '--out', out, '--format', 'md']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['privacy-notice.en.md', 'privacy-notice.nl.md', 'retention-table.en.md', 'retention-table.nl.md']);
  });
});
