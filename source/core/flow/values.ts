/**
 * Answers as people type them, turned into the values the answers format holds: dates written
 * day first as in Belgium (1-3-2026, 1/3/2026, 1.3.2026) or as 2026-03-01, and web addresses
 * without their scheme (www.example.be). Nothing is changed silently: an impossible date is
 * refused with the reason, and the wizard shows what a completed address will be saved as.
 */
import type { PathSegment } from '../answers/problems.js';
import { type AnswersSchema, MAX_TEXT_LENGTH } from '../answers/schema.js';
import { schemaAt } from './validate-answer.js';

/** Why typed text is no value; the wizard words it in the UI language (source/wizard/value-messages.ts). */
export type ValueProblem =
  | { kind: 'dateFormat' }
  | { kind: 'dateNoMonth'; text: string; month: number }
  | { kind: 'dateNoDay'; text: string; day: number; days: number }
  | { kind: 'textTooLong'; count: number; max: number };

export type Prepared = { ok: true; value: string } | { ok: false; problem: ValueProblem };

/** What kind of text the answers format wants at `path`, read from the schema's own checks. */
export type ValueKind = 'date' | 'url' | 'text';

type Node = { type: string; wrapped?: Node; pipe?: { type: string }[] };

export function valueKind(schema: AnswersSchema, path: readonly PathSegment[]): ValueKind {
  let node = schemaAt(
    schema,
    path.filter((seg) => typeof seg !== 'string' || !seg.startsWith('$')),
  ) as unknown as Node | undefined;
  while (node?.wrapped) node = node.wrapped;
  const actions = node?.pipe?.map((a) => a.type) ?? [];
  return actions.includes('iso_date') ? 'date' : actions.includes('url') ? 'url' : 'text';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the local calendar, as the answers format writes a date. */
export const todayIso = (now = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** An ISO date as a Belgian writes it: 2026-03-01 → 1-3-2026. */
export const dayFirst = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
};

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parseDate(input: string): Prepared {
  const text = input.trim();
  const dayFirstMatch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = dayFirstMatch
    ? { day: Number(dayFirstMatch[1]), month: Number(dayFirstMatch[3]), year: Number(dayFirstMatch[4]) }
    : isoMatch
      ? { year: Number(isoMatch[1]), month: Number(isoMatch[2]), day: Number(isoMatch[3]) }
      : undefined;
  if (!parts) return { ok: false, problem: { kind: 'dateFormat' } };
  const { day, month, year } = parts;
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'dateNoMonth', text, month } };
  const days = daysIn(year, month);
  if (day < 1 || day > days) return { ok: false, problem: { kind: 'dateNoDay', text, day, days } };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** `www.example.be` and `example.be/privacy` get https://; anything with a scheme, or not an address, stays as typed. */
export function completeUrl(input: string): string {
  const text = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u.test(text) ? `https://${text}` : text;
}

/** The typed text as the value to save, or the reason it cannot be one. Empty text is the caller's concern. */
export function prepareText(kind: ValueKind, input: string): Prepared {
  if (input.length > MAX_TEXT_LENGTH) {
    return { ok: false, problem: { kind: 'textTooLong', count: input.length, max: MAX_TEXT_LENGTH } };
  }
  if (kind === 'date') return parseDate(input);
  if (kind === 'url') return { ok: true, value: completeUrl(input) };
  return { ok: true, value: input };
}
