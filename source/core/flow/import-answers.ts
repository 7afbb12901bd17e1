import type { Answers } from '../answers/schema.js';
import type { Question, QuestionBank } from './bank-schema.js';
import { asItems, type Draft, getAt, setAt, splitPath } from './draft.js';
import { withGates } from './gates.js';

/**
 * `item` with every group answer as a list, in the items of its groups too: an answers file (or
 * a session saved before the wizard edited it as a list) may give an activity's one source as a
 * mapping, and the wizard adds, removes and reorders the items of a list.
 */
export function asGroupLists(questions: readonly Question[], item: Draft): Draft {
  let out = item;
  for (const question of questions) {
    if (question.type !== 'group' || !question.item) continue;
    const path = splitPath(question.path);
    const value = getAt(item, path);
    if (value === undefined) continue;
    out = setAt(
      out,
      path,
      asItems(value).map((entry) => asGroupLists(question.item!, entry as Draft)),
    );
  }
  return out;
}

/**
 * A valid answers file → a draft the wizard can continue from: the answers themselves plus the
 * wizard's own notes ($-keys) that those answers imply, as each note's `derive:` in the bank says.
 */
export function answersToDraft(flow: { bank: QuestionBank }, answers: Answers): Draft {
  const questions = flow.bank.sections.flatMap((section) => section.questions);
  return withGates(questions, asGroupLists(questions, answers as unknown as Draft));
}
