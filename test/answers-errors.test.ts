/**
 * Every kind of bad input exits 2, names file, line, column and field, and writes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, REPO, runCli, tempDir } from './support/cli.js';

const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture does not contain ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function replayBroken(text: string, extraArgs: string[] = []) {
  const dir = tempDir();
  const file = join(dir, 'client.yaml');
  writeFileSync(file, text);
  const out = join(dir, 'out');
  const result = runCli(['--answers', file, '--out', out, ...extraArgs], { cwd: dir });
  const lines = result.stderr.trim().split('\n');
  return { ...result, file, out, lines };
}

const cases: { name: string; text: string; args?: string[]; path: string; at: string; message: RegExp }[] = [
  {
    name: 'malformed YAML',
    text: minimal.replace('  legalForm: BV', '  legalForm: [BV'),
    path: '(yaml)',
    at: 'address:',
    message: /is not closed/,
  },
  {
    name: 'an unknown catalog id',
    text: minimal.replace('[identity, contact-details, billing-details]', '[identity, contact-detials, billing-details]'),
    path: 'activities[0].dataCategories[1]',
    at: 'contact-detials',
    message: /unknown data category 'contact-detials'; did you mean 'contact-details'\?/,
  },
  {
    name: 'a wrong type',
    text: minimal.replace('version: 1', 'version: "one"'),
    path: 'version',
    at: '"one"',
    message: /must be 1/,
  },
  {
    name: 'an invalid enterprise number',
    text: minimal.replace('0879.451.290', '0879.451.291'),
    path: 'controller.enterpriseNumber',
    at: '"0879.451.291"',
    message: /check-digit/,
  },
  {
    name: 'a missing translation',
    text: minimal.replace(
      '        basis: contract\n',
      '        basis: contract\n      - purpose: { en: "printing proofs for approval" }\n        basis: contract\n',
    ),
    path: 'activities[0].purposes[1].purpose',
    at: '{ en: "printing',
    message: /missing translation: nl/,
  },
  {
    name: 'an unknown language in the file',
    text: minimal.replace('languages: [en, nl]', 'languages: [en, es]'),
    path: 'languages[1]',
    at: 'es]',
    message: /unknown language 'es'/,
  },
  {
    name: 'an unknown field',
    text: minimal.replace('  legalForm: BV', '  legalFrom: BV'),
    path: 'controller.legalFrom',
    at: 'legalFrom',
    message: /unknown field|Invalid key/i,
  },
  {
    name: 'an invalidated transfer mechanism',
    text: `${minimal}recipients:\n  - name: US Print Cloud\n    role: processor\n    purpose: { en: "printing", nl: "drukwerk" }\n    countries: [US]\n    safeguard: privacy-shield\n`,
    path: 'recipients[0].safeguard',
    at: 'privacy-shield',
    message: /no valid transfer mechanism since 2020-07-16/,
  },
];

describe('an invalid answers file', () => {
  it.each(cases)('$name: exit 2, located message, nothing written', ({ text, args, path, at, message }) => {
    const result = replayBroken(text, args);
    expect(result.status).toBe(2);
    const { line, col } = positionOf(text, at);
    const problem = result.lines.find((l) => l.startsWith(`${result.file}:`));
    expect(problem, result.stderr).toBeDefined();
    const [location, field, ...rest] = problem!.split('  ');
    expect(location).toBe(`${result.file}:${line}:${col}`);
    expect(field).toBe(path);
    expect(rest.join('  ')).toMatch(message);
    expect(result.lines.at(-1)).toMatch(/nothing was written/);
    expect(listFiles(result.out)).toEqual([]);
    expect(result.stdout).toBe('');
  });

  it('lists every missing translation path, not just the first', () => {
    const text = minimal
      .replace('languages: [en, nl]', 'languages: [en, nl, fr]')
      .replace(
        '  legalForm: BV',
        '  legalForm: BV\n  actsAsProcessor: { en: "We also print for agencies.", nl: "Wij drukken ook voor agentschappen." }',
      );
    const result = replayBroken(text);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('controller.actsAsProcessor  missing translation: fr');
  });

  it('lists the first 50 of 120 problems, then how many more, and still counts them all', () => {
    const categories = Array.from({ length: 120 }, (_, i) => `nope${i}`);
    const text = minimal.replace(
      'dataCategories: [identity, contact-details, billing-details]',
      `dataCategories: [${categories.join(', ')}]`,
    );
    const result = replayBroken(text);
    expect(result.status).toBe(2);
    expect(result.lines).toHaveLength(52);
    expect(result.lines[49]).toContain("activities[0].dataCategories[49]  unknown data category 'nope49'");
    expect(result.lines[50]).toBe(`privacy-wizard: ... and 70 more problems in ${result.file} (the first 50 are listed)`);
    expect(result.lines[51]).toBe(`privacy-wizard: 120 problems in ${result.file}; nothing was written.`);
  });

  it('rejects a language asked for with --lang that the prose lacks', () => {
    const text = minimal.replace('  legalForm: BV', '  legalForm: BV\n  actsAsProcessor: { en: "We print.", nl: "Wij drukken." }');
    const result = replayBroken(text, ['--lang', 'de']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('controller.actsAsProcessor  missing translation: de');
  });

  it('rejects an unknown --lang value as bad usage', () => {
    const result = replayBroken(minimal, ['--lang', 'en,xx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown --lang value 'xx'/);
    expect(listFiles(result.out)).toEqual([]);
  });

  it('leaves the files of an earlier run untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'privacy-notice.en.md'), 'earlier notice');
    const file = join(dir, 'client.yaml');
    writeFileSync(file, minimal.replace('version: 1', 'version: 2'));
    const result = runCli(['--answers', file, '--out', out], { cwd: dir });
    expect(result.status).toBe(2);
    expect(listFiles(out)).toEqual(['privacy-notice.en.md']);
    expect(readFileSync(join(out, 'privacy-notice.en.md'), 'utf8')).toBe('earlier notice');
  });

  it('asks for the age of digital consent where the catalog cannot know it', () => {
    const outside = readFileSync(join(REPO, 'test/fixtures/outside-eu.yaml'), 'utf8').replace(
      'supervisoryAuthority: be',
      'supervisoryAuthority: { name: Commissioner, website: https://example.org }',
    );
    const result = replayBroken(outside);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('children.digitalConsentAge  the age of digital consent (Art. 8 GDPR) for CH is not in the catalog');
    const fixed = replayBroken(`${outside}children: { directedAtChildren: false, digitalConsentAge: 16 }\n`);
    expect(fixed.status, fixed.stderr).toBe(0);
  });

  it('reports a missing answers file clearly', () => {
    const result = runCli(['--answers', 'no-such-file.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read answers file no-such-file\.yaml: no such file/);
  });

  it('rejects aliases, with their location', () => {
    const text = minimal.replace('  legalForm: BV', '  legalForm: &form BV\n  tradeName: *form');
    const result = replayBroken(text);
    expect(result.status).toBe(2);
    const { line, col } = positionOf(text, '*form');
    expect(result.stderr).toContain(`${result.file}:${line}:${col}  (yaml)  aliases (*form) are not allowed`);
  });
});
