/**
 * Criminal-record data (Art. 10), joint controllers (Art. 26(2)), a requirement that says what
 * refusing means, and the Belgian patients' rights law, in every output language. Expected words
 * come from the catalogs and the glossary (docs/terms.md), never from the templates.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../source/core/answers/problems.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { checkAnswersObject, checkForReplay } from '../source/core/pipeline.js';
import { renderOutputs } from '../source/core/render/outputs.js';
import { ARTICLE_10_26_TERMS } from './support/glossary-terms.js';
import { catalogs as c } from './support/replay.js';
import { sportsClubAnswers } from './support/sports-club.js';

type Json = Record<string, unknown>;

const coaches = (patch: Json = {}): Json => ({
  id: 'youth-coaches',
  name: { en: 'Coaches', nl: 'Trainers', fr: 'Entraîneurs', de: 'Trainer' },
  dataSubjects: ['volunteers'],
  dataCategories: ['identity', 'criminal-record-check'],
  purposes: [{ purpose: 'youth-supervisor-check', basis: 'legal-obligation' }],
  criminalRecords: 'be-vl-sport-minors',
  requirement: 'contract-needed',
  retention: [{ period: { years: 1 }, from: 'season-end', reason: 'relationship-management' }],
  ...patch,
});
const page = (patch: Json = {}): Json => ({
  name: 'Meta Platforms Ireland Limited',
  role: 'joint-controller',
  purpose: { en: 'page statistics', nl: 'paginastatistieken', fr: 'statistiques de page', de: 'Seitenstatistiken' },
  countries: ['IE'],
  arrangement: 'meta-page-insights',
  ...patch,
});

const answers = (activities: Json[], recipients: Json[] = []): Json => sportsClubAnswers(activities, { recipients });

function notice(data: Json, lang: Language): string {
  const gated = checkForReplay(JSON.parse(JSON.stringify(data)), c);
  if (!gated.ok) throw new Error(gated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return renderOutputs(gated.answers, c, [lang], ['md']).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
}
/** The paths of one rule's findings. */
function ruleHits(data: Json, rule: string): string[] {
  const checked = checkAnswersObject(JSON.parse(JSON.stringify(data)), c);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return checked.findings.filter((f) => f.rule === rule).map((f) => formatPath(f.path));
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(LANGUAGES)('criminal-record data (Art. 10) (%s)', (lang) => {
  const text = flat(notice(answers([coaches()]), lang));
  it('names the data as Art. 10 data, with the law that authorises them', () => {
    expect(text).toContain(ARTICLE_10_26_TERMS[lang].criminal);
    expect(text).toContain(flat(c['criminal-record-laws']['be-vl-sport-minors']!.label[lang]));
    expect(text.toLowerCase()).toContain(c['data-categories']['criminal-record-check']!.label[lang].toLowerCase());
  });
  it('says nothing of Art. 10 without such data', () => {
    const { criminalRecords: _, ...plain } = coaches({ dataCategories: ['identity'] });
    expect(flat(notice(answers([plain]), lang))).not.toContain(ARTICLE_10_26_TERMS[lang].criminal);
  });
});

describe('criminal-records-authorised', () => {
  it('refuses criminal-record data without the authorising law, and takes the law as prose', () => {
    const { criminalRecords: _, ...bare } = coaches();
    expect(ruleHits(answers([bare]), 'criminal-records-authorised')).toEqual(['activities[0].criminalRecords']);
    const own = coaches({ criminalRecords: { en: 'the law', nl: 'de wet', fr: 'la loi', de: 'das Gesetz' } });
    expect(ruleHits(answers([own]), 'criminal-records-authorised')).toEqual([]);
    expect(flat(notice(answers([own]), 'fr'))).toContain('la loi');
  });
});

describe.each(LANGUAGES)('joint controllers (Art. 26) (%s)', (lang) => {
  const text = flat(notice(answers([coaches()], [page()]), lang));
  const arrangement = c['joint-arrangements']['meta-page-insights']!;
  it('gives the essence of the arrangement and what it concerns', () => {
    expect(text).toContain(ARTICLE_10_26_TERMS[lang].jointControllers);
    expect(text).toContain(ARTICLE_10_26_TERMS[lang].essence);
    expect(text).toContain(flat(arrangement.essence[lang]));
    expect(text).toContain(flat(arrangement.label[lang]));
  });
  it('has no such paragraph without a joint controller', () => {
    expect(flat(notice(answers([coaches()], [page({ role: 'controller', arrangement: undefined })]), lang))).not.toContain(
      flat(arrangement.essence[lang]),
    );
  });
});

describe('joint-arrangement', () => {
  it('refuses a joint controller without the essence, and takes own words', () => {
    const { arrangement: _, ...bare } = page();
    expect(ruleHits(answers([coaches()], [bare]), 'joint-arrangement')).toEqual(['recipients[0].arrangement']);
    const own = page({ arrangement: { en: 'The federation informs you.', nl: 'x', fr: 'x', de: 'x' } });
    expect(ruleHits(answers([coaches()], [own]), 'joint-arrangement')).toEqual([]);
    expect(notice(answers([coaches()], [own]), 'en')).toContain('The federation informs you.');
  });
});

describe.each(LANGUAGES)('a requirement with consequences (%s)', (lang) => {
  it('states what refusing to share with other caregivers means', () => {
    const act = coaches({ criminalRecords: undefined, dataCategories: ['identity'], requirement: 'sharing-caregivers' });
    expect(flat(notice(answers([act]), lang))).toContain(flat(c['provision-requirements']['sharing-caregivers']!.label[lang]));
  });
});

describe('requirement-consequence', () => {
  const voluntary = (basis: string) =>
    coaches({
      criminalRecords: undefined,
      dataCategories: ['identity'],
      requirement: 'voluntary',
      purposes: [{ purpose: 'youth-supervisor-check', basis }],
    });
  it('warns where "no consequences" meets a contract or a legal obligation, not consent', () => {
    expect(ruleHits(answers([voluntary('legal-obligation')]), 'requirement-consequence')).toHaveLength(1);
    expect(ruleHits(answers([voluntary('contract')]), 'requirement-consequence')).toHaveLength(1);
    expect(ruleHits(answers([voluntary('consent')]), 'requirement-consequence')).toEqual([]);
  });
  it('leaves the presets that used to suggest it quiet', () => {
    for (const id of ['donations', 'loyalty-card'])
      expect(c['provision-requirements'][c['activity-presets'][id]!.requirement!]!.noConsequences).not.toBe(true);
  });
});

describe.each(LANGUAGES)("Belgian patients' rights law (%s)", (lang) => {
  const law = c['sector-laws']['be-patient-rights']!;
  const care = coaches({
    criminalRecords: undefined,
    dataSubjects: ['patients'],
    dataCategories: ['identity', ...law.dataCategories],
    purposes: [{ purpose: 'patient-care', basis: 'contract' }],
    specialCategories: [{ category: 'patient-file', condition: 'health-care' }],
    requirement: 'care-needed',
  });
  it('states the law in the notice of a Belgian practice that keeps a patient file', () => {
    expect(flat(notice(answers([care]), lang))).toContain(flat(law.label[lang]));
  });
  it('does not state it outside Belgium, nor without a patient file', () => {
    const nl = answers([care]);
    (nl.controller as Json).address = { street: 'Markt 1', postalCode: '1011 AB', city: 'Amsterdam', country: 'NL' };
    expect(flat(notice(nl, lang))).not.toContain(flat(law.label[lang]));
    expect(flat(notice(answers([coaches()]), lang))).not.toContain(flat(law.label[lang]));
  });
  it('carries its source', () => expect(law.source).toMatch(/22 August 2002/));
});

describe.each(LANGUAGES)("the wizard's locations (%s)", (lang) => {
  it('offers the EU/EEA first where a recipient processes data, then the countries', async () => {
    const { optionsFor } = await import('../source/wizard/options.js');
    const where = { options: { source: 'locations' } } as unknown as Parameters<typeof optionsFor>[0];
    const options = optionsFor(where, c, lang, (k: string) => k);
    expect(options[0]).toEqual({ value: 'EEA', label: `${c.countries.eeaLocation[lang]} (EEA)` });
    expect(options.some((o) => o.value === 'BE')).toBe(true);
  });
});
