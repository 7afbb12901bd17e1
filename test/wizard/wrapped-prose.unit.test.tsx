/**
 * At 80 columns no wrapped line of a question's prompt or of its "Why we ask" starts with the
 * space the line before it ended at (Ink wraps with wrap-ansi's `trim: false`), nor cuts a
 * citation after "art.", for every question of the bank in every UI language. The header rendered through ink-testing-library.
 */
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../source/core/flow/bank.js';
import type { Question } from '../../source/core/flow/bank-schema.js';
import { LANGUAGES } from '../../source/core/languages.js';
import { Header } from '../../source/wizard/components/header.js';
import { Wizard } from '../../source/wizard/context.js';
import { terminalColumns, wizardContext } from '../support/ink.js';

terminalColumns(80);
afterEach(() => cleanup());

const all = (questions: Question[]): Question[] => questions.flatMap((q) => [q, ...all(q.item ?? [])]);
const questions = all(loadQuestionBank().sections.flatMap((section) => section.questions));

describe('wrapped prose at 80 columns', () => {
  it.each(LANGUAGES)('%s: no line of a question starts with the space it was wrapped at, nor cuts a citation', (lang) => {
    const context = wizardContext(lang);
    const starts: string[] = [];
    for (const question of questions) {
      const { lastFrame, unmount } = render(
        <Wizard.Provider value={context}>
          <Header state={{ draft: {}, stack: [{ base: [], index: 0 }] }} question={question} />
        </Wizard.Provider>,
      );
      // Indents of our own are two spaces ("  ◻ …", "  › item"); one space is a wrap's leftover.
      const lines = (lastFrame() ?? '').split('\n');
      expect(lines.join('\n')).toContain(question.prompt[lang]!.split(' ')[0]);
      starts.push(...lines.filter((line) => /^ \S/.test(line)).map((line) => `${question.id}: ${line}`));
      // A citation is not cut between "art." and its number, nor between a paragraph's word and its number.
      starts.push(
        ...lines.filter((line) => /\b(art\.|Art\.|lid|Abs\.|paragraphe)$/.test(line.trimEnd())).map((line) => `${question.id}: ${line}`),
      );
      unmount();
    }
    expect(questions.length).toBeGreaterThan(50);
    expect(starts).toEqual([]);
  });
});
