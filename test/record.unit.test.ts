/**
 * The record of processing activities (Art. 30(1) GDPR), item by item, per activity, for every
 * example and the fixtures with a DPO, a representative and the other optional parts: in the
 * Markdown and in the CSV, in each language of the answers. The expected words come from the
 * answers and the catalogs (a purpose's label, a data category's, a safeguard's), from Intl for
 * country names and from the glossary for the official terms; never from the renderer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity, Answers, Prose, Recipient } from '../source/core/answers/schema.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { LOCALES } from '../source/core/locale/intl-tables.js';
import { exampleFiles, REPO } from './support/cli.js';
import { TERMS } from './support/glossary-terms.js';
import { csvActivities, markdownActivities, markdownController, type RecordCells, renderRecord } from './support/record.js';
import { catalogs as c, loadAnswers } from './support/replay.js';

const lower = (text: string) =>
  text
    .replace(/’/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLocaleLowerCase();
/** A catalog id's label, or the user's own text, in one language. */
const textOf = (ref: string | Prose, catalog: Record<string, { label: Record<Language, string> }>, lang: Language): string =>
  lower(typeof ref === 'string' ? catalog[ref]!.label[lang] : ref[lang]!);
const prose = (value: Prose | undefined, lang: Language) => (value === undefined ? undefined : lower(value[lang]!));

/** Some line of the cell holds every one of the words: a fact and what qualifies it stay together. */
function expectLine(cell: string[] | undefined, words: (string | undefined)[], what: string) {
  const wanted = words.filter((w): w is string => w !== undefined);
  expect(
    cell?.some((line) => wanted.every((word) => line.includes(word))),
    `${what}: no line with ${JSON.stringify(wanted)} in ${JSON.stringify(cell)}`,
  ).toBe(true);
}

const serves = (r: Recipient, act: Activity) => r.activities === undefined || r.activities.includes(act.id);
const outsideEea = (r: Recipient) => r.countries.filter((code) => code !== 'EEA' && !c.countries.eea.includes(code));

function recipientName(r: Recipient, lang: Language): string {
  if (r.name) return lower(r.name);
  if (r.service) return lower(`${c.processors[r.service]!.name} (${c.processors[r.service]!.entity})`);
  return textOf(r.category!, c['recipient-categories'], lang);
}
/** Its own purpose, else its service's or its category's, else what a joint controller's catalog arrangement concerns. */
const recipientPurpose = (r: Recipient, lang: Language) =>
  prose(r.purpose, lang) ??
  prose(r.service ? c.processors[r.service]!.service : undefined, lang) ??
  prose(r.category ? c['recipient-categories'][r.category]!.purpose : undefined, lang) ??
  prose(typeof r.arrangement === 'string' ? c['joint-arrangements'][r.arrangement]!.label : undefined, lang);

/** Every Art. 30(1) item of one activity, (b) to (g), against the answers and catalogs. */
function expectActivity(cells: RecordCells, act: Activity, answers: Answers, lang: Language) {
  const name = act.name ? lower(act.name[lang]!) : textOf(act.preset!, c['activity-presets'], lang);
  expect(cells.activity).toEqual([name]);
  // (b) the purposes, each with its legal basis and, where that is legitimate interests, the interest.
  for (const p of act.purposes) {
    const basis = c['legal-bases'][p.basis];
    const interest =
      p.basis === 'legitimate-interests'
        ? (prose(p.legitimateInterest, lang) ?? (typeof p.purpose === 'string' ? prose(c.purposes[p.purpose]!.interest, lang) : undefined))
        : undefined;
    expectLine(
      cells.purposes,
      [textOf(p.purpose, c.purposes, lang), lower(basis.label[lang]), lower(basis.article[lang]), interest],
      'purpose',
    );
  }
  // (c) the data subjects and the data, the special categories with their condition, Art. 10 data with their law.
  for (const subject of act.dataSubjects) expectLine(cells.dataSubjects, [textOf(subject, c['data-subjects'], lang)], 'data subject');
  for (const category of act.dataCategories) expectLine(cells.dataCategories, [textOf(category, c['data-categories'], lang)], 'data');
  for (const s of act.specialCategories ?? []) {
    const condition = c['special-conditions'][s.condition]!;
    expectLine(
      cells.dataCategories,
      [textOf(s.category, c['data-categories'], lang), lower(condition.label[lang]), lower(condition.article[lang])],
      'Art. 9',
    );
  }
  for (const category of act.dataCategories.filter((ref) => typeof ref === 'string' && c['data-categories'][ref]!.criminal)) {
    expectLine(
      cells.dataCategories,
      [textOf(category, c['data-categories'], lang), textOf(act.criminalRecords!, c['criminal-record-laws'], lang)],
      'Art. 10',
    );
  }
  // (d) the recipients of these data: processors by name, the others by name or category, each with its purpose.
  const recipients = answers.recipients.filter((r) => serves(r, act));
  for (const r of recipients) {
    const role = r.role === 'processor' ? lower(TERMS[lang].processor) : undefined;
    expectLine(cells.recipients, [recipientName(r, lang), recipientPurpose(r, lang), role], 'recipient');
  }
  expect(cells.recipients).toHaveLength(Math.max(1, recipients.length));
  // (e) each transfer: the third countries and what the transfer rests on (a derogation named as one).
  const transfers = recipients.filter((r) => outsideEea(r).length > 0);
  const countryName = new Intl.DisplayNames([LOCALES[lang]], { type: 'region' });
  for (const r of transfers) {
    const safeguard = c.safeguards[r.safeguard!]!;
    const derogation = safeguard.article.en.startsWith('Art. 49') ? DEROGATION[lang] : undefined;
    const countries = outsideEea(r).map((code) => lower(countryName.of(code)!));
    const fallback = r.fallbackSafeguard ? c.safeguards[r.fallbackSafeguard]! : undefined;
    expectLine(
      cells.transfers,
      [
        recipientName(r, lang),
        ...countries,
        lower(safeguard.label[lang]),
        lower(safeguard.article[lang]),
        derogation,
        fallback && lower(fallback.label[lang]),
      ],
      'transfer',
    );
  }
  expect(cells.transfers).toHaveLength(Math.max(1, transfers.length));
  // (f) a line per retention rule, with the event its period runs from.
  expect(cells.retention).toHaveLength(act.retention.length);
  act.retention.forEach((rule, i) => {
    const preset = rule.preset ? c['retention-presets'][rule.preset] : undefined;
    const from = rule.from ?? preset?.from;
    const period = rule.period ?? preset?.period;
    const event = typeof from === 'string' ? c['retention-events'][from]![period ? 'after' : 'until'][lang] : from![lang]!;
    expect(cells.retention![i]).toContain(lower(event));
    if (period) expect(cells.retention![i]).toContain(String(Object.values(period)[0]));
  });
  // (g) the security measures the answers list, and their own description.
  for (const id of answers.security?.measures ?? []) expectLine(cells.security, [textOf(id, c['security-measures'], lang)], 'measure');
  if (answers.security?.description) expectLine(cells.security, [prose(answers.security.description, lang)], 'security description');
  if (!answers.security?.measures.length && !answers.security?.description) expect(cells.security).toHaveLength(1);
}

/** Art. 49's word, from the glossary ("derogations for specific situations"), in the singular a line uses. */
const DEROGATION: Record<Language, string> = { en: 'derogation', nl: 'afwijking', fr: 'dérogation', de: 'ausnahme' };

/** Art. 30(1)(a): the controller's name and contact details, its DPO, its representative, its joint controllers. */
function expectController(lines: string[], answers: Answers, act: Activity) {
  const { controller, dpo, representative } = answers;
  const text = lines.join('\n');
  for (const value of [controller.legalName, controller.address.street, controller.address.city, controller.email, controller.phone])
    if (value) expect(text).toContain(lower(value));
  for (const value of [dpo?.name, dpo?.email, representative?.name, representative?.email]) if (value) expect(text).toContain(lower(value));
  for (const r of answers.recipients.filter((r) => r.role === 'joint-controller' && serves(r, act))) expect(text).toContain(lower(r.name!));
}

// The examples, and fixtures with a DPO, a representative, special categories and a processor role.
const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml'), join(REPO, 'test/fixtures/outside-eu.yaml')];

describe.each(files.map((file) => ({ file: file.slice(REPO.length + 1), ...loadAnswers(file) })))('$file', ({ answers, languages }) => {
  it.each(languages)('the CSV (%s) has a row per activity with every Art. 30(1) item', (lang) => {
    const rows = csvActivities(renderRecord(answers, lang).csv, lang);
    expect(rows).toHaveLength(answers.activities.length);
    answers.activities.forEach((act, i) => {
      expectActivity(rows[i]!, act, answers, lang);
      expectController(rows[i]!.controller!, answers, act);
    });
  });

  it.each(languages)('the Markdown (%s) has a section per activity with every Art. 30(1) item, the controller above', (lang) => {
    const { md } = renderRecord(answers, lang);
    const sections = markdownActivities(md, lang);
    expect(sections).toHaveLength(answers.activities.length);
    answers.activities.forEach((act, i) => {
      expectActivity(sections[i]!, act, answers, lang);
    });
    const controller = Object.values(markdownController(md)).flat();
    for (const act of answers.activities) expectController(controller, answers, act);
  });
});

describe('a transfer on an Art. 49 derogation', () => {
  it.each(['en', 'nl', 'fr', 'de'] as const)('is named as a derogation, with its article (%s)', (lang) => {
    const { answers } = loadAnswers(join(REPO, 'test/fixtures/everything.yaml'));
    const changed = structuredClone(answers);
    const typeform = changed.recipients.find((r) => r.service === 'typeform')!;
    typeform.safeguard = 'derogation-consent';
    const rows = csvActivities(renderRecord(changed, lang).csv, lang);
    changed.activities.forEach((act, i) => {
      expectActivity(rows[i]!, act, changed, lang);
    });
    expect(rows[0]!.transfers!.join('\n')).toContain(lower(c.safeguards['derogation-consent']!.article[lang]));
  });
});

// As the notice: a treatment record is no Art. 9(1) category; the record says what it holds.
describe('a special category in the record', () => {
  it.each(LANGUAGES)('%s: names what Art. 9(1) calls the data a treatment record holds', (lang) => {
    const record = c['data-categories']['treatment-record']!;
    const { md } = renderRecord(loadAnswers('examples/hairdresser.yaml').answers, lang);
    expect(lower(md)).toContain(lower(`${record.label[lang]} (${record.holdsSpecial![lang]})`));
  });
});
