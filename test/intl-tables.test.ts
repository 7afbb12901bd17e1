/**
 * The tables taken from Intl at build time (source/core/locale/intl-tables.ts) format exactly as
 * Intl does, over every input the product can meet where that is feasible, and the bundle
 * formats from them without starting Intl's costly services.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_TABLE, LANGUAGES } from '../source/core/languages.js';
import { buildIntlTables, currentRegionCode, englishRegionName, LOCALES, PERIOD_UNITS } from '../source/core/locale/intl-tables.js';
import { countryName, formatDate, formatPeriod, joinList } from '../source/core/view/format.js';
import { EXAMPLES, REPO, runCli, tempDir } from './support/cli.js';

const ALL_CODES = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** A code ISO 3166-1 still uses: Intl's canonical form of it is itself (UK's is GB). */
const isCurrent = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let time = Date.UTC(year, 0, 1); new Date(time).getUTCFullYear() === year; time += 86_400_000) days.push(isoDay(time));
  return days;
}

/** Years 0–99 are what Date.UTC reads as 1900–1999: build them field by field. */
const everyDayOfEarlyYear = (year: number): string[] =>
  everyDayOf(2001)
    .map((day) => `${String(year).padStart(4, '0')}${day.slice(4)}`)
    .filter((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));

describe.each(LANGUAGES)('formatting from the Intl tables in %s equals Intl itself', (lang) => {
  const locale = LOCALES[lang];

  it('for every amount 0..1500 of days, weeks, months and years (and -0)', () => {
    for (const unit of PERIOD_UNITS) {
      const intl = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
      // Intl's text, but for the space between number and unit, which is the language's (French: a no-break space).
      const expected = (n: number) => intl.format(n).replace(/(\d) (?=\D)/, `$1${LANGUAGE_TABLE[lang].unitSpace}`);
      for (const n of [...Array.from({ length: 1501 }, (_, i) => i), -0, 1_000_000]) {
        const got = formatPeriod({ [`${unit}s`]: n }, lang);
        if (got !== expected(n)) expect(got, `${n} ${unit}`).toBe(expected(n));
      }
    }
  });

  it('for every day of 1999–2001, 2024, 2026–2027 and of far years', () => {
    const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const years = [1999, 2000, 2001, 2024, 2026, 2027, 1000, 1582, 1900, 2100, 9999];
    const days = [...years.flatMap(everyDayOf), ...[0, 1, 99].flatMap(everyDayOfEarlyYear)];
    // The answers schema lets through days a month has not: Date rolls them over, Intl too.
    days.push('2023-02-29', '2024-02-30', '2026-02-31', '2026-04-31');
    expect(days.length).toBeGreaterThan(14 * 365);
    for (const day of days) {
      const own = intl.format(new Date(`${day}T00:00:00Z`));
      const expected = lang === 'fr' ? own.replace(/^1 /, '1er ') : own;
      const got = formatDate(day, lang);
      if (got !== expected) expect(got, day).toBe(expected);
    }
  });

  it('for lists of 0 to 8 items', () => {
    const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const words = ['name', 'e-mail address', 'IP-adres', 'et', 'und', 'and, or', 'a', 'Œuvre'];
    for (let count = 0; count <= words.length; count++) {
      const items = words.slice(0, count);
      expect(joinList(items, lang), `${count} items`).toBe(intl.format(items));
    }
  });

  it('for the name of every current two-letter code; a replaced one (UK, DD) is not named', () => {
    const intl = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const differ = ALL_CODES.filter((code) => countryName(code, lang) !== (isCurrent(code) ? intl.of(code) : code));
    expect(differ).toEqual([]);
  });
});

describe('English region names from the Intl tables', () => {
  it("are Intl's for every two-letter code, and undefined where Intl names none", () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const differ = ALL_CODES.filter((code) => englishRegionName(code) !== (isCurrent(code) ? intl.of(code) : undefined));
    expect(differ).toEqual([]);
    // The codes ISO 3166-1 replaced, which Intl still names, each with its successor.
    expect(['UK', 'DD', 'DY', 'YU'].map((code) => [englishRegionName(code), currentRegionCode(code)])).toEqual([
      [undefined, 'GB'],
      [undefined, 'DE'],
      [undefined, 'BJ'],
      [undefined, 'RS'],
    ]);
    expect(ALL_CODES.filter((code) => englishRegionName(code) !== undefined).length).toBeGreaterThan(250);
  });

  it('name nothing for keys every object has', () => {
    expect(englishRegionName('constructor')).toBeUndefined();
    expect(englishRegionName('__proto__')).toBeUndefined();
    expect(countryName('toString', 'en')).toBe('toString');
  });
});

describe('the Intl tables the build compiled', () => {
  it('are what buildIntlTables() takes from Intl', () => {
    const compiled: unknown = JSON.parse(readFileSync(join(REPO, 'dist', 'data', 'intl.json'), 'utf8'));
    expect(compiled).toEqual(buildIntlTables());
  });
});

describe('the bundle', () => {
  const recordIntl = (args: string[]) => {
    const log = join(tempDir(), 'intl.log');
    const result = runCli(args, { nodeArgs: ['--import', join(REPO, 'test/support/record-intl.mjs')], env: { RECORD_INTL_TO: log } });
    return { status: result.status, stderr: result.stderr, created: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  };

  it('replays an answers file in every language without creating an Intl formatter', () => {
    const run = recordIntl(['--answers', join(EXAMPLES, 'web-agency.yaml'), '--out', tempDir(), '--lang', 'en,nl,fr,de', '--quiet']);
    expect(run).toEqual({ status: 0, stderr: '', created: '' });
  });

  it('checks an answers file, naming countries in its messages, without creating an Intl formatter', () => {
    const run = recordIntl(['check', join(REPO, 'test/fixtures/check/authority-jurisdiction.yaml')]);
    expect(run.created).toBe('');
    expect(run.status).toBe(1);
  });

  it('is seen creating one when it does (the preload records)', () => {
    const log = join(tempDir(), 'intl.log');
    const preload = ['--import', join(REPO, 'test/support/record-intl.mjs')];
    spawnSync(process.execPath, [...preload, '--eval', "new Intl.ListFormat('en')"], { env: { ...process.env, RECORD_INTL_TO: log } });
    expect(readFileSync(log, 'utf8')).toContain('Intl.ListFormat');
  });
});
