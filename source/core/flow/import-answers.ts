import type { Answers } from '../answers/schema.js';
import type { QuestionBank } from './bank-schema.js';
import type { Draft } from './draft.js';
import { withGates } from './gates.js';

/**
 * A valid answers file → a draft the wizard can continue from: the answers themselves plus the
 * wizard's own notes ($-keys) that those answers imply, as each note's `derive:` in the bank says.
 */
export function answersToDraft(flow: { bank: QuestionBank }, answers: Answers): Draft {
  return withGates(
    flow.bank.sections.flatMap((section) => section.questions),
    answers as unknown as Draft,
  );
}
