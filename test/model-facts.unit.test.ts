/**
 * The facts real notices state (issue 13), each in every output language: retention said per
 * kind of data, transfers with a fallback, recipients by category, "the EU/EEA" as a location,
 * sources per kind of data. Expected words come from the catalogs, never from the templates.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../source/core/answers/problems.js';
import type { Answers } from '../source/core/answers/schema.js';
import { informArticle } from '../source/core/diff/activities.js';
import { isAsked, questionsAt } from '../source/core/flow/flow.js';
import { answersToDraft } from '../source/core/flow/import-answers.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { LOCALES } from '../source/core/locale/intl-tables.js';
import { checkAnswersObject, checkForReplay } from '../source/core/pipeline.js';
import { renderOutputs } from '../source/core/render/outputs.js';
import { flow } from './support/flow.js';
import { catalogs as c } from './support/replay.js';

type Json = Record<string, unknown>;

/** A complete file in every language; `patch` replaces top-level fields. */
function answers(patch: Json = {}): Json {
  return {
    version: 1,
    languages: [...LANGUAGES],
    effectiveDate: '2026-03-01',
    controller: {
      legalName: 'Drukkerij Peeters',
      address: { street: 'Stationsstraat 4', postalCode: '2800', city: 'Mechelen', country: 'BE' },
      email: 'info@drukkerij-peeters.be',
    },
    activities: [
      {
        id: 'newsletter',
        preset: 'newsletter',
        dataSubjects: ['newsletter-subscribers'],
        dataCategories: ['identity', 'contact-details'],
        purposes: [{ purpose: 'send-newsletter', basis: 'consent' }],
        requirement: 'voluntary-newsletter',
        retention: [{ preset: 'newsletter-until-unsubscribed' }, { preset: 'consent-proof-3y' }],
      },
    ],
    ...patch,
  };
}

/** The notice in `lang`, after check let it through (an error fails the test, naming it). */
function notice(data: Json, lang: Language): string {
  const gated = checkForReplay(JSON.parse(JSON.stringify(data)), c);
  if (!gated.ok) throw new Error(gated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return renderOutputs(gated.answers, c, [lang], ['md']).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
}

/** The lines of a list under an activity, "- data: period". */
const listLines = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('- '));
const lower = (s: string) => s.toLocaleLowerCase();

describe.each(LANGUAGES)('retention said per kind of data (%s)', (lang) => {
  const text = notice(answers(), lang);
  const section = text.slice(text.indexOf('### '), text.indexOf('\n## ', text.indexOf('### ')));
  const lines = listLines(section).filter((line) => /\d|\p{L}/u.test(line));
  const event = (id: string, form: 'after' | 'until') => c['retention-events'][id]![form][lang];
  const label = (id: string) => lower(c['data-categories'][id]!.label[lang]);
  const covers = lower(c['retention-reasons']['proof-of-consent']!.covers![lang]);

  it('gives each rule its own line naming its data', () => {
    const untilLine = lines.find((line) => line.includes(event('unsubscribed', 'until')));
    const proofLine = lines.find((line) => line.includes(event('consent-withdrawn', 'after')));
    expect(untilLine && lower(untilLine)).toContain(label('identity'));
    expect(untilLine && lower(untilLine)).toContain(label('contact-details'));
    expect(proofLine && lower(proofLine)).toContain(covers);
  });

  it('says the proof-of-consent rule covers only the proof', () => {
    const proofLine = lower(lines.find((line) => line.includes(event('consent-withdrawn', 'after')))!);
    expect(proofLine).not.toContain(label('contact-details'));
    const row = text.split('\n').find((line) => line.startsWith('|') && line.includes(event('consent-withdrawn', 'after')))!;
    expect(lower(row)).toContain(covers);
    expect(lower(row)).not.toContain(label('contact-details'));
  });

  it('joins no two periods into one sentence', () => {
    expect(lines.some((line) => line.includes(event('unsubscribed', 'until')) && line.includes(event('consent-withdrawn', 'after')))).toBe(
      false,
    );
  });
});

const mailer = (extra: Json): Json => ({
  name: 'Mailer Inc.',
  role: 'processor',
  purpose: Object.fromEntries(LANGUAGES.map((lang) => [lang, `sending our newsletter (${lang})`])),
  countries: ['US'],
  ...extra,
});
const findingsOf = (data: Json) => {
  const checked = checkAnswersObject(JSON.parse(JSON.stringify(data)), c);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return checked.findings.map((f) => `${f.rule} ${formatPath(f.path)}`);
};

describe.each(LANGUAGES)('a transfer with a fallback (%s)', (lang) => {
  const text = notice(answers({ recipients: [mailer({ safeguard: 'dpf', fallbackSafeguard: 'scc' })] }), lang);
  const row = text.split('\n').find((line) => line.startsWith('| Mailer Inc.') && line.includes(c.safeguards.dpf!.article[lang]))!;

  it('names the basis and, after it, the one it falls back on, in the transfers table', () => {
    expect(row).toBeDefined();
    const dpf = lower(row).indexOf(lower(c.safeguards.dpf!.label[lang]));
    const scc = lower(row).indexOf(lower(c.safeguards.scc!.label[lang]));
    expect(dpf).toBeGreaterThan(0);
    expect(scc).toBeGreaterThan(dpf);
    expect(row).toContain(c.safeguards.scc!.article[lang]);
  });

  it('gives how to obtain a copy of both', () => {
    // Markdown writes the addresses in the copy texts as autolinks.
    const plain = text.replace(/<(https?:[^>]+)>/g, '$1');
    expect(plain).toContain(c.safeguards.dpf!.copy[lang]);
    expect(plain).toContain(c.safeguards.scc!.copy[lang]);
  });
});

describe('check reads the fallback too', () => {
  it('refuses a fallback that is itself invalid, at its own field', () => {
    expect(findingsOf(answers({ recipients: [mailer({ safeguard: 'dpf', fallbackSafeguard: 'privacy-shield' })] }))).toContain(
      'transfer-safeguard-invalid recipients[0].fallbackSafeguard',
    );
  });
  it('refuses a DPF fallback for a transfer outside the US', () => {
    expect(findingsOf(answers({ recipients: [mailer({ countries: ['IN'], safeguard: 'scc', fallbackSafeguard: 'dpf' })] }))).toContain(
      'dpf-us-only recipients[0].fallbackSafeguard',
    );
  });
  it('finds nothing wrong with DPF and SCCs behind it', () => {
    const found = findingsOf(answers({ recipients: [mailer({ safeguard: 'dpf', fallbackSafeguard: 'scc' })] }));
    expect(found.filter((f) => f.startsWith('transfer') || f.startsWith('dpf') || f.startsWith('adequacy'))).toEqual([]);
  });
});

const cap = (s: string, lang: Language) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

describe.each(LANGUAGES)('recipients by category (%s)', (lang) => {
  const category = c['recipient-categories'].accountant!;
  const text = notice(answers({ recipients: [{ category: 'accountant', role: category.role, countries: ['BE'] }] }), lang);
  const row = text.split('\n').find((line) => line.startsWith(`| ${cap(category.label[lang], lang)} |`));

  it("names the category in the reader's language, with the category's purpose", () => {
    expect(row).toBeDefined();
    expect(lower(row!)).toContain(lower(category.purpose![lang]));
  });
});

describe('check accepts a category in place of a name', () => {
  it('asks for no name, and for a purpose only where the category has none', () => {
    const found = findingsOf(
      answers({
        recipients: [
          { category: 'accountant', role: 'processor', countries: ['BE'] },
          { category: 'freelancers', role: 'processor', countries: ['BE'] },
        ],
      }),
    );
    expect(found.filter((f) => f.startsWith('recipient-identified'))).toEqual(['recipient-identified recipients[1].purpose']);
  });
  it('still asks for a name without a category, a service or a name', () => {
    expect(findingsOf(answers({ recipients: [{ role: 'processor', countries: ['BE'] }] }))).toContain(
      'recipient-identified recipients[0].name',
    );
  });
});

describe.each(LANGUAGES)('"the EU/EEA" as a location (%s)', (lang) => {
  const hosting = { name: 'Hoster BV', role: 'processor', purpose: mailer({}).purpose, countries: ['EEA'] };
  const text = notice(answers({ recipients: [hosting] }), lang);
  const row = text.split('\n').find((line) => line.startsWith('| Hoster BV |'))!;

  it('names the EU/EEA as the location, in the reader’s language', () => {
    expect(row.trim().endsWith(`| ${c.countries.eeaLocation[lang]} |`)).toBe(true);
  });
  it('is no transfer: check asks for no safeguard', () => {
    expect(findingsOf(answers({ recipients: [hosting] })).filter((f) => f.startsWith('transfer'))).toEqual([]);
  });
});

describe('the location EEA', () => {
  it('is refused as the controller’s country (a seat is in one country)', () => {
    const data = answers();
    (data.controller as Json).address = { street: 'x 1', postalCode: '1000', city: 'Brussel', country: 'EEA' };
    expect(checkAnswersObject(data, c).ok).toBe(false);
  });
});

/** An applicant's data, from the person or a third party; `extra` sets source and alsoFromYou. */
const recruitment = (extra: Json): Json =>
  answers({
    activities: [
      {
        id: 'recruitment',
        preset: 'job-applicants',
        dataSubjects: ['job-applicants'],
        dataCategories: ['identity', 'contact-details', 'cv-data', 'recruitment-assessment'],
        purposes: [{ purpose: 'recruitment', basis: 'contract' }],
        requirement: 'voluntary',
        retention: [{ preset: 'applicants-1y' }],
        ...extra,
      },
    ],
  });
const activityText = (text: string) => text.slice(text.indexOf('### '), text.indexOf('\n## ', text.indexOf('### ')));
const paragraphWith = (text: string, words: string) => text.split('\n').find((line) => line.includes(words));

describe.each(LANGUAGES)('several sources, and a source per kind of data (%s)', (lang) => {
  const label = (id: string) => c['data-sources'][id]!.label[lang];
  const category = (id: string) => lower(c['data-categories'][id]!.label[lang]);

  it('reads several sources as alternatives, in one sentence', () => {
    const text = activityText(notice(recruitment({ source: [{ from: 'recruitment-agencies' }, { from: 'referrals' }] }), lang));
    const line = paragraphWith(text, label('recruitment-agencies'));
    expect(line).toContain(label('referrals'));
  });

  it('says something else when the person gives the data too', () => {
    const sole = paragraphWith(
      activityText(notice(recruitment({ source: { from: 'recruitment-agencies' } }), lang)),
      label('recruitment-agencies'),
    );
    const also = paragraphWith(
      activityText(notice(recruitment({ source: { from: 'recruitment-agencies' }, alsoFromYou: true }), lang)),
      label('recruitment-agencies'),
    );
    expect(sole).toBeDefined();
    expect(also).toBeDefined();
    expect(also).not.toEqual(sole);
  });

  // The reviews: two sources that each supply some data read as one sentence said twice.
  it('does not open a second such source with the first one’s words', () => {
    const text = activityText(
      notice(
        recruitment({
          source: [
            { from: 'referees', data: ['recruitment-assessment'] },
            { from: 'recruitment-agencies', data: ['cv-data'] },
          ],
        }),
        lang,
      ),
    );
    const first = paragraphWith(text, label('referees'))!;
    const second = paragraphWith(text, label('recruitment-agencies'))!;
    expect(lower(second)).toContain(category('cv-data'));
    const opening = (line: string) => line.slice(0, 25);
    expect(opening(second)).not.toBe(opening(first));
  });

  it('names only the data a source supplies, in the activity and in the list of data not obtained from the person', () => {
    const text = notice(recruitment({ source: [{ from: 'referees', data: ['recruitment-assessment'] }] }), lang);
    const line = lower(paragraphWith(activityText(text), label('referees'))!);
    expect(line).toContain(category('recruitment-assessment'));
    expect(line).not.toContain(category('contact-details'));
    const listed = text.split('\n').filter((l) => l.startsWith('- ') && l.includes(label('referees')));
    expect(listed).toHaveLength(1);
    expect(lower(listed[0]!)).not.toContain(category('contact-details'));
  });
});

describe('check and the sources', () => {
  const requirementHits = (data: Json) => findingsOf(data).filter((f) => f.startsWith('requirement-stated'));
  const withoutRequirement = (extra: Json) => {
    const data = recruitment(extra);
    delete ((data.activities as Json[])[0] as Json).requirement;
    return data;
  };
  it('asks no Art. 13(2)(e) statement for data all obtained from someone else', () => {
    expect(requirementHits(withoutRequirement({ source: { from: 'recruitment-agencies' } }))).toEqual([]);
  });
  it('asks for it where the person gives data too', () => {
    expect(requirementHits(withoutRequirement({ source: { from: 'recruitment-agencies' }, alsoFromYou: true }))).toHaveLength(1);
    expect(requirementHits(withoutRequirement({ source: [{ from: 'referees', data: ['recruitment-assessment'] }] }))).toHaveLength(1);
  });

  // One decision (the model's fromThePerson) for check and the collection point: where the
  // person gives some of the data, the preset's form collects them and says so beside it.
  it.each([
    ['no source', {}, true, 'Art. 13(3) GDPR'],
    ['the person gives the data too', { source: { from: 'recruitment-agencies' }, alsoFromYou: true }, true, 'Art. 13(3) and 14(4) GDPR'],
    [
      'a source that supplies only the data it names',
      { source: [{ from: 'referees', data: ['recruitment-assessment'] }] },
      true,
      'Art. 13(3) and 14(4) GDPR',
    ],
    ['all data from an agency', { source: { from: 'recruitment-agencies' } }, false, 'Art. 14(4) GDPR'],
  ])('with %s, asks for the statement, keeps the preset’s form and cites diff’s article alike', (_case, extra, fromThePerson, article) => {
    expect(c['activity-presets']['job-applicants']!.collection).toBe('form');
    const gated = checkForReplay(JSON.parse(JSON.stringify(recruitment(extra))), c);
    if (!gated.ok) throw new Error(gated.problems.map((p) => p.message).join('\n'));
    const activity = gated.model.activities[0]!;
    expect(activity.fromThePerson).toBe(fromThePerson);
    expect(activity.collection).toBe(fromThePerson ? 'form' : undefined);
    expect(requirementHits(withoutRequirement(extra))).toHaveLength(fromThePerson ? 1 : 0);
    expect(informArticle(activity)).toBe(article);
    // The wizard asks for the statement where check wants it, also for a file opened with --edit.
    const draft = answersToDraft(flow, withoutRequirement(extra) as unknown as Answers);
    const requirement = questionsAt(flow, ['activities', 0]).find((q) => q.path === 'requirement')!;
    expect(isAsked(flow, draft, ['activities', 0], requirement)).toBe(fromThePerson);
  });
});

describe.each(LANGUAGES)("an adequacy decision's end date (%s)", (lang) => {
  const gb = c.countries.adequacy.GB!;
  const uk = { name: 'Support Ltd', role: 'processor', purpose: mailer({}).purpose, countries: ['GB'], safeguard: 'adequacy' };
  const text = notice(answers({ recipients: [uk] }), lang);
  const row = text.split('\n').find((line) => line.startsWith('| Support Ltd |') && line.includes(gb.decision[lang]))!;

  it('is printed with the decision where the catalog has one', () => {
    expect(gb.validUntil).toBe('2031-12-27');
    // CLDR (Intl), not the code under test, says how each language writes the date.
    const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2031-12-27T00:00:00Z'));
    expect(row).toBeDefined();
    expect(row).toContain(date);
  });

  it('is not printed for a decision without one', () => {
    const ch = { ...uk, name: 'Swiss AG', countries: ['CH'] };
    const chRow = notice(answers({ recipients: [ch] }), lang)
      .split('\n')
      .find((line) => line.startsWith('| Swiss AG |') && line.includes(c.countries.adequacy.CH!.decision[lang]))!;
    expect(chRow).toBeDefined();
    expect(chRow).not.toMatch(/20\d\d\)/);
  });
});

describe('dpo-likely-required for a small health practice', () => {
  const care = (id: string, extra: Json = {}): Json => ({
    id,
    dataSubjects: ['customers'],
    dataCategories: ['identity', 'health-data'],
    purposes: [{ purpose: 'deliver-services', basis: 'contract' }],
    specialCategories: [{ category: 'health-data', condition: 'explicit-consent' }],
    requirement: 'voluntary',
    retention: [{ preset: 'accounting-10y' }],
    ...extra,
  });
  const dpoFindings = (data: Json) => findingsOf(data).filter((f) => f.startsWith('dpo-likely-required'));

  it('does not fire for ordinary health data: one practice is no large scale (Art. 37(1)(c), Recital 91)', () => {
    expect(dpoFindings(answers({ activities: [care('treatment'), care('billing'), care('reminders')] }))).toEqual([]);
  });

  it('fires where the answers say large scale, once, at the first such activity', () => {
    const large = { largeScale: true };
    const found = dpoFindings(answers({ activities: [care('treatment'), care('lab', large), care('imaging', large)] }));
    expect(found).toEqual(['dpo-likely-required activities[1].specialCategories']);
  });

  it('is silent once a DPO is named', () => {
    const data = answers({ activities: [care('lab', { largeScale: true })], dpo: { email: 'dpo@example.be' } });
    expect(dpoFindings(data)).toEqual([]);
  });
});

describe.each(LANGUAGES)('minors as the people of an activity (%s)', (lang) => {
  const withMinors = (directedAtChildren: boolean) => {
    const data = answers({ children: { directedAtChildren } });
    ((data.activities as Json[])[0] as Json).minors = true;
    return data;
  };
  const childrenSection = (text: string) => {
    const lines = text.split('\n');
    const start = lines.findIndex((line, i) => line.startsWith('## ') && lines[i + 2]?.includes(presetName));
    return lines.slice(
      start,
      lines.findIndex((line, i) => i > start && line.startsWith('## ')),
    );
  };
  const presetName = c['activity-presets'].newsletter!.label[lang];
  const age = String(c.countries.digitalConsentAge.BE!.age);

  it('names the activities with minors, and does not say that children’s data are deleted', () => {
    const section = childrenSection(notice(withMinors(false), lang)).join('\n');
    expect(section).toContain(presetName);
    // The "not aimed at children" text names the age of digital consent; the minors text does not.
    expect(section).not.toContain(age);
  });

  it('keeps what it says about services aimed at children', () => {
    const section = childrenSection(notice(withMinors(true), lang)).join('\n');
    expect(section).toContain(presetName);
    expect(section).toContain(age);
  });

  it('adds exactly one paragraph, which names the activity', () => {
    const count = (text: string) => text.split('\n').filter((line) => line.includes(presetName) && !/^[#|]/.test(line)).length;
    expect(count(notice(withMinors(false), lang))).toBe(count(notice(answers(), lang)) + 1);
  });
});
