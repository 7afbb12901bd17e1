/**
 * At 80 columns no wrapped line of a question's prompt or of its "Why we ask" starts with the
 * space the line before it ended at (Ink wraps with wrap-ansi's `trim: false`), nor cuts a
 * citation after "art.", for every question of the bank in every UI language. The header rendered through ink-testing-library.
 */

import { Box } from 'ink';
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
    // Every question's header in one frame: one render, where one per question took seconds.
    const { lastFrame, unmount } = render(
      <Wizard.Provider value={wizardContext(lang)}>
        <Box flexDirection="column">
          {questions.map((question) => (
            <Header key={question.id} state={{ draft: {}, stack: [{ base: [], index: 0 }] }} question={question} />
          ))}
        </Box>
      </Wizard.Provider>,
    );
    const frame = lastFrame() ?? '';
    unmount();
    for (const question of questions) expect(frame).toContain(question.prompt[lang]!.split(' ')[0]);
    const lines = frame.split('\n');
    expect(questions.length).toBeGreaterThan(50);
    // Indents of our own are two spaces ("  ◻ …", "  › item"); one space is a wrap's leftover.
    expect(lines.filter((line) => /^ \S/.test(line))).toEqual([]);
    // A citation is not cut between "art." and its number, nor between a paragraph's word and its number.
    expect(lines.filter((line) => /\b(art\.|Art\.|lid|Abs\.|paragraphe)$/.test(line.trimEnd()))).toEqual([]);
  });
});
