/**
 * The review screen's content, worked out without Ink: the answers as short lines grouped by
 * section, and what check would flag, each with the place in the flow that changes it. No JSON
 * and no internal key reaches a line: values are named by their labels in the wizard's language.
 */
import type { PathSegment } from '../core/answers/problems.js';
import type { Question } from '../core/flow/bank-schema.js';
import { type Draft, getAt, isAnswered, splitPath } from '../core/flow/draft.js';
import { type Flow, type Frame, frameAt, isVisible, questionsAt, rootQuestions } from '../core/flow/flow.js';
import { LANGUAGE_TABLE, type Language } from '../core/languages.js';
import { describe, itemName } from './describe.js';
import type { ReviewFinding } from './findings.js';
import type { Translate } from './strings.js';

export interface ReviewLine {
  kind: 'section' | 'answer' | 'item' | 'error' | 'warning';
  text: string;
  /** Where Enter on this line leads; none for a section's heading. */
  jump?: Frame[];
}

/** A summary of one group item: its own short answers, not those of groups inside it. */
const SUMMARY_CHARS = 120;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function itemSummary(flow: Flow, draft: Draft, base: PathSegment[], group: Question, lang: Language, t: Translate): string {
  const parts: string[] = [];
  for (const q of questionsAt(flow, base)) {
    // An id is the wizard's own bookkeeping, never shown.
    if (q.path.startsWith('$') || q.path === 'id' || (group.itemLabel ?? []).includes(q.path) || !isVisible(flow, draft, base, q)) continue;
    const value = getAt(draft, [...base, ...splitPath(q.path)]);
    if (!isAnswered(value)) continue;
    if (q.type === 'group') {
      const items = value as unknown[];
      parts.push(items.map((item, i) => itemName(item, q, flow.catalogs, lang, t, i)).join(', '));
    } else {
      parts.push(describe(value, q, flow.catalogs, lang, t, draft));
    }
  }
  return clip(parts.join(' · '), SUMMARY_CHARS);
}

/**
 * A question as a review line names it: its first sentence without examples or hints, so that
 * the answer after it stays in view ("Ondernemingsnummer (bijvoorbeeld …)? Laat leeg …" →
 * "Ondernemingsnummer?").
 */
export function shortPrompt(prompt: string): string {
  const first = /^[^?:]*[?:]/.exec(prompt)?.[0] ?? prompt;
  return first
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+([?:])$/, '$1')
    .trim();
}

/** The answers, one line per question (and per group item), under their sections' titles. */
export function answerLines(flow: Flow, draft: Draft, lang: Language, t: Translate): ReviewLine[] {
  const lines: ReviewLine[] = [];
  let index = 0;
  for (const section of flow.bank.sections) {
    const own: ReviewLine[] = [];
    for (const question of section.questions) {
      const at = index++;
      if (question.path.startsWith('$') || !isVisible(flow, draft, [], question)) continue;
      const root: Frame = { base: [], index: at };
      const value = getAt(draft, splitPath(question.path));
      if (question.type === 'group') {
        const items = Array.isArray(value) ? value : [];
        own.push({
          kind: 'answer',
          text: `${shortPrompt(question.prompt[lang]).replace(/:$/, '')}${LANGUAGE_TABLE[lang].colon}${items.length === 0 ? t('reviewNone') : items.length}`,
          jump: [root],
        });
        items.forEach((item, i) => {
          const base = [...splitPath(question.path), i];
          const summary = itemSummary(flow, draft, base, question, lang, t);
          own.push({
            kind: 'item',
            text: `${itemName(item, question, flow.catalogs, lang, t, i)}${summary ? ` — ${summary}` : ''}`,
            jump: [root, frameAt(flow, draft, base)],
          });
        });
        continue;
      }
      own.push({
        kind: 'answer',
        text: `${question.prompt[lang]} ${clip(describe(value, question, flow.catalogs, lang, t, draft), 200)}`,
        jump: [root],
      });
    }
    if (own.length > 0) lines.push({ kind: 'section', text: section.title[lang] }, ...own);
  }
  return lines;
}

/** `recipients[0].safeguard` → ['recipients', 0, 'safeguard'] (the form formatPath writes). */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)) {
    if (m[1] !== undefined) segments.push(Number(m[1]));
    else if (m[2] !== undefined) segments.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined && m[3] !== '(root)') segments.push(m[3]);
  }
  return segments;
}

/**
 * The frames that show the question a path belongs to: the root question, then each group item
 * on the way, down to the question inside it. A path no question holds leads to the review.
 */
export function jumpFor(flow: Flow, draft: Draft, path: readonly PathSegment[]): Frame[] {
  const stack: Frame[] = [];
  let base: PathSegment[] = [];
  let rest = [...path];
  for (;;) {
    const questions = base.length === 0 ? rootQuestions(flow).map((q) => q.question) : questionsAt(flow, base);
    let index = questions.findIndex((q) => splitPath(q.path).every((seg, i) => rest[i] === seg));
    // A missing object (`controller`) leads to its first question.
    if (index < 0) index = questions.findIndex((q) => rest.every((seg, i) => splitPath(q.path)[i] === seg));
    if (index < 0) return stack.length > 0 ? stack : [{ base: [], index: rootQuestions(flow).length }];
    const question = questions[index]!;
    const length = splitPath(question.path).length;
    if (rest.length < length) return [...stack, { base, index }];
    const item = rest[length];
    stack.push({ base, index });
    if (question.type !== 'group' || typeof item !== 'number' || !Array.isArray(getAt(draft, [...base, ...rest.slice(0, length)]))) {
      return stack;
    }
    base = [...base, ...rest.slice(0, length), item];
    rest = rest.slice(length + 1);
    if (rest.length === 0) return [...stack, frameAt(flow, draft, base)];
  }
}

/** The question a path names, for a plain "not answered yet" in place of a schema's wording. */
function questionAt(flow: Flow, draft: Draft, path: readonly PathSegment[]): Question | undefined {
  const stack = jumpFor(flow, draft, path);
  const top = stack[stack.length - 1]!;
  const questions = top.base.length === 0 ? rootQuestions(flow).map((q) => q.question) : questionsAt(flow, top.base);
  return questions[top.index];
}

/** Findings first (errors, then warnings), each in plain words with where to fix it. */
export function findingLines(flow: Flow, draft: Draft, findings: readonly ReviewFinding[], lang: Language, t: Translate): ReviewLine[] {
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  return ordered.map((finding) => {
    const path = parsePath(finding.path);
    const question = questionAt(flow, draft, path);
    const missing = finding.rule === null && !isAnswered(getAt(draft, path));
    const text =
      missing && question
        ? t('reviewMissing', { question: question.prompt[lang] })
        : question
          ? `${finding.message} (${question.prompt[lang]})`
          : finding.message;
    return { kind: finding.severity, text, jump: jumpFor(flow, draft, path) };
  });
}

/** Everything the review lists, in order: findings, then the answers by section. */
export function reviewLines(flow: Flow, draft: Draft, findings: readonly ReviewFinding[], lang: Language, t: Translate): ReviewLine[] {
  return [...findingLines(flow, draft, findings, lang, t), ...answerLines(flow, draft, lang, t)];
}
