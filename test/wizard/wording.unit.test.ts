/**
 * The reviewers' wording decisions, kept: German calls a processing activity "Bereich" as the
 * notice does (review-de D-S5), Dutch has one word for a section and writes key names with a
 * capital (review-nl E-S13, E-S14); French puts a space before a colon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import type { Question } from '../../source/core/flow/bank-schema.js';
import { REPO } from '../support/cli.js';

const bank = loadQuestionBank();
const ui = loadUiStrings();
const all = (questions: readonly Question[]): Question[] => questions.flatMap((q) => [q, ...all(q.item ?? [])]);
const questions = all(bank.sections.flatMap((s) => s.questions));

describe('German', () => {
  const texts = [
    ...bank.sections.map((s) => s.title.de),
    ...questions.flatMap((q) => [q.prompt.de, q.why.de]),
    ...Object.values(ui).map((text) => text.de),
  ];
  it('calls a processing activity "Bereich", never "Situation"', () => {
    expect(texts.filter((text) => /\bSituation(en)?\b/.test(text))).toEqual([]);
    expect(questions.find((q) => q.id === 'situations')!.prompt.de).toMatch(/\bBereichen\b/);
  });
  it('in the notice too, where "Situation" keeps its Art. 21 sense only', () => {
    const template = readFileSync(join(REPO, 'templates', 'de', 'notice.md.mustache'), 'utf8');
    expect(template.match(/\w* ?Situation\w*/g)).toEqual(['besonderen Situation']);
  });
});

describe('Dutch', () => {
  it('has one word for a section: onderdeel', () => {
    for (const key of ['progress', 'progressSection', 'sectionsTitle', 'hintTab']) {
      expect(ui[key]!.nl, key).toMatch(/\b[Oo]nderde(el|len)\b/);
      expect(ui[key]!.nl, key).not.toMatch(/\bDeel\b/);
    }
  });
  it('writes the key names of its hints with a capital, as Enter and Esc', () => {
    const keyNames = Object.entries(ui)
      .filter(([key]) => key.startsWith('hint'))
      .flatMap(([, text]) => [...text.nl.matchAll(/(?:^|· )([\p{L}+]+):/gu)].map((m) => m[1]!));
    expect(keyNames).toContain('Spatie');
    expect(keyNames.filter((name) => name[0] !== name[0]!.toUpperCase())).toEqual([]);
  });
});

describe('French', () => {
  it('puts a space before a colon, in the wizard’s strings and the questions', () => {
    const texts = [...Object.values(ui).map((text) => text.fr), ...questions.flatMap((q) => [q.prompt.fr, q.why.fr])];
    expect(texts.filter((text) => /[\p{L})\]]:(?!\/)/u.test(text))).toEqual([]);
    expect(ui.why!.fr).toMatch(/\s:$/);
  });
});
