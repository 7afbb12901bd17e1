/** Parameters of check's messages read in each language: a period of several units is a list, not a run of numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { msg, renderMessage } from '../source/core/check/messages.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { readAndCheck } from '../source/core/pipeline.js';
import { REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const messages = parse(readFileSync(join(REPO, 'questions', 'check-messages.yaml'), 'utf8')) as Record<string, Record<Language, string>>;

/** The word for "and" in each language. */
const AND: Record<Language, string> = { en: 'and', nl: 'en', fr: 'et', de: 'und' };

describe('a period in a finding', () => {
  it.each(LANGUAGES)('joins its units with the word for "and" (%s)', (lang) => {
    const text = renderMessage(msg('retention-legal-minimum.too-short.fix', { minimum: { period: { years: 1, months: 6 } } }), lang);
    expect(text).toMatch(new RegExp(`1\\s\\S+ ${AND[lang]} 6\\s\\S+`));
  });

  it('keeps a period of one unit as it was', () => {
    expect(renderMessage(msg('retention-legal-minimum.too-short.fix', { minimum: { period: { years: 7 } } }), 'en')).toBe(
      messages['retention-legal-minimum.too-short.fix']!.en.replace('{{minimum}}', '7 years'),
    );
  });
});

// A finding names a purpose and a cookie category as the reader's language does, not by the
// catalog's id ("'prospecting'", "the analytics cookies").
describe('a purpose or a cookie category in a finding', () => {
  const cases = [
    ['tracking-consent', 'website-analytics'],
    ['marketing-channel', 'prospecting'],
    ['email-marketing-consent', 'prospecting'],
    ['retention-legal-minimum', 'invoicing-accounting'],
  ] as const;
  it.each(cases)('%s: the purpose by its label in each language', (rule, purpose) => {
    const file = join(REPO, 'test/fixtures/check', `${rule}.yaml`);
    for (const lang of LANGUAGES) {
      // The legal minimum's other finding: no rule for the accounts at all (a rule shorter than it is the fixture's).
      const answersText = readFileSync(file, 'utf8').replace('{ preset: accounting-10y, period: { years: 7 } }', '{ preset: enquiry-12m }');
      const findings = readAndCheck(answersText, file, catalogs, { uiLanguage: lang });
      if (!findings.ok) throw new Error(`${file} is not valid`);
      const text = findings.findings
        .filter((f) => f.rule === rule)
        .map((f) => f.message)
        .join('\n');
      expect(text.length).toBeGreaterThan(0);
      expect(text).toContain(catalogs.purposes[purpose]!.label[lang]);
      expect(text).not.toContain(`'${purpose}'`);
      if (rule === 'tracking-consent') expect(text).toContain(catalogs['cookie-categories'].analytics!.label[lang]);
    }
  });
});
