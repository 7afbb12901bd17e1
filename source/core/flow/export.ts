/**
 * Draft → answers: only the values of questions that apply are kept (an answer to a question
 * that a later answer made irrelevant is dropped), and the wizard's own `$` notes never leave.
 */
import { stringify } from 'yaml';
import type { PathSegment } from '../answers/problems.js';
import { ANSWERS_VERSION } from '../answers/schema.js';
import type { Question } from './bank-schema.js';
import { type Draft, getAt, isAnswered, setAt, splitPath } from './draft.js';
import { type Flow, isVisible, rootQuestions } from './flow.js';

function keep(
  flow: Flow,
  draft: Draft,
  questions: Question[],
  base: PathSegment[],
  into: Record<string, unknown>,
): Record<string, unknown> {
  let out = into;
  for (const question of questions) {
    if (question.path.startsWith('$') || !isVisible(flow, draft, base, question)) continue;
    const relative = splitPath(question.path);
    const value = getAt(draft, [...base, ...relative]);
    if (!isAnswered(value)) continue;
    if (question.type === 'group' && question.item && Array.isArray(value)) {
      const items = value.map((_, i) => keep(flow, draft, question.item!, [...base, ...relative, i], {}));
      out = setAt(out, relative, items);
    } else {
      out = setAt(out, relative, value);
    }
  }
  return out;
}

export function draftToAnswers(flow: Flow, draft: Draft): Record<string, unknown> {
  return {
    version: ANSWERS_VERSION,
    ...keep(
      flow,
      draft,
      rootQuestions(flow).map((q) => q.question),
      [],
      {},
    ),
  };
}

/** Answers as the text of an answers file: what `export` prints (the one place a draft becomes YAML). */
export const answersYaml = (answers: Record<string, unknown>): string => stringify(answers, { lineWidth: 0 });
