/**
 * The shape of the question bank (questions/wizard.yaml): sections of questions, each bound to
 * a path of the answers format. Paths starting with `$` are the wizard's own notes (a business
 * type, "do you have a DPO?"); they steer the flow and are never exported.
 */
import * as v from 'valibot';
import { localized } from '../catalogs/schema.js';

export type Condition =
  | { path: string; equals: unknown }
  | { path: string; notEquals: unknown }
  | { path: string; in: unknown[] }
  /** A list answer that holds the value. */
  | { path: string; includes: unknown }
  | { path: string; answered: boolean }
  | { path: string; outsideEea: boolean }
  | { path: string; outsideEu: boolean }
  | { path: string; catalogFlag: { catalog: string; flag: string } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const field = '[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*';
const path = v.pipe(v.string(), v.regex(new RegExp(`^\\$?${field}$`), 'a dotted path such as controller.legalName'));

/**
 * How a `$` gate follows from an answers file, so that `--edit` opens with every gate set (an
 * unset gate hides, and so drops, the answers behind it). Paths are relative to the item the gate
 * is asked about, like the question's own path.
 * - `answered: dpo`: yes when the field has a value (not absent, not empty text, not an empty list);
 * - `collect: activities[].preset`: the distinct answered values of a field across a list's items.
 */
export type Derive = { answered: string } | { collect: string };

export const deriveSchema: v.GenericSchema<Derive> = v.union([
  v.strictObject({ answered: v.pipe(v.string(), v.regex(new RegExp(`^${field}$`), 'a dotted path of the answers, such as dpo')) }),
  v.strictObject({
    collect: v.pipe(
      v.string(),
      v.regex(new RegExp(`^${field}\\[\\]\\.${field}$`), 'a list and a field of its items, such as activities[].preset'),
    ),
  }),
]);

/**
 * After a choice from a catalog: answers filled from the chosen entry, for the user to confirm.
 * `fields`: answer path (relative to the item) → field of the entry (absent: the answer is
 * removed); `set`: fixed values; `unlessSet`: only when none of those answers is there yet.
 */
export interface Suggest {
  fields: Record<string, string>;
  set?: Record<string, unknown>;
  unlessSet?: boolean;
}

const suggestSchema = v.strictObject({
  fields: v.record(path, v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a field of the catalog entries'))),
  set: v.optional(v.record(path, v.unknown())),
  unlessSet: v.optional(v.boolean()),
});

export const conditionSchema: v.GenericSchema<Condition> = v.lazy(() =>
  v.union([
    v.strictObject({ path, equals: v.unknown() }),
    v.strictObject({ path, notEquals: v.unknown() }),
    v.strictObject({ path, in: v.array(v.unknown()) }),
    v.strictObject({ path, includes: v.unknown() }),
    v.strictObject({ path, answered: v.boolean() }),
    v.strictObject({ path, outsideEea: v.boolean() }),
    v.strictObject({ path, outsideEu: v.boolean() }),
    v.strictObject({ path, catalogFlag: v.strictObject({ catalog: v.string(), flag: v.string() }) }),
    v.strictObject({ all: v.array(conditionSchema) }),
    v.strictObject({ any: v.array(conditionSchema) }),
    v.strictObject({ not: conditionSchema }),
  ]),
) as v.GenericSchema<Condition>;

/**
 * After this answer, what it implies for questions further on, for the user to confirm there:
 * "cookies and website statistics" among the situations makes "does your website use cookies?"
 * a yes. Paths are relative to the item, like the question's own.
 */
export interface Implication {
  when: Condition;
  set: Record<string, unknown>;
}

export const QUESTION_TYPES = ['text', 'period', 'prose', 'choice', 'multi', 'yesno', 'group'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** `suggested-services`: the processors, those that the chosen situations usually use first. */
export const OPTION_SOURCES = ['languages', 'countries', 'locations', 'legal-bases', 'roles', 'activities', 'suggested-services'] as const;
export type OptionSource = (typeof OPTION_SOURCES)[number];

export interface Question {
  id: string;
  path: string;
  type: QuestionType;
  prompt: v.InferOutput<typeof localized>;
  why: v.InferOutput<typeof localized>;
  article?: string;
  optional?: boolean;
  /**
   * Options of a choice or multi question: a catalog (with `flag`, only its entries that have
   * that flag, such as the special categories of data-categories), the output languages, or countries.
   */
  options?: { catalog: string; flag?: string } | { source: OptionSource };
  other?: boolean;
  when?: Condition;
  /** `$` gates only: how the gate is set from an answers file being edited. */
  derive?: Derive;
  default?: unknown;
  /** A yes/no: Yes is the default where this holds (data that include a special category), else `default`. */
  defaultWhen?: Condition;
  suggest?: Suggest;
  /**
   * After this answer, add or fill activities from the chosen presets, or add the chosen
   * services as recipients (code: suggestions.ts).
   */
  applies?: 'activity-preset' | 'situations' | 'recipients';
  implies?: Implication[];
  /** Never asked: the wizard works the answer out (an activity's id), and it is exported. */
  derived?: boolean;
  /** A yes/no that confirms what was just answered: No goes back to the question before it. */
  noGoesBack?: boolean;
  /** Group questions: the questions asked for each item, and what names an item in lists. */
  item?: Question[];
  itemLabel?: string[];
  min?: number;
}

export const questionSchema: v.GenericSchema<Question> = v.lazy(() =>
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9-]*$/)),
    path,
    type: v.picklist(QUESTION_TYPES),
    prompt: localized,
    why: localized,
    article: v.optional(v.string()),
    optional: v.optional(v.boolean()),
    options: v.optional(
      v.union([
        v.strictObject({ catalog: v.string(), flag: v.optional(v.string()) }),
        v.strictObject({ source: v.picklist(OPTION_SOURCES) }),
      ]),
    ),
    other: v.optional(v.boolean()),
    when: v.optional(conditionSchema),
    derive: v.optional(deriveSchema),
    default: v.optional(v.unknown()),
    defaultWhen: v.optional(conditionSchema),
    suggest: v.optional(suggestSchema),
    applies: v.optional(v.picklist(['activity-preset', 'situations', 'recipients'])),
    implies: v.optional(v.array(v.strictObject({ when: conditionSchema, set: v.record(path, v.unknown()) }))),
    derived: v.optional(v.boolean()),
    noGoesBack: v.optional(v.boolean()),
    item: v.optional(v.array(questionSchema)),
    itemLabel: v.optional(v.array(path)),
    min: v.optional(v.number()),
  }),
) as v.GenericSchema<Question>;

export const bankSchema = v.strictObject({
  sections: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/)),
      title: localized,
      questions: v.array(questionSchema),
    }),
  ),
});
export type QuestionBank = v.InferOutput<typeof bankSchema>;
export type Section = QuestionBank['sections'][number];
