/**
 * Issue 13, the facts left: a retention rule with a follow-up ("12 months, or until the end of
 * the contract if one follows"), whose consent a photo of a minor takes, and a DPO asked for only
 * where the answers say large scale. In every output language; expected words come from the
 * catalogs, the answers and the glossary (test/support/glossary-terms.ts), never the templates.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../source/core/answers/problems.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { checkAnswersObject, checkForReplay } from '../source/core/pipeline.js';
import { renderOutputs } from '../source/core/render/outputs.js';
import { LEGAL_TERMS, TERMS } from './support/glossary-terms.js';
import { catalogs as c } from './support/replay.js';
import { sportsClubAnswers } from './support/sports-club.js';

type Json = Record<string, unknown>;

const enquiries = (retention: Json[]): Json => ({
  id: 'enquiries',
  preset: 'contact-form',
  dataSubjects: ['enquirers'],
  dataCategories: ['identity', 'contact-details', 'message-content'],
  purposes: [{ purpose: 'answer-enquiries', basis: 'legitimate-interests' }],
  requirement: 'voluntary-no-answer',
  retention,
});
const photos = (patch: Json = {}): Json => ({
  id: 'photos',
  preset: 'photos',
  dataSubjects: ['members', 'people-photographed'],
  dataCategories: ['photos-videos'],
  purposes: [{ purpose: 'publish-photos', basis: 'consent' }],
  requirement: 'voluntary',
  retention: [{ preset: 'photos-until-withdrawn' }, { preset: 'consent-proof-3y' }],
  ...patch,
});

const answers = (activities: Json[], patch: Json = {}): Json =>
  sportsClubAnswers(activities, { recipients: [{ service: 'hetzner', role: 'processor', countries: ['DE'] }], ...patch });

function outputs(data: Json, lang: Language): Record<string, string> {
  const gated = checkForReplay(JSON.parse(JSON.stringify(data)), c);
  if (!gated.ok) throw new Error(gated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return Object.fromEntries(renderOutputs(gated.answers, c, [lang], ['md', 'csv']).map((f) => [f.name, f.content]));
}
const notice = (data: Json, lang: Language) => outputs(data, lang)[`privacy-notice.${lang}.md`]!;

/** Findings of one rule, with the message and fix in `lang`. */
function findings(data: Json, rule: string, lang: Language = 'en') {
  const checked = checkAnswersObject(JSON.parse(JSON.stringify(data)), c, { uiLanguage: lang });
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return checked.findings.filter((f) => f.rule === rule).map((f) => ({ path: formatPath(f.path), message: f.message, fix: f.fix ?? '' }));
}

describe.each(LANGUAGES)('a retention rule with a follow-up (%s)', (lang) => {
  const contract = c['retention-follow-ups']['contract-follows']!;
  const relationship = c['retention-follow-ups']['relationship-follows']!;
  const after = c['retention-events']['enquiry-closed']!.after[lang];

  it('says the period, then what may follow, on one line under the activity', () => {
    const text = notice(answers([enquiries([{ preset: 'enquiry-12m-or-contract' }])]), lang);
    const line = text.split('\n').find((l) => l.startsWith('- ') && l.includes(contract.label[lang]));
    expect(line).toBeDefined();
    expect(line!.indexOf(after)).toBeGreaterThan(0);
    expect(line!.indexOf(after)).toBeLessThan(line!.indexOf(contract.label[lang]));
  });

  it('is in the retention table, in Markdown and CSV', () => {
    const files = outputs(answers([enquiries([{ preset: 'enquiry-12m-or-contract' }])]), lang);
    expect(files[`retention-table.${lang}.md`]).toContain(contract.label[lang]);
    expect(files[`retention-table.${lang}.csv`]).toContain(contract.label[lang]);
  });

  it('given in the rule, replaces the preset’s, like every field of a rule', () => {
    const text = notice(answers([enquiries([{ preset: 'enquiry-12m-or-contract', followUp: 'relationship-follows' }])]), lang);
    expect(text).toContain(relationship.label[lang]);
    expect(text).not.toContain(contract.label[lang]);
  });

  it('draws a warning where it ends at the event the period already runs from', () => {
    const found = findings(answers([enquiries([{ preset: 'contracts-10y', followUp: 'contract-follows' }])]), 'retention-follow-up', lang);
    expect(found.map((f) => f.path)).toEqual(['activities[0].retention[0].followUp']);
    expect(found[0]!.message).toContain('contract-follows');
    expect(found[0]!.message).toContain(contract.event);
    expect(findings(answers([enquiries([{ preset: 'enquiry-12m-or-contract' }])]), 'retention-follow-up', lang)).toEqual([]);
  });
});

describe('a retention rule without a follow-up, as every version-1 file has it', () => {
  it('prints no follow-up clause', () => {
    const text = notice(answers([enquiries([{ preset: 'enquiry-12m' }])]), 'en');
    for (const entry of Object.values(c['retention-follow-ups'])) expect(text).not.toContain(entry.label.en);
  });
});

describe.each(LANGUAGES)('photos of minors (%s)', (lang) => {
  const name = c['activity-presets'].photos!.label[lang];
  /** The Children section: the last but one of the notice, before the one on changes. */
  const children = (text: string) => {
    const lines = text.split('\n');
    const headings = lines.flatMap((line, i) => (line.startsWith('## ') ? [i] : []));
    const section = lines.slice(headings.at(-2)! + 1, headings.at(-1)).filter((l) => l.trim() !== '');
    expect(section.length).toBeGreaterThan(0);
    return section;
  };
  /** The paragraphs of the Children section that name the photos activity. */
  const naming = (data: Json) =>
    children(notice(data, lang))
      .filter((l) => l.includes(name))
      .map((l) => l.toLocaleLowerCase(lang));
  const consent = LEGAL_TERMS.consent[lang].toLocaleLowerCase(lang);

  it('says whose consent publishing them takes, in a paragraph of its own', () => {
    const paragraphs = naming(answers([photos({ minors: true })]));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toContain(consent);
  });

  it("cites the situation by its title in the language's quotation marks, not as a capitalised word mid-sentence", () => {
    const quoted = { en: `“${name}”`, nl: `“${name}”`, fr: `«\u00a0${name}\u00a0»`, de: `„${name}“` }[lang];
    const lines = children(notice(answers([photos({ minors: true })]), lang)).filter((l) => l.includes(name));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain(quoted);
  });

  it('says nothing of photos where no minor is concerned, or the photos do not rest on consent', () => {
    expect(naming(answers([photos()]))).toEqual([]);
    const onInterest = photos({
      minors: true,
      purposes: [
        {
          purpose: 'publish-photos',
          basis: 'legitimate-interests',
          legitimateInterest: { en: 'showing our club', nl: 'onze club tonen', fr: 'montrer notre club', de: 'unseren Verein zeigen' },
        },
      ],
      requirement: 'automatic-collection',
      retention: [{ preset: 'photos-until-withdrawn' }],
    });
    expect(naming(answers([onInterest]))).toHaveLength(1);
  });
});

describe.each(LANGUAGES)('minors not stated where parents act for them (%s)', (lang) => {
  const membership = (patch: Json = {}): Json => ({
    id: 'membership',
    preset: 'membership',
    dataSubjects: ['members', 'parents-guardians'],
    dataCategories: ['identity', 'contact-details', 'membership-data'],
    purposes: [{ purpose: 'membership-admin', basis: 'contract' }],
    requirement: 'contract-needed',
    retention: [{ preset: 'membership-1y' }],
    ...patch,
  });

  it('draws a warning naming the activity and those who act for minors', () => {
    const [found] = findings(answers([membership()]), 'minors-stated', lang);
    expect(found?.path).toBe('activities[0].minors');
    expect(found?.message).toContain('membership');
    expect(found?.message).toContain('parents-guardians');
    expect(found?.fix).toContain('minors: true');
  });

  it('is silent once minors: true says so', () => {
    expect(findings(answers([membership({ minors: true })]), 'minors-stated', lang)).toEqual([]);
  });
});

// The legal review: a photographer's or a practice's file that says nothing of minors got
// "our services are not aimed at children". Where minors are common, check asks for an answer.
describe.each(LANGUAGES)('minors not said where they are common (%s)', (lang) => {
  const appointments = (patch: Json = {}): Json => ({
    id: 'appointments',
    preset: 'appointments',
    dataSubjects: ['patients'],
    dataCategories: ['identity', 'contact-details', 'appointment-data'],
    purposes: [{ purpose: 'appointments', basis: 'contract' }],
    requirement: 'contract-needed',
    retention: [{ preset: 'appointments-2y' }],
    ...patch,
  });

  it('draws a warning naming the activity and its people, where the catalog says minors are common among them', () => {
    expect(c['data-subjects'].patients!.oftenMinors).toBe(true);
    const [found] = findings(answers([appointments()]), 'minors-stated', lang);
    expect(found?.path).toBe('activities[0].minors');
    expect(found?.message).toContain('appointments');
    expect(found?.message).toContain('patients');
    expect(found?.fix).toContain('minors: true');
    expect(found?.fix).toContain('minors: false');
  });

  it('is silent once the file answers, either way, and for people among whom minors are not common', () => {
    expect(findings(answers([appointments({ minors: true })]), 'minors-stated', lang)).toEqual([]);
    expect(findings(answers([appointments({ minors: false })]), 'minors-stated', lang)).toEqual([]);
    expect(c['data-subjects'].customers!.oftenMinors).toBeUndefined();
    expect(findings(answers([appointments({ dataSubjects: ['customers'] })]), 'minors-stated', lang)).toEqual([]);
  });
});

describe.each(LANGUAGES)('dpo-likely-required weighs the scale (%s)', (lang) => {
  const practice = (patch: Json = {}): Json => ({
    id: 'patient-care',
    preset: 'patient-care',
    dataSubjects: ['patients'],
    dataCategories: ['identity', 'contact-details', 'patient-file'],
    purposes: [{ purpose: 'patient-care', basis: 'contract' }],
    specialCategories: [{ category: 'patient-file', condition: 'health-care' }],
    requirement: 'care-needed',
    retention: [{ preset: 'patient-file-30y' }],
    ...patch,
  });

  it('is silent for one practice’s patients, and speaks of a DPO where the answers say large scale', () => {
    expect(findings(answers([practice()]), 'dpo-likely-required', lang)).toEqual([]);
    const [found] = findings(answers([practice({ largeScale: true })]), 'dpo-likely-required', lang);
    expect(found?.path).toBe('activities[0].specialCategories');
    expect(found?.message).toContain(TERMS[lang].dpo);
    expect(found?.fix).toContain('largeScale: true');
  });

  it('cites the article of the Law of 22 April 2019 that sets the patient file’s 30 years', () => {
    const reason = c['retention-reasons']['be-patient-file']!;
    expect(reason.label[lang]).toMatch(/\b35\b/);
    expect(reason.source).toContain('art. 35');
  });
});
