/**
 * Languages as one table: every entry of LANGUAGES has everything the product keys by language.
 * Adding a language without its templates, phrases, UI strings, Intl tables or check messages
 * fails here, by name, instead of rendering gaps or silently checking less.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGUAGE_TABLE, LANGUAGES } from '../source/core/languages.js';
import { buildIntlTables, LOCALES } from '../source/core/locale/intl-tables.js';
import { LANGUAGE_NAMES } from '../source/wizard/strings.js';
import { REPO } from './support/cli.js';

const yamlFile = (...segments: string[]): Record<string, Record<string, unknown>> =>
  parse(readFileSync(join(REPO, ...segments), 'utf8')) as Record<string, Record<string, unknown>>;

describe.each(LANGUAGES)('output language %s', (lang) => {
  it('has its notice template and labels', () => {
    expect(existsSync(join(REPO, 'templates', lang, 'notice.md.mustache'))).toBe(true);
    expect(existsSync(join(REPO, 'templates', lang, 'labels.yaml'))).toBe(true);
  });

  it('has phrases for each text rule of check', () => {
    const phrases = LANGUAGE_TABLE[lang].phrases;
    for (const kind of ['vagueRetention', 'anonymous', 'noCookies', 'privacyShield'] as const)
      expect(phrases[kind].length, kind).toBeGreaterThan(0);
  });

  it('has a locale Intl knows, its Intl tables, and its own name', () => {
    expect(Intl.getCanonicalLocales(LOCALES[lang])).toEqual([LOCALES[lang]]);
    const tables = buildIntlTables().languages[lang];
    expect(Object.keys(tables.regions).length).toBeGreaterThan(200);
    expect(tables.months).toHaveLength(12);
    expect(LANGUAGE_NAMES[lang]).toBe(new Intl.DisplayNames([lang], { type: 'language' }).of(lang)?.replace(/^./, (c) => c.toUpperCase()));
  });

  it('has every UI string and every check message', () => {
    for (const file of ['ui.yaml', 'check-messages.yaml', 'diff-messages.yaml']) {
      const missing = Object.entries(yamlFile('questions', file))
        .filter(([, texts]) => typeof texts[lang] !== 'string')
        .map(([id]) => id);
      expect(missing, file).toEqual([]);
    }
  });
});
