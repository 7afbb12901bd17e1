/**
 * Every text a Dutch, French or German user can see in the wizard is in their language: the
 * bank's prompts, reasons and articles, the section titles, the wizard's own strings, the
 * options of every question, the answers format's validation messages and check's messages.
 * A stop-list of English words finds what was left in English; user text and ids are not walked.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '../../source/core/answers/schema.js';
import { checkMessages } from '../../source/core/check/messages.js';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import type { Question } from '../../source/core/flow/bank-schema.js';
import { schemaAt } from '../../source/core/flow/validate-answer.js';
import type { Language } from '../../source/core/languages.js';
import { citation } from '../../source/core/locale/citations.js';
import { optionsFor } from '../../source/wizard/options.js';
import { translator } from '../../source/wizard/strings.js';
import { LITERALS, STOP } from '../support/english.js';
import { catalogs } from '../support/replay.js';

const bank = loadQuestionBank();
const flow = { bank, catalogs };
const all = (questions: readonly Question[]): Question[] => questions.flatMap((q) => [q, ...all(q.item ?? [])]);
const questions = all(bank.sections.flatMap((s) => s.questions));
const draft = { activities: [{ id: 'x', preset: 'contact-form' }] };

/** Values each kind of field refuses, to see its message. */
const WRONG: [string[], unknown][] = [
  [['effectiveDate'], '1 maart'],
  [['controller', 'email'], 'info at peeters'],
  [['controller', 'website'], 'peeters'],
  [['controller', 'phone'], 'call me'],
  [['controller', 'legalName'], ''],
  [['controller', 'legalName'], 'x'.repeat(6000)],
  [['controller', 'address', 'country'], 'XX'],
  [['controller', 'address'], {}],
  [['children', 'directedAtChildren'], 'yes'],
  [['languages'], ['nl', 'nl']],
];

function texts(lang: Language): [string, string][] {
  const t = translator(loadUiStrings(), lang);
  const out: [string, string][] = [];
  for (const section of bank.sections) out.push([`section ${section.id}`, section.title[lang]]);
  for (const q of questions) {
    out.push([`${q.id}.prompt`, q.prompt[lang]], [`${q.id}.why`, q.why[lang]]);
    if (q.article) out.push([`${q.id}.article`, citation(q.article, lang)]);
    // Brand names (services), countries and foreign authorities are names, not English.
    const names =
      q.options &&
      ('source' in q.options
        ? ['suggested-services', 'countries', 'locations'].includes(q.options.source)
        : ['processors', 'supervisory-authorities'].includes(q.options.catalog));
    if (q.options && !names)
      for (const option of optionsFor(q, catalogs, lang, t, draft)) out.push([`${q.id} option ${option.value}`, option.label]);
  }
  for (const [key, text] of Object.entries(loadUiStrings())) out.push([`ui ${key}`, text[lang]]);
  for (const [id, text] of Object.entries(checkMessages())) if (id.startsWith('schema.')) out.push([`message ${id}`, text[lang]]);
  const schema = buildAnswersSchema(catalogs);
  for (const [path, value] of WRONG) {
    const result = v.safeParse(schemaAt(schema, path)!, value, { lang });
    expect(result.success, path.join('.')).toBe(false);
    out.push([`validation of ${path.join('.')}`, result.issues![0]!.message]);
  }
  void flow;
  return out;
}

describe.each(['nl', 'fr', 'de'] as const)('the wizard in %s', (lang) => {
  it('shows no English', () => {
    const english = texts(lang)
      .map(([where, text]) => [where, text, STOP.exec(text.replace(LITERALS, ''))?.[1]] as const)
      .filter(([, , word]) => word !== undefined)
      .map(([where, text, word]) => `${where}: «${word}» in ${text}`);
    expect(english).toEqual([]);
  });
});

it('the stop-list finds English', () => {
  expect(STOP.test('must be a date written YYYY-MM-DD')).toBe(true);
  expect(STOP.test('moet een datum zijn')).toBe(false);
});
