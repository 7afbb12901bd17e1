/** Parameters of check's messages read in each language: a period of several units is a list, not a run of numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { msg, renderMessage } from '../source/core/check/messages.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { REPO } from './support/cli.js';

const messages = parse(readFileSync(join(REPO, 'questions', 'check-messages.yaml'), 'utf8')) as Record<string, Record<Language, string>>;

describe('a period in a finding', () => {
  it.each(LANGUAGES)('joins its units with the word for "and" (%s)', (lang) => {
    const text = renderMessage(msg('retention-legal-minimum.too-short.fix', { minimum: { period: { years: 1, months: 6 } } }), lang);
    expect(text).toMatch(new RegExp(`1\\s\\S+ ${messages.and![lang]} 6\\s\\S+`));
  });

  it('keeps a period of one unit as it was', () => {
    expect(renderMessage(msg('retention-legal-minimum.too-short.fix', { minimum: { period: { years: 7 } } }), 'en')).toBe(
      messages['retention-legal-minimum.too-short.fix']!.en.replace('{{minimum}}', '7 years'),
    );
  });
});
