/**
 * The fixed texts of the record of processing activities (Art. 30(1) GDPR), `record:` in
 * templates/<lang>/labels.yaml: its headings, its column names and the sentence patterns its
 * cells are written in ({{placeholders}} filled by core/view/record.ts).
 */
import * as v from 'valibot';

const text = v.pipe(v.string(), v.nonEmpty());
const texts = <K extends string>(keys: readonly K[]) =>
  v.strictObject(Object.fromEntries(keys.map((key) => [key, text])) as Record<K, typeof text>);

/**
 * The columns, in the order of the CSV and of each activity's table: the items of Art. 30(1)
 * (a) to (g), after the activity they describe, with the legal basis beside the purposes, as
 * the Belgian authority's model register adds it. The README lists them (a test keeps it so).
 */
export const RECORD_COLUMNS = [
  'activity',
  'controller',
  'purposes',
  'dataSubjects',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'security',
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

export const recordLabelsSchema = v.strictObject({
  title: text,
  intro: text,
  controllerHeading: text,
  activitiesHeading: text,
  /** The two columns of the Markdown tables: the item, and what the record says about it. */
  item: text,
  details: text,
  columns: texts(RECORD_COLUMNS),
  /** The rows of the controller's table (Art. 30(1)(a)). */
  rows: texts(['controller', 'dpo', 'representative', 'jointControllers', 'asProcessor'] as const),
  /** What a contact detail is called: "Email", "Adresse". */
  fields: texts(['name', 'address', 'enterpriseNumber', 'belgianEnterpriseNumber', 'email', 'phone', 'website'] as const),
  /** Sentence patterns: `labelled` ("{{label}}: {{value}}") and `separator` follow each language's punctuation. */
  lines: texts([
    'labelled',
    'separator',
    'tradingAs',
    'jointController',
    'asProcessor',
    'purpose',
    'interest',
    'minors',
    'special',
    'criminal',
    'recipient',
    'transfer',
    'fallback',
    'derogation',
    'retention',
  ] as const),
  roles: texts(['processor', 'controller', 'joint-controller', 'authority'] as const),
  none: texts(['recipients', 'transfers', 'security'] as const),
});
export type RecordLabels = v.InferOutput<typeof recordLabelsSchema>;
