/**
 * The record of processing activities (Art. 30(1) GDPR) over the resolved model, in one
 * language: per activity one cell per column of RECORD_COLUMNS, each cell a list of lines of
 * plain text written in the label patterns of templates/<lang>/labels.yaml (`record:`). The
 * renderers only escape and lay them out (render/record-markdown.ts, render/record-csv.ts).
 */
import Mustache from 'mustache';
import type { Language } from '../languages.js';
import { serves } from '../model/recipients.js';
import type { ActivityModel, EntryOf, Labelled, Model } from '../model/resolve.js';
import { localize, type Text } from '../model/text.js';
import { capitalize, formatDate } from './format.js';
import type { RecordColumn, RecordLabels } from './record-labels.js';
import { type Fill, type RecordRow, recordParties } from './record-parties.js';
import { activityName, retentionLines } from './retention.js';
import { locations, nameOf } from './sections/recipients.js';
import { required } from './text.js';

export interface RecordView {
  lang: Language;
  labels: RecordLabels;
  intro: string;
  controller: RecordRow[];
  activities: Record<RecordColumn, string[]>[];
}

/** Label patterns hold plain text: no escaping here, each format escapes the finished line. */
const fill: Fill = (pattern, values) => Mustache.render(pattern, values, {}, { escape: (value: unknown) => String(value) });

const label = (text: Text, lang: Language) => capitalize(localize(text, lang), lang);

type DataCategory = Labelled<EntryOf<'data-categories'>>;
const sameCategory = (a: DataCategory, b: DataCategory) =>
  a.id !== undefined ? a.id === b.id : b.id === undefined && JSON.stringify(a.own) === JSON.stringify(b.own);

/** Art. 30(1)(c): the data, with the special categories (Art. 9) and criminal-record data (Art. 10) marked as such. */
function dataCategoryLines(act: ActivityModel, lang: Language, l: RecordLabels): string[] {
  const listed = [
    ...act.dataCategories,
    ...act.specialCategories.map((s) => s.category).filter((c) => !act.dataCategories.some((d) => sameCategory(c, d))),
  ];
  return listed.map((category) => {
    const special = act.specialCategories.find((s) => sameCategory(s.category, category));
    const name = label(category.label, lang);
    if (special) {
      const { entry } = special.condition;
      // A patient file or a treatment record is no Art. 9(1) category: the line says what it holds.
      const named = special.holds ? `${name} (${localize(special.holds, lang)})` : name;
      return fill(l.lines.special, { category: named, condition: localize(entry.label, lang), article: localize(entry.article, lang) });
    }
    if (category.entry?.criminal) {
      const law = required(act.criminalRecords, 'criminal-record data without the law that authorises them', 'criminal-records-authorised');
      return fill(l.lines.criminal, { category: name, law: localize(law.label, lang) });
    }
    return name;
  });
}

/** Art. 30(1)(b), with the legal basis of each purpose (Art. 6(1)) and the interest where it is the basis. */
const purposeLines = (act: ActivityModel, lang: Language, l: RecordLabels): string[] =>
  act.purposes.map((p) => {
    const line = fill(l.lines.purpose, {
      purpose: label(p.purpose.label, lang),
      basis: localize(p.basis.entry.label, lang),
      article: localize(p.basis.entry.article, lang),
    });
    if (p.basis.id !== 'legitimate-interests' || p.interest === undefined) return line;
    return `${line}${l.lines.separator}${fill(l.lines.interest, { interest: localize(p.interest, lang) })}`;
  });

/** Art. 30(1)(d): every recipient of the activity's data, processors named, with its role and where it processes them. */
function recipientLines(m: Model, act: ActivityModel, lang: Language, l: RecordLabels): string[] {
  const lines = m.recipients
    .filter((r) => serves(r, act))
    .map((r) =>
      fill(l.lines.recipient, {
        name: nameOf(r, lang),
        role: l.roles[r.answer.role],
        purpose: localize(required(r.purpose, 'a recipient without purpose or service', 'recipient-identified'), lang),
        locations: locations(m, r.countries, lang),
      }),
    );
  return lines.length > 0 ? lines : [l.none.recipients];
}

/** Art. 30(1)(e): each transfer with its third countries and what it rests on; an Art. 49 derogation is named as one. */
function transferLines(m: Model, act: ActivityModel, lang: Language, l: RecordLabels): string[] {
  const basis = (safeguard: { entry: EntryOf<'safeguards'> }) => {
    const text = localize(safeguard.entry.label, lang);
    return {
      basis: safeguard.entry.article.en.startsWith('Art. 49') ? fill(l.lines.derogation, { basis: text }) : text,
      article: localize(safeguard.entry.article, lang),
    };
  };
  const lines = m.transfers
    .filter((r) => serves(r, act))
    .map((r) => {
      // A transfer without a basis never reaches rendering: rule transfer-safeguard refuses it.
      const safeguard = required(r.safeguard, 'a transfer without a safeguard', 'transfer-safeguard');
      const line = fill(l.lines.transfer, { name: nameOf(r, lang), countries: locations(m, r.outsideEea, lang), ...basis(safeguard) });
      return r.fallback ? `${line}${l.lines.separator}${fill(l.lines.fallback, basis(r.fallback))}` : line;
    });
  return lines.length > 0 ? lines : [l.none.transfers];
}

/** Art. 30(1)(g) and 32(1): the measures the answers list, then their own description; the same for every activity. */
function securityLines(m: Model, lang: Language, l: RecordLabels): string[] {
  const description = m.answers.security?.description;
  const lines = [
    ...m.securityMeasures.map(({ entry }) => label(entry.label, lang)),
    ...(description === undefined ? [] : [localize(description, lang)]),
  ];
  return lines.length > 0 ? lines : [l.none.security];
}

export function recordView(m: Model, lang: Language, l: RecordLabels): RecordView {
  const parties = recordParties(m, lang, l, fill);
  return {
    lang,
    labels: l,
    intro: fill(l.intro, { controller: parties.name, effectiveDate: formatDate(m.answers.effectiveDate, lang) }),
    controller: parties.rows,
    activities: m.activities.map((act) => ({
      activity: [activityName(act, lang)],
      controller: parties.cell(act),
      purposes: purposeLines(act, lang, l),
      dataSubjects: [...act.dataSubjects.map((s) => label(s.label, lang)), ...(act.answer.minors ? [l.lines.minors] : [])],
      dataCategories: dataCategoryLines(act, lang, l),
      recipients: recipientLines(m, act, lang, l),
      transfers: transferLines(m, act, lang, l),
      // As the notice words them (the model's periods, per kind of data).
      retention: retentionLines(act, lang).map((rule) => fill(l.lines.retention, rule)),
      security: securityLines(m, lang, l),
    })),
  };
}
