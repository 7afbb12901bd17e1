/**
 * Art. 30(1)(a) in the record: the controller and its contact details, its data protection
 * officer, its representative in the Union and its joint controllers, as rows of lines. The
 * Markdown shows them once; the CSV repeats them on each activity's row, with only the joint
 * controllers of that activity.
 */
import type { Language } from '../languages.js';
import { serves } from '../model/recipients.js';
import type { ActivityModel, Model, RecipientModel } from '../model/resolve.js';
import { localize } from '../model/text.js';
import type { RecordLabels } from './record-labels.js';
import { controllerSection } from './sections/controller.js';
import { nameOf } from './sections/recipients.js';
import { required } from './text.js';

export interface RecordRow {
  heading: string;
  lines: string[];
}

/** A row of the controller's table, and its details without their labels, for one line of the CSV ("DPO: name, email"). */
type PartyRow = RecordRow & { values?: string[] };

/** A label pattern with its values put in, as plain text: each renderer escapes for its format. */
export type Fill = (pattern: string, values: Record<string, string>) => string;

const jointControllers = (m: Model): RecipientModel[] => m.recipients.filter((r) => r.answer.role === 'joint-controller');

export function recordParties(m: Model, lang: Language, l: RecordLabels, fill: Fill) {
  const { controller: ctl, dpo, representative } = controllerSection(m, lang);
  const field = (key: keyof RecordLabels['fields'], value: string) => fill(l.lines.labelled, { label: l.fields[key], value });
  const optional = (key: keyof RecordLabels['fields'], value: string | null | undefined) => (value ? [field(key, value)] : []);
  const controller: RecordRow = {
    heading: l.rows.controller,
    lines: [
      ctl.tradeName ? fill(l.lines.tradingAs, { name: ctl.name, tradeName: ctl.tradeName }) : ctl.name,
      field('address', ctl.address),
      ...optional(ctl.belgianEnterpriseNumber ? 'belgianEnterpriseNumber' : 'enterpriseNumber', ctl.enterpriseNumber),
      field('email', ctl.email),
      ...optional('phone', ctl.phone),
      ...optional('website', ctl.website),
    ],
  };
  const dpoRow: PartyRow | undefined = dpo
    ? {
        heading: l.rows.dpo,
        lines: [
          ...optional('name', dpo.name),
          field('email', dpo.email),
          ...optional('phone', dpo.phone),
          ...optional('address', dpo.address),
        ],
        values: [dpo.name, dpo.email, dpo.phone, dpo.address].filter((value): value is string => Boolean(value)),
      }
    : undefined;
  const representativeRow: PartyRow | undefined = representative
    ? {
        heading: l.rows.representative,
        lines: [field('name', representative.name), field('address', representative.address), field('email', representative.email)],
        values: [representative.name, representative.address, representative.email],
      }
    : undefined;
  const joint = (list: RecipientModel[]): RecordRow | undefined =>
    list.length === 0
      ? undefined
      : {
          heading: l.rows.jointControllers,
          lines: list.map((r) =>
            fill(l.lines.jointController, {
              name: nameOf(r, lang),
              purpose: localize(required(r.purpose, 'a recipient without purpose or service', 'recipient-identified'), lang),
            }),
          ),
        };
  const asProcessor: RecordRow | undefined = ctl.actsAsProcessor
    ? { heading: l.rows.asProcessor, lines: [ctl.actsAsProcessor, l.lines.asProcessor] }
    : undefined;
  const present = (rows: (PartyRow | undefined)[]): PartyRow[] => rows.filter((row): row is PartyRow => row !== undefined);

  /** One cell: the controller's lines, then each other party on a line of its own ("DPO: name, email"). */
  const cell = (act: ActivityModel): string[] => [
    ...controller.lines,
    ...present([dpoRow, representativeRow, joint(jointControllers(m).filter((r) => serves(r, act)))]).map((row) =>
      fill(l.lines.labelled, {
        label: row.heading,
        value: row.values?.join(', ') ?? row.lines.join(l.lines.separator),
      }),
    ),
  ];
  return {
    /** Its name as registered, with its legal form. */
    name: ctl.name,
    /** The Markdown's table of the controller; what it processes as a processor is noted there, outside Art. 30(1). */
    rows: present([controller, dpoRow, representativeRow, joint(jointControllers(m)), asProcessor]),
    cell,
  };
}
