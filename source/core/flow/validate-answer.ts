/**
 * Checks one answer against the same schema that validates answers files, so the wizard and
 * replay can never disagree about what is valid.
 */
import * as v from 'valibot';
import { checkBelgianEnterpriseNumber } from '../answers/enterprise-number.js';
import type { PathSegment } from '../answers/problems.js';
import type { AnswersSchema } from '../answers/schema.js';
import type { Language } from '../languages.js';

type Node = {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: Node[];
  getter?: (input: unknown) => Node;
};

/** The part of the answers schema that validates the value at `path` (indices stand for any item). */
export function schemaAt(schema: AnswersSchema, path: readonly PathSegment[]): v.GenericSchema | undefined {
  let node = schema as unknown as Node;
  for (const segment of path) {
    // A lazy union (an activity's source: one, or a list of them) is walked in its first form.
    while (node.wrapped || node.getter || node.options) node = node.wrapped ?? node.getter?.(undefined) ?? node.options![0]!;
    const next = typeof segment === 'number' ? node.item : node.entries?.[segment];
    if (!next) return undefined;
    node = next;
  }
  return node as unknown as v.GenericSchema;
}

/** The problems found here rather than by the schema, worded in the UI language by the wizard. */
export interface AnswerMessages {
  enterpriseFormat: (text: string) => string;
  enterpriseCheckDigit: (text: string) => string;
}

/**
 * The first problem with `value` at `path`, or undefined when it is fine. With `messages`, the
 * problems this file finds itself (the enterprise number's) are in the UI language.
 */
export function answerProblem(
  schema: AnswersSchema,
  path: readonly PathSegment[],
  value: unknown,
  country?: unknown,
  messages?: AnswerMessages,
  /** The language of the schema's own messages (the wizard's UI language); English by default. */
  lang?: Language,
): string | undefined {
  const node = schemaAt(
    schema,
    path.filter((seg) => typeof seg !== 'string' || !seg.startsWith('$')),
  );
  if (!node) return undefined;
  const result = v.safeParse(node, value, lang ? { lang } : undefined);
  if (!result.success) return result.issues[0]?.message;
  if (path.join('.') === 'controller.enterpriseNumber' && country === 'BE' && typeof value === 'string') {
    const check = checkBelgianEnterpriseNumber(value);
    if (!check.ok) {
      if (!messages) return check.message;
      return check.reason === 'format' ? messages.enterpriseFormat(value) : messages.enterpriseCheckDigit(value);
    }
  }
  return undefined;
}
