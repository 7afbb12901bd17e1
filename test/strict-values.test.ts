/**
 * Values are never changed silently (issue 16, items 7-9, 12, 14): codes written with digits are
 * kept as written, text that YAML reads as a number is refused with the fix, impossible dates
 * are refused, text limits count characters, a list as a key is a located problem, and CSV cells
 * that a spreadsheet would read as a formula are neutralised in every form of the sign.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswers } from '../source/core/answers/parse.js';
import { MAX_TEXT_LENGTH } from '../source/core/answers/schema.js';
import { loadCatalogFiles } from '../source/core/catalogs/load.js';
import { loadUiStrings } from '../source/core/flow/bank.js';
import { csvField } from '../source/core/render/escape.js';
import { optionsFor } from '../source/wizard/options.js';
import { translator } from '../source/wizard/strings.js';
import { REPO, runCli, tempDir } from './support/cli.js';

const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');
const catalogs = loadCatalogFiles();
const read = (text: string) => readAnswers(text, 'client.yaml', catalogs);
const checkMessages = parse(readFileSync(join(REPO, 'questions/check-messages.yaml'), 'utf8')) as Record<string, { en: string }>;
const NOT_A_DAY = checkMessages['schema.not-a-day']!.en;
const FORM = checkMessages['schema.date']!.en;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('codes written with digits', () => {
  it.each(['0800', '0o17', '1e3', '0x1F', '+32', '1_000', '8500'])('keeps postalCode: %s exactly as written', (written) => {
    const result = read(minimal.replace('postalCode: "2800"', `postalCode: ${written}`));
    expect(result.ok && result.answers.controller.address.postalCode).toBe(written);
  });

  it('keeps an unquoted enterprise number as written', () => {
    // 0403.649.662 is not a YAML number; 0403649662 is (an octal-looking integer in YAML 1.1, decimal in 1.2).
    const result = read(minimal.replace('enterpriseNumber: "0879.451.290"', 'enterpriseNumber: 0879451290'));
    if (result.ok) expect(result.answers.controller.enterpriseNumber).toBe('0879451290');
    else expect(result.problems.map((p) => p.message).join()).toContain('0879451290');
  });

  it('refuses a phone number YAML reads as a number, with the fix and where it is', () => {
    const text = minimal.replace('  email: info@', '  phone: 3291234567\n  email: info@');
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: 'client.yaml',
        line: lineOf(text, 'phone:'),
        col: 10,
        path: 'controller.phone',
        message: 'is read as the number 3291234567: write it in quotes, as "3291234567", to keep it as text',
      },
    ]);
  });
});

describe('dates', () => {
  it.each(['2026-02-30', '2026-04-31', '2025-02-29', '2026-13-01', '2026-00-10'])('refuses %s, a day that does not exist', (date) => {
    const text = minimal.replace('effectiveDate: "2026-03-01"', `effectiveDate: "${date}"`);
    const result = read(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // One problem, the day's: the date is written as a date should be (a newcomer's trial got the form's message too).
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: lineOf(text, 'effectiveDate'), path: 'effectiveDate' });
    expect(result.problems[0]!.message).toBe(NOT_A_DAY.replace('{{date}}', date));
  });

  it.each(['2026-3-1', '26-03-01', '1 March 2026'])('refuses %s by its form alone', (date) => {
    const text = minimal.replace('effectiveDate: "2026-03-01"', `effectiveDate: "${date}"`);
    const result = read(text);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([FORM]);
  });

  it('accepts 29 February of a leap year', () => {
    expect(read(minimal.replace('"2026-03-01"', '"2028-02-29"')).ok).toBe(true);
  });
});

describe('text limits count characters', () => {
  it.each([
    ['emoji (two UTF-16 units each)', '😀'],
    ['CJK from the supplementary planes', '𠀀'],
  ])('accepts %s up to the limit and says the count in characters past it', (_what, char) => {
    expect(read(minimal.replace('legalName: Drukkerij Peeters', `legalName: "${char.repeat(MAX_TEXT_LENGTH)}"`)).ok).toBe(true);
    const result = read(minimal.replace('legalName: Drukkerij Peeters', `legalName: "${char.repeat(MAX_TEXT_LENGTH + 1)}"`));
    expect(!result.ok && result.problems[0]!.message).toBe(`is ${MAX_TEXT_LENGTH + 1} characters long: at most ${MAX_TEXT_LENGTH}`);
  });
});

describe('keys', () => {
  it.each(['? [a, b]\n: 1\n', '? {a: 1}\n: 2\n', '[x]: 1\n'])(
    'refuses a list or mapping as a key, located, with nothing unlocated on stderr: %j',
    (key) => {
      const dir = tempDir();
      const file = join(dir, 'client.yaml');
      const text = `${minimal}${key}`;
      writeFileSync(file, text);
      const run = runCli(['check', file], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `${file}:${lineOf(text, key.slice(0, 3))}:${key.startsWith('?') ? 3 : 1}  (yaml)  a key is a name, not a list or mapping: write the field name before the colon`,
      );
      expect(run.stderr).not.toMatch(/Warning|stringified/);
    },
  );
});

describe('CSV cells', () => {
  it.each(['＝1+1', '＋1', '－1', '＠SUM(A1)', '﹦1', '﹢1', '﹣1', '﹫x', '−1', '\n=1'])('neutralises %j', (value) => {
    expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
  });
});

describe('e-mail addresses', () => {
  const withEmail = (address: string) => read(minimal.replace(/ {2}email: .*/, `  email: "${address}"`));

  it.each(['cabinet@kiné-dubois.be', 'info@xn--kin-dubois-e7a.be', 'info@example.be', 'jan.peeters+privacy@vzw-ons-huis.be'])(
    'accepts %s, a domain in its own letters too, and keeps it as written',
    (address) => {
      const result = withEmail(address);
      expect(result.ok && result.answers.controller.email).toBe(address);
    },
  );

  it.each(['info@example', 'info example.be', 'info@exa mple.be', '@example.be', 'info@@example.be', 'info@.be'])(
    'refuses %s, saying what an address looks like',
    (address) => {
      const result = withEmail(address);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems.map((p) => [p.path, p.message])).toEqual([
          ['controller.email', 'must be an email address, such as info@example.be'],
        ]);
    },
  );
});

describe('country codes gone from ISO 3166-1', () => {
  it.each([
    ['UK', 'GB'],
    ['DD', 'DE'],
    ['DY', 'BJ'],
  ])('refuses %s, naming %s, which replaced it (never taken for it silently)', (old, current) => {
    const result = read(minimal.replace('country: BE', `country: ${old}`));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.path, p.message])).toEqual([
        ['controller.address.country', `'${old}' is no longer an ISO 3166-1 code: write ${current}`],
      ]);
  });

  it('are not offered by the wizard: each country once, under its current code', () => {
    const countries = optionsFor(
      {
        id: 'x',
        path: 'x',
        type: 'choice',
        prompt: { en: '', nl: '', fr: '', de: '' },
        why: { en: '', nl: '', fr: '', de: '' },
        options: { source: 'countries' },
      },
      catalogs,
      'en',
      translator(loadUiStrings(), 'en'),
    );
    const values = countries.map((o) => o.value);
    for (const old of ['UK', 'DD', 'DY', 'YU', 'SU', 'ZR']) expect(values).not.toContain(old);
    const names = countries.map((o) => o.label.replace(/ \([A-Z]{2}\)$/, ''));
    expect(names.filter((name) => name === 'Germany')).toHaveLength(1);
    expect(new Set(names).size).toBe(names.length);
  });
});
