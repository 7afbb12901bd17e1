/**
 * `privacy-wizard diff` and `--changes-from` as a user runs them: two files, standard input,
 * the shell's <(git show …) and a pipe from git, JSON for CI, bad input (exit 2, located), and a
 * replay whose notice lists what changed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, EXAMPLES, listFiles, REPO, runCli, tempDir } from './support/cli.js';
import { catalogs } from './support/replay.js';

const OLD_TEXT = readFileSync(join(EXAMPLES, 'web-agency.yaml'), 'utf8');
/** The web agency's next version: a new purpose for its newsletter, and two years for enquiries. */
const NEW_TEXT = OLD_TEXT.replace('effectiveDate: "2026-01-15"', 'effectiveDate: "2026-03-01"')
  .replace(
    '      - { purpose: send-newsletter, basis: consent }\n',
    '      - { purpose: send-newsletter, basis: consent }\n      - { purpose: website-analytics, basis: consent }\n',
  )
  .replace('      - preset: enquiry-12m\n', '      - preset: enquiry-12m\n        period: { months: 24 }\n');

function versions() {
  const dir = tempDir();
  writeFileSync(join(dir, 'old.yaml'), OLD_TEXT);
  writeFileSync(join(dir, 'new.yaml'), NEW_TEXT);
  return dir;
}
const newPurpose = catalogs.purposes['website-analytics']!.label;

describe('privacy-wizard diff', () => {
  it('lists the changes in each output language and the note, exit 0', () => {
    const dir = versions();
    const result = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^old\.yaml → new\.yaml: 2 changes /);
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) expect(result.stdout).toContain(newPurpose[lang]);
    expect(result.stdout).toMatch(/new\.yaml activities\[1\]\.purposes\[1\] .*Art\. 13\(3\) GDPR/);
  });

  it('says so when nothing changed for the people concerned (a comment and key order are no change), exit 0', () => {
    const dir = versions();
    writeFileSync(
      join(dir, 'same.yaml'),
      `# reviewed again, nothing new\n${OLD_TEXT.replace('version: 1\nlanguages: [en, nl, fr, de]', 'languages: [en, nl, fr, de]\nversion: 1')}`,
    );
    const result = runCli(['diff', 'old.yaml', 'same.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('old.yaml → same.yaml: no change for the people concerned\n');
  });

  it('prints JSON with stable ids and paths for CI (--json, --lang), in English unless asked', () => {
    const dir = versions();
    const result = runCli(['diff', 'old.yaml', 'new.yaml', '--json', '--lang', 'nl', '--ui-lang', 'de'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      languages: string[];
      changes: { id: string; path: string; messages: Record<string, string>; note: string | null }[];
    };
    expect(report.languages).toEqual(['nl']);
    expect(report.changes.map((c) => [c.id, c.path])).toEqual([
      ['retention-changed:contact-form/all', 'activities[0].retention[0]'],
      ['purpose-added:newsletter/website-analytics', 'activities[1].purposes[1]'],
    ]);
    expect(report.changes[1]!.messages.nl).toContain(newPurpose.nl);
    expect(report.changes[1]!.note).toContain('Art. 13 Abs. 3 DSGVO');
    expect(runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: dir }).stdout).toContain(
      '"note": "inform the people concerned',
    );
  });

  it('reads the old version from standard input (-)', () => {
    const dir = versions();
    const result = runCli(['diff', '-', 'new.yaml', '--json'], { cwd: dir, input: OLD_TEXT });
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { old: string; count: number }).old).toBe('(stdin)');
    expect((JSON.parse(result.stdout) as { count: number }).count).toBe(2);
  });

  it('compares two git revisions of one file, both ways the README shows', () => {
    const dir = tempDir();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(dir, 'acme.yaml'), OLD_TEXT);
    git('add', 'acme.yaml');
    git('commit', '-q', '-m', 'first');
    writeFileSync(join(dir, 'acme.yaml'), NEW_TEXT);
    git('commit', '-q', '-am', 'second');
    const shell = (command: string) =>
      spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: undefined, LC_ALL: undefined } });
    const substituted = shell(`"${process.execPath}" "${CLI}" diff <(git show HEAD~1:acme.yaml) acme.yaml`);
    expect(substituted.status, substituted.stderr).toBe(0);
    expect(substituted.stdout).toMatch(/^\/dev\/fd\/\d+ → acme\.yaml: 2 changes /);
    const piped = shell(`git show HEAD~1:acme.yaml | "${process.execPath}" "${CLI}" diff - acme.yaml`);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout.replace(/^.*\n/, '')).toBe(substituted.stdout.replace(/^.*\n/, ''));
  });

  it('refuses a bad old version as replay does: FILE:LINE:COL  path  message, exit 2, nothing on stdout', () => {
    const dir = versions();
    writeFileSync(
      join(dir, 'bad.yaml'),
      OLD_TEXT.replace('dataCategories: [identity, contact-details, cv-data', 'dataCategories: [identity, contact-detials, cv-data'),
    );
    const result = runCli(['diff', 'bad.yaml', 'new.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^bad\.yaml:\d+:\d+ {2}activities\[7\]\.dataCategories\[1\] {2}unknown data category 'contact-detials'/m);
    expect(result.stderr).toMatch(/^privacy-wizard: 1 problem in bad\.yaml; nothing was compared\.$/m);
    const stdin = runCli(['diff', '-', 'new.yaml'], { cwd: dir, input: 'version: 1\nlanguages: [xx]\n' });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toMatch(/^\(stdin\):2:\d+ {2}languages\[0\] /m);
  });

  it("says what is wrong with a version in the reader's language (--ui-lang), as check does", () => {
    const dir = versions();
    writeFileSync(join(dir, 'bad.yaml'), OLD_TEXT.replace('countries: [NZ]', 'countries: [XX]'));
    const messages = parse(readFileSync(join(REPO, 'questions/diff-messages.yaml'), 'utf8')) as Record<string, Record<string, string>>;
    const summary = messages['diff.report.invalid']!.nl!.replace('{{problems}}', '1 probleem').replace('{{file}}', 'bad.yaml');
    const result = runCli(['diff', 'bad.yaml', 'new.yaml', '--ui-lang', 'nl'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`privacy-wizard: ${summary}`);
    expect(result.stderr).toMatch(/^bad\.yaml:\d+:\d+ {2}recipients\[\d+\]\.countries\[0\] {2}.*XX/m);
    expect(result.stderr).not.toMatch(/unknown|nothing was compared/);
    // Without --ui-lang and without a locale: the English summary, word for word as before.
    const english = runCli(['diff', 'bad.yaml', 'new.yaml'], { cwd: dir });
    expect(english.stderr).toMatch(/^privacy-wizard: 1 problem in bad\.yaml; nothing was compared\.$/m);
  });

  it('refuses bad usage with exit 2', () => {
    const dir = versions();
    expect(runCli(['diff', 'old.yaml'], { cwd: dir }).status).toBe(2);
    expect(runCli(['diff', '-', '-'], { cwd: dir }).stderr).toContain('only one of the two files');
    expect(runCli(['diff', 'old.yaml', 'missing.yaml'], { cwd: dir }).stderr).toContain(
      'cannot read answers file missing.yaml: no such file',
    );
  });
});

describe('--changes-from', () => {
  it('ends the notice with what this version changes, in every language, and --verify checks it', () => {
    const dir = versions();
    const result = runCli(['--answers', 'new.yaml', '--changes-from', 'old.yaml', '--out', 'out', '--format', 'md'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      const notice = readFileSync(join(dir, 'out', `privacy-notice.${lang}.md`), 'utf8');
      expect(notice.slice(notice.lastIndexOf('\n### '))).toContain(newPurpose[lang]);
    }
    const verify = (...more: string[]) =>
      runCli(['--answers', 'new.yaml', '--out', 'out', '--format', 'md', '--verify', ...more], { cwd: dir });
    expect(verify('--changes-from', 'old.yaml').status).toBe(0);
    expect(verify().status).toBe(1);
  });

  it('reads the earlier version from standard input, and a bad one stops the replay (exit 2, nothing written)', () => {
    const dir = versions();
    const piped = runCli(['--answers', 'new.yaml', '--changes-from', '-', '--out', 'out', '--lang', 'nl', '--format', 'md'], {
      cwd: dir,
      input: OLD_TEXT,
    });
    expect(piped.status, piped.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'privacy-notice.nl.md'), 'utf8')).toContain(newPurpose.nl);
    const bad = runCli(['--answers', 'new.yaml', '--changes-from', '-', '--out', 'out2'], { cwd: dir, input: 'version: 2\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^\(stdin\):1:\d+ /m);
    expect(listFiles(join(dir, 'out2'))).toEqual([]);
  });

  it('goes with one replayed file only', () => {
    const dir = versions();
    expect(runCli(['--answers', 'old.yaml', 'new.yaml', '--changes-from', 'old.yaml'], { cwd: dir }).status).toBe(2);
    expect(runCli(['check', 'new.yaml', '--changes-from', 'old.yaml'], { cwd: dir }).status).toBe(2);
  });
});

describe('the README', () => {
  it('shows what diff prints for the web agency and its next version', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const marker = readme.indexOf('<!-- diff sample:');
    const start = readme.indexOf('```\n', marker) + 4;
    const sample = readme.slice(start, readme.indexOf('```\n', start));
    const dir = tempDir();
    writeFileSync(join(dir, 'acme-2026-01.yaml'), OLD_TEXT);
    writeFileSync(join(dir, 'acme-2026-03.yaml'), readFileSync(join(REPO, 'test', 'fixtures', 'diff', 'web-agency-next.yaml'), 'utf8'));
    const result = runCli(['diff', 'acme-2026-01.yaml', 'acme-2026-03.yaml', '--lang', 'en,nl'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(sample).toBe(result.stdout);
  });
});
