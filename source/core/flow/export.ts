/**
 * Draft → answers: only the values of questions that apply are kept (an answer to a question
 * that a later answer made irrelevant is dropped), and the wizard's own `$` notes never leave.
 * A field the wizard asks no question for, which only an answers file opened with --edit brings
 * (a retention rule's `data`, `cookies.own`), is kept as the file gave it: the wizard cannot
 * show it, so it must not lose it. It goes where its place still stands: a field inside an
 * object that the questions no longer write (the cookies, after "no cookies") goes with it.
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
  return keepUnasked(
    questions.map((question) => splitPath(question.path)),
    getAt(draft, base),
    out,
  );
}

/** Into `out`, the fields of `value` that none of the question paths reaches (see above). */
function keepUnasked(paths: readonly string[][], value: unknown, out: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(value)) return out;
  let kept = out;
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith('$') || field === undefined) continue;
    const below = paths.filter((path) => path[0] === key);
    if (below.length === 0) kept = { ...kept, [key]: field };
    else if (below.every((path) => path.length > 1) && isRecord(kept[key])) {
      kept = {
        ...kept,
        [key]: keepUnasked(
          below.map((path) => path.slice(1)),
          field,
          kept[key],
        ),
      };
    }
  }
  return kept;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

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

/**
 * An unfinished profile as a file to finish in an editor: the answers given so far, and at the
 * top, as comments, what is still missing or wrong (path and message), so that an agency can
 * take a half-done client out of the wizard. The comments change nothing when the file is read.
 */
export function draftYaml(answers: Record<string, unknown>, missing: readonly { path: string; message: string }[]): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ');
  const header = [
    '# Not finished yet. Still to answer or correct before this file gives a notice:',
    ...missing.map((m) => `#   ${oneLine(m.path)}: ${oneLine(m.message)}`),
    '# `privacy-wizard check FILE` tells what is left; `privacy-wizard --answers FILE --edit` goes on in the wizard.',
  ];
  return `${header.join('\n')}\n${answersYaml(answers)}`;
}

/**
 * How many answers the draft holds, as the user gave them: every question that applies and is
 * answered, those inside each activity, purpose and recipient included; the wizard's own notes
 * ($ gates) and what it works out itself (ids) are not counted.
 */
export function countAnswers(flow: Flow, draft: Draft): number {
  const count = (questions: Question[], base: PathSegment[]): number =>
    questions.reduce((n, question) => {
      if (question.path.startsWith('$') || question.derived || !isVisible(flow, draft, base, question)) return n;
      const path = [...base, ...splitPath(question.path)];
      const value = getAt(draft, path);
      if (!isAnswered(value)) return n;
      if (question.type !== 'group' || !question.item || !Array.isArray(value)) return n + 1;
      return n + value.reduce((inner: number, _, i) => inner + count(question.item!, [...path, i]), 0);
    }, 0);
  return count(
    rootQuestions(flow).map((q) => q.question),
    [],
  );
}
