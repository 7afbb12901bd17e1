/**
 * The wizard's flow as a pure reducer: which question is current, what "next" and "back" mean,
 * and how repeatable groups (activities, purposes, retention rows, recipients) are added,
 * edited, removed and reordered. The Ink UI only renders this state and dispatches actions.
 */
import type { PathSegment } from '../answers/problems.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { Question, QuestionBank } from './bank-schema.js';
import { holds } from './conditions.js';
import { asItems, type Draft, getAt, isAnswered, setAt, splitPath } from './draft.js';
import { applySuggestions } from './suggestions.js';

/** Where the user is: a stack of frames, the root first, then one per group item being edited. */
export interface Frame {
  base: PathSegment[];
  index: number;
}

export interface FlowState {
  draft: Draft;
  stack: Frame[];
}

export type FlowAction =
  /** `at`: the question's path; a key read before the screen caught up may answer an old one. */
  | { type: 'answer'; value: unknown; at?: readonly PathSegment[] }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'group-add' }
  | { type: 'group-edit'; item: number }
  | { type: 'group-remove'; item: number }
  | { type: 'group-move'; item: number; by: -1 | 1 }
  | { type: 'jump'; stack: Frame[] }
  | { type: 'jump-section'; section: string }
  /** To the review screen, which follows the last root question. */
  | { type: 'review' };

export interface Flow {
  bank: QuestionBank;
  catalogs: CatalogFiles;
}

export const initialState = (flow: Flow, draft: Draft = {}): FlowState => ({
  draft,
  stack: [{ base: [], index: firstVisible(flow, draft, [], 0) }],
});

/** Every root question with the id of its section. */
export function rootQuestions(flow: Flow): { question: Question; section: string }[] {
  return flow.bank.sections.flatMap((section) => section.questions.map((question) => ({ question, section: section.id })));
}

/** The questions of a frame: the root's, or those of the group item at `base`. */
export function questionsAt(flow: Flow, base: readonly PathSegment[]): Question[] {
  let questions = rootQuestions(flow).map((q) => q.question);
  let consumed = 0;
  while (consumed < base.length) {
    const group = questions.find((q) => {
      const path = splitPath(q.path);
      return q.type === 'group' && path.every((seg, i) => base[consumed + i] === seg) && typeof base[consumed + path.length] === 'number';
    });
    if (!group?.item) throw new Error(`no group question holds ${base.join('.')}`);
    consumed += splitPath(group.path).length + 1;
    questions = group.item;
  }
  return questions;
}

export const absolutePath = (base: readonly PathSegment[], question: Question): PathSegment[] => [...base, ...splitPath(question.path)];

/** The fields the item at `base` asks itself: the first segment of each of its questions' paths. */
const ownFields = (flow: Flow, base: readonly PathSegment[]): ReadonlySet<string> =>
  new Set(questionsAt(flow, base).map((q) => splitPath(q.path)[0]!));

export function isVisible(flow: Flow, draft: Draft, base: readonly PathSegment[], question: Question): boolean {
  return !question.when || holds(question.when, draft, base, flow.catalogs, ownFields(flow, base));
}

/** The answer a question offers before one is given: Yes where its `defaultWhen` holds, else its `default`. */
export function defaultAnswer(flow: Flow, draft: Draft, base: readonly PathSegment[], question: Question): unknown {
  if (question.defaultWhen && holds(question.defaultWhen, draft, base, flow.catalogs, ownFields(flow, base))) return true;
  return question.default;
}

/** Whether the question gets a screen: it applies, and its answer is not worked out by the wizard. */
export const isAsked = (flow: Flow, draft: Draft, base: readonly PathSegment[], question: Question): boolean =>
  !question.derived && isVisible(flow, draft, base, question);

function firstVisible(flow: Flow, draft: Draft, base: PathSegment[], from: number, step: 1 | -1 = 1): number {
  const questions = questionsAt(flow, base);
  for (let i = from; i >= 0 && i < questions.length; i += step) {
    if (isAsked(flow, draft, base, questions[i]!)) return i;
  }
  return step === 1 ? questions.length : -1;
}

/** The frame that opens the group item (or root) at `base` on its first question that applies. */
export const frameAt = (flow: Flow, draft: Draft, base: PathSegment[]): Frame => ({ base, index: firstVisible(flow, draft, base, 0) });

export const currentFrame = (state: FlowState): Frame => state.stack[state.stack.length - 1]!;

/** The question on screen, or undefined on the review screen. */
export function currentQuestion(flow: Flow, state: FlowState): Question | undefined {
  const frame = currentFrame(state);
  return questionsAt(flow, frame.base)[frame.index];
}

export const isReview = (flow: Flow, state: FlowState): boolean => state.stack.length === 1 && currentQuestion(flow, state) === undefined;

function replaceTop(state: FlowState, frame: Frame): FlowState {
  return { ...state, stack: [...state.stack.slice(0, -1), frame] };
}

function advance(flow: Flow, state: FlowState): FlowState {
  const frame = currentFrame(state);
  const next = firstVisible(flow, state.draft, frame.base, frame.index + 1);
  if (next < questionsAt(flow, frame.base).length || state.stack.length === 1) return replaceTop(state, { ...frame, index: next });
  return { ...state, stack: state.stack.slice(0, -1) };
}

function retreat(flow: Flow, state: FlowState): FlowState {
  const frame = currentFrame(state);
  const previous = firstVisible(flow, state.draft, frame.base, Math.min(frame.index, questionsAt(flow, frame.base).length) - 1, -1);
  if (previous >= 0) return replaceTop(state, { ...frame, index: previous });
  if (state.stack.length === 1) return state;
  return { draft: withoutEmptyItem(state.draft, frame.base), stack: state.stack.slice(0, -1) };
}

/**
 * Leaving an item of a list (Esc on its first question) that holds no answer drops it: an item
 * just added and left at once would stay in the list as an empty "Item 2".
 */
function withoutEmptyItem(draft: Draft, base: readonly PathSegment[]): Draft {
  const index = base.at(-1);
  if (typeof index !== 'number') return draft;
  const list = base.slice(0, -1);
  const items = asItems(getAt(draft, list));
  const item = items[index];
  const empty = item !== null && typeof item === 'object' && !Array.isArray(item) && !Object.values(item).some(isAnswered);
  if (!empty) return draft;
  return setAt(
    draft,
    list,
    items.filter((_, i) => i !== index),
  );
}

function groupPath(flow: Flow, state: FlowState): PathSegment[] {
  const question = currentQuestion(flow, state);
  if (question?.type !== 'group') throw new Error('not on a group question');
  return absolutePath(currentFrame(state).base, question);
}

function enterItem(flow: Flow, state: FlowState, path: PathSegment[], item: number): FlowState {
  const base = [...path, item];
  return { ...state, stack: [...state.stack, { base, index: firstVisible(flow, state.draft, base, 0) }] };
}

export function reduce(flow: Flow, state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'answer': {
      const frame = currentFrame(state);
      const question = currentQuestion(flow, state);
      if (!question) return state;
      const path = absolutePath(frame.base, question);
      if (action.at && action.at.join('.') !== path.join('.')) return state;
      // "No" on a confirmation ("really no recipients?") is not an answer: back to what it confirms.
      if (question.noGoesBack && action.value === false) return retreat(flow, { ...state, draft: setAt(state.draft, path, undefined) });
      const draft = applySuggestions(
        flow.catalogs,
        question,
        path,
        setAt(state.draft, path, action.value),
        (item) => questionsAt(flow, item),
        state.draft,
      );
      return advance(flow, { ...state, draft });
    }
    case 'next':
      return advance(flow, state);
    case 'back':
      return isReview(flow, state)
        ? replaceTop(state, { base: [], index: firstVisible(flow, state.draft, [], rootQuestions(flow).length - 1, -1) })
        : retreat(flow, state);
    case 'group-add': {
      const path = groupPath(flow, state);
      const items = asItems(getAt(state.draft, path));
      return enterItem(flow, { ...state, draft: setAt(state.draft, path, [...items, {}]) }, path, items.length);
    }
    case 'group-edit':
      return enterItem(flow, state, groupPath(flow, state), action.item);
    case 'group-remove': {
      const path = groupPath(flow, state);
      const items = asItems(getAt(state.draft, path));
      return {
        ...state,
        draft: setAt(
          state.draft,
          path,
          items.filter((_, i) => i !== action.item),
        ),
      };
    }
    case 'group-move': {
      const path = groupPath(flow, state);
      const items = asItems(getAt(state.draft, path));
      const to = action.item + action.by;
      if (to < 0 || to >= items.length) return state;
      [items[action.item], items[to]] = [items[to], items[action.item]];
      return { ...state, draft: setAt(state.draft, path, items) };
    }
    case 'jump':
      return { ...state, stack: action.stack };
    case 'review':
      return { ...state, stack: [{ base: [], index: rootQuestions(flow).length }] };
    case 'jump-section': {
      const start = rootQuestions(flow).findIndex((q) => q.section === action.section);
      if (start < 0) return state;
      return { ...state, stack: [{ base: [], index: firstVisible(flow, state.draft, [], start) }] };
    }
  }
}

/** How far along the user is: the section, and answered visible root questions out of all. */
export function progress(
  flow: Flow,
  state: FlowState,
): { section: string; sectionNumber: number; sections: number; step: number; steps: number } {
  const roots = rootQuestions(flow);
  const visible = roots.map((q, i) => ({ ...q, i })).filter(({ question }) => isAsked(flow, state.draft, [], question));
  const rootIndex = state.stack[0]!.index;
  const position = visible.filter(({ i }) => i < rootIndex).length;
  const section = roots[Math.min(rootIndex, roots.length - 1)]?.section ?? '';
  const sectionIds = flow.bank.sections.map((s) => s.id);
  return {
    section,
    sectionNumber: sectionIds.indexOf(section) + 1,
    sections: sectionIds.length,
    step: Math.min(position + 1, visible.length),
    steps: visible.length,
  };
}
