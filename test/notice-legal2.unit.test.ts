/**
 * Facts the notice states because check now asks for them: the Art. 22(2) ground of each
 * automated decision and the channels of direct marketing. Expected words come from the
 * catalogs (automated-decision-grounds, marketing-channels), never from the templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENT_OPTIONS } from '../source/core/formats.js';
import { LANGUAGE_TABLE, LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { type OutputFile, renderModelOutputs, renderOutputs } from '../source/core/render/outputs.js';
import { exampleFiles, REPO } from './support/cli.js';
import { DE_GDPR_WORDS, OTHER_NAMES, TERMS } from './support/glossary-terms.js';
import { catalogs, loadAnswers } from './support/replay.js';

const catalog = (name: string) => parse(readFileSync(join(REPO, 'questions/catalogs', `${name}.yaml`), 'utf8'));
const notice = (file: string, lang: string) => {
  const { answers } = loadAnswers(join(REPO, file));
  return renderOutputs(answers, catalogs, [lang as (typeof LANGUAGES)[number]]).find((f) => f.name === `privacy-notice.${lang}.md`)!
    .content;
};

/** A situation's part of a notice: from its heading to the next one. */
function section(text: string, title: string): string {
  const start = text.indexOf(`### ${title}`);
  expect(start).toBeGreaterThan(-1);
  const end = text.indexOf('\n### ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/**
 * Every document of an answers file in one language, as Markdown and CSV (the HTML is made from
 * the Markdown), rendered once however many tests read it.
 */
const rendered = new Map<string, OutputFile[]>();
function everyDocument(file: string, lang: Language): OutputFile[] {
  const key = `${file}:${lang}`;
  if (!rendered.has(key))
    rendered.set(key, renderModelOutputs(resolveAnswers(loadAnswers(file).answers, catalogs), [lang], ['md', 'csv'], DOCUMENT_OPTIONS));
  return rendered.get(key)!;
}

describe('the notice', () => {
  it.each(LANGUAGES)('%s: frames what the business processes for clients as their processor, outside the notice', (lang) => {
    const { answers } = loadAnswers(join(REPO, 'test/fixtures/everything.yaml'));
    const own = answers.controller.actsAsProcessor![lang]!;
    const paragraph = notice('test/fixtures/everything.yaml', lang)
      .split('\n\n')
      .find((p) => p.includes(own));
    expect(paragraph).toBeDefined();
    // The user's words stand between what the role is and whom a visitor of a client's site asks.
    for (const term of [TERMS[lang].processor, TERMS[lang].controller]) expect(paragraph!.toLowerCase()).toContain(term.toLowerCase());
    expect(paragraph!.indexOf(TERMS[lang].processor)).toBeLessThan(paragraph!.indexOf(own));
    expect(paragraph).toMatch(/\b28\b/);
  });

  it.each(LANGUAGES)('%s: ends the client-processing sentence with a full stop where the user wrote none', (lang) => {
    const { answers } = loadAnswers(join(REPO, 'test/fixtures/everything.yaml'));
    const own = answers.controller.actsAsProcessor![lang]!.replace(/\.$/, '');
    answers.controller.actsAsProcessor = { ...answers.controller.actsAsProcessor!, [lang]: own };
    const text = renderOutputs(answers, catalogs, [lang]).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
    expect(text).toContain(`${own}. `);
  });

  it.each(LANGUAGES)('%s: states the Art. 22(2) ground of an automated decision', (lang) => {
    const ground = catalog('automated-decision-grounds').contract.notice[lang];
    expect(ground).toMatch(/22/);
    expect(notice('test/fixtures/everything.yaml', lang)).toContain(ground);
  });

  it.each(LANGUAGES)('%s: says how the web agency reaches prospects and customers with direct marketing', (lang) => {
    const text = notice('examples/web-agency.yaml', lang);
    const channels = catalog('marketing-channels');
    for (const id of ['email', 'phone', 'post']) expect(text).toContain(channels[id].label[lang]);
  });

  // The Dutch legal translator's review: "(art. 6, lid 1, f), AVG)" is hard to read, as the
  // bracket of the point closes before the citation's own. Dutch cites "art. 6, lid 1, punt f, AVG".
  it('nl: cites a point of an article without a bracket of its own, in every document', () => {
    for (const file of [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml')]) {
      for (const output of everyDocument(file, 'nl')) {
        expect(output.content, `${file}: ${output.name}`).not.toMatch(/\b(lid|leden) \d+[^()]*, (onder )?[a-h]\)/);
        if (/art\. [69], lid \d/.test(output.content)) expect(output.content).toMatch(/art\. [69], lid \d, punt [a-j], AVG/);
      }
    }
  });

  // The reviews: three Dutch names for a support request, two German ones for an account.
  it.each(LANGUAGES.filter((lang) => OTHER_NAMES[lang].length > 0))(
    '%s: names a thing one way in every document (docs/terms.md)',
    (lang) => {
      const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml')];
      const found: string[] = [];
      for (const file of files) {
        const { answers } = loadAnswers(file);
        if (!answers.languages.includes(lang)) continue;
        for (const output of everyDocument(file, lang))
          for (const name of OTHER_NAMES[lang])
            if (output.content.toLowerCase().includes(name.toLowerCase())) found.push(`${file}: ${output.name}: ${name}`);
      }
      expect(found).toEqual([]);
    },
  );

  // The German review: Art. 12(3) answers a request ("Antrag", not "Anfrage", which the notice
  // uses for enquiries), and Art. 22 is about decisions "im Einzelfall".
  it('de: says Antrag for a request under Art. 12 and heads Art. 22 with the DSGVO’s words', () => {
    const text = notice('examples/web-agency.yaml', 'de');
    expect(text).toContain(DE_GDPR_WORDS.request);
    expect(text).toContain(`## ${DE_GDPR_WORDS.decisionHeading}`);
    expect(text).not.toMatch(/Eingang Ihrer Anfrage|Anzahl der Anfragen/);
  });

  // The French and German reviews: "dans les situations suivantes : « Rendez-vous »", a plural
  // announcing a list of one.
  const OPENING = {
    en: 'Some of the people',
    nl: 'In de volgende situatie',
    fr: 'Certaines des personnes',
    de: 'Einige der Personen',
  } as const;
  const PLURAL = {
    en: 'these situations',
    nl: 'de volgende situaties',
    fr: 'les situations suivantes',
    de: 'in diesen Bereichen',
  } as const;
  it.each(LANGUAGES)('%s: names one situation with minors in the singular, several in the plural', (lang) => {
    const one = notice('examples/hairdresser.yaml', lang);
    const several = notice('examples/sports-club.yaml', lang);
    const minorsSentence = (text: string) => text.split('\n').find((line) => line.startsWith(OPENING[lang]))!;
    expect(minorsSentence(one)).toBeDefined();
    expect(minorsSentence(one)).not.toContain(PLURAL[lang]);
    expect(minorsSentence(several)).toContain(PLURAL[lang]);
  });

  // The French and German reviews: "a special category of personal data (treatment record)",
  // but a treatment record is no Art. 9(1) category; the health data on it are.
  it.each(LANGUAGES)('%s: names a special category as Art. 9(1) does, and the category that holds it', (lang) => {
    const categories = catalogs['data-categories'];
    const record = categories['treatment-record']!;
    const text = notice('examples/hairdresser.yaml', lang);
    expect(record.holdsSpecial).toBeDefined();
    expect(text).toContain(`${record.holdsSpecial![lang]} (${record.label[lang]})`);
    expect(text).toMatch(/\b9\b/);
    // A category that is itself one of Art. 9(1)'s is named by its own label, with nothing in brackets.
    const { answers } = loadAnswers(join(REPO, 'examples/hairdresser.yaml'));
    const activity = answers.activities.find((a) => a.specialCategories?.some((sc) => sc.category === 'treatment-record'))!;
    activity.dataCategories = [...activity.dataCategories.filter((id) => id !== 'treatment-record'), 'health-data'];
    activity.specialCategories = activity.specialCategories!.map((sc) => ({ ...sc, category: 'health-data' }));
    const own = renderOutputs(answers, catalogs, [lang]).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
    expect(categories['health-data']!.holdsSpecial).toBeUndefined();
    const label = categories['health-data']!.label[lang];
    const sentence = own.split('\n').find((line) => line.includes(`${label}, `) && /\b9\b/.test(line));
    expect(sentence).toBeDefined();
    expect(sentence).not.toContain(`${label} (`);
  });
});

// A lawyer's reading of the orders situation: "10 years", "10 years" and "1 year" for the same
// data, with no word of how they go together, contradict each other.
describe('several periods for the same data', () => {
  const minimal = join(REPO, 'test/fixtures/minimal.yaml');
  const documents = (overlap: boolean, lang: Language) => {
    const { answers } = loadAnswers(minimal);
    // accounting-10y keeps the invoice's data; the customer file all of them, or only the contact details.
    answers.activities[0]!.retention = [
      { preset: 'accounting-10y' },
      overlap ? { preset: 'customer-file' } : { preset: 'customer-file', data: ['contact-details'] },
    ];
    const files = renderOutputs(answers, catalogs, [lang]);
    const text = (name: string) => files.find((f) => f.name === `${name}.${lang}.md`)!.content;
    return { notice: text('privacy-notice'), table: text('retention-table') };
  };
  /** The heading of the section whose table has a column named for the retention period (glossary). */
  const retentionHeading = (notice: string, lang: Language) => {
    const sections = notice.split(/^## /m);
    const section = sections.find((s) =>
      s.split('\n').some((line) => line.startsWith('|') && line.toLowerCase().includes(TERMS[lang].retentionPeriod.toLowerCase())),
    );
    return section!.split('\n')[0]!;
  };
  /** The paragraph right after the situation's list of periods. */
  const afterPeriods = (notice: string) => {
    const blocks = notice.split('\n\n');
    const list = blocks.findIndex(
      (block) => block.startsWith('- ') && block.split('\n').every((line) => /^- .+: \S/.test(line)) && /\d/.test(block),
    );
    return blocks[list + 1]!;
  };

  it.each(LANGUAGES)('%s: says each has its reason, in the retention section, and the last to end decides', (lang) => {
    const { notice, table } = documents(true, lang);
    const [open, close] = LANGUAGE_TABLE[lang].quotes;
    expect(afterPeriods(notice)).toContain(`${open}${retentionHeading(notice, lang)}${close}`);
    const labels = parse(readFileSync(join(REPO, 'templates', lang, 'labels.yaml'), 'utf8'));
    expect(table.trimEnd().endsWith(labels.retention.overlap)).toBe(true);
  });

  it.each(LANGUAGES)('%s: says nothing of it where each period keeps other data', (lang) => {
    const { notice, table } = documents(false, lang);
    const [open] = LANGUAGE_TABLE[lang].quotes;
    expect(afterPeriods(notice)).not.toContain(`${open}${retentionHeading(notice, lang)}`);
    const labels = parse(readFileSync(join(REPO, 'templates', lang, 'labels.yaml'), 'utf8'));
    expect(table).not.toContain(labels.retention.overlap);
  });
});

describe('credit checks (the wholesaler)', () => {
  const requirement = catalog('provision-requirements')['credit-needed'].label;
  const creditData = catalog('data-categories').creditworthiness.label;
  const reason = catalog('retention-reasons')['credit-risk'].label;
  const situation = (lang: Language) => {
    const title = catalog('activity-presets')['credit-checks'].label[lang];
    const text = notice('examples/wholesaler.yaml', lang);
    const row = text.split('\n').find((line) => line.startsWith(`| ${title} |`) && line.includes(reason[lang]));
    return { text: section(text, title), row };
  };

  it.each(LANGUAGES)('%s: says what refusing the check costs, names the agency’s data and why they are kept', (lang) => {
    const { text, row } = situation(lang);
    // Art. 13(2)(e): without the data there is no delivery on credit, so "voluntary" would mislead.
    expect(text).toContain(requirement[lang]);
    // Art. 14(1)(d): the data the agency supplies are named as its own category.
    expect(text.toLowerCase()).toContain(creditData[lang].toLowerCase());
    // The retention section gives those data their own period and its reason.
    expect(row?.toLowerCase()).toContain(creditData[lang].toLowerCase());
  });
});

describe('the physiotherapist', () => {
  const presets = catalog('activity-presets');
  const purposes = catalog('purposes');
  const bases = catalog('legal-bases');
  const data = catalog('data-categories');
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  it.each(LANGUAGES)('%s: keeps the patient file on a legal obligation, beside the care on the contract', (lang) => {
    const text = section(notice('examples/physiotherapist.yaml', lang), presets['patient-care'].label[lang]);
    const row = text.split('\n').find((line) => line.startsWith(`| ${capital(purposes['patient-file-keeping'].label[lang])} |`));
    expect(row).toContain(bases['legal-obligation'].article[lang]);
    const care = text.split('\n').find((line) => line.startsWith(`| ${capital(purposes['patient-care'].label[lang])} |`));
    expect(care).toContain(bases.contract.article[lang]);
  });

  it.each(LANGUAGES)('%s: keeps the fees as income records, with no invoice data a patient does not have', (lang) => {
    const text = section(notice('examples/physiotherapist.yaml', lang), presets.reimbursement.label[lang]);
    expect(text.toLowerCase()).toContain(data['fee-records'].label[lang].toLowerCase());
    expect(text.toLowerCase()).not.toContain(data['billing-details'].label[lang].toLowerCase());
    const reasons = catalog('retention-reasons');
    const table = notice('examples/physiotherapist.yaml', lang);
    expect(table).toContain(reasons['be-income-tax-records'].label[lang]);
    expect(table).not.toContain(reasons['be-tax-records'].label[lang]);
  });
});

describe('the training centre', () => {
  const presets = catalog('activity-presets');
  const bases = catalog('legal-bases');

  it.each(LANGUAGES)('%s: an employee enrolled by the employer: legitimate interests, the employer as source and recipient', (lang) => {
    const text = notice('examples/training-centre.yaml', lang);
    const employer = section(text, presets['employer-training'].label[lang]);
    // EDPB Guidelines 2/2019: the employee is not a party to the training contract.
    expect(employer).toContain(bases['legitimate-interests'].article[lang]);
    expect(employer).not.toContain(bases.contract.article[lang]);
    expect(employer).toContain(catalog('data-sources')['employer-client'].label[lang]);
    const recipient = catalog('recipient-categories')['enrolling-employer'].label[lang] as string;
    expect(text).toContain(`| ${recipient.charAt(0).toUpperCase()}${recipient.slice(1)} |`);
  });

  it.each(LANGUAGES)(
    '%s: the employer gives who you are; attendance and results are recorded here, with what happens without them',
    (lang) => {
      const employer = section(notice('examples/training-centre.yaml', lang), presets['employer-training'].label[lang]);
      const categories = catalog('data-categories');
      const fromEmployer = employer.split('\n\n').find((p) => p.includes(catalog('data-sources')['employer-client'].label[lang]))!;
      expect(fromEmployer).toBeDefined();
      const label = (id: string) => categories[id].label[lang].toLowerCase();
      for (const id of ['identity', 'contact-details', 'company-details']) expect(fromEmployer.toLowerCase()).toContain(label(id));
      expect(fromEmployer.toLowerCase()).not.toContain(label('training-records'));
      // Art. 13(2)(e) for the data that arise as the trainee takes part.
      expect(employer).toContain(catalog('provision-requirements')['training-attendance'].label[lang]);
    },
  );

  it.each(LANGUAGES)('%s: a customer’s contact person has asked nothing: no "we cannot answer your question"', (lang) => {
    const contacts = section(notice('examples/training-centre.yaml', lang), presets['customer-contacts'].label[lang]);
    expect(contacts).not.toContain(catalog('provision-requirements')['voluntary-no-answer'].label[lang]);
  });
});

describe('anti-money-laundering identification', () => {
  const presets = catalog('activity-presets');
  const sources = catalog('data-sources');
  const subjects = catalog('data-subjects');

  it.each(LANGUAGES)('%s: the client’s representatives and beneficial owners, with the client and the UBO register as sources', (lang) => {
    const related = section(notice('examples/accountant.yaml', lang), presets['aml-related-persons'].label[lang]);
    expect(related.toLowerCase()).toContain(subjects['client-representatives'].label[lang].toLowerCase());
    for (const source of ['represented-client', 'ubo-register']) expect(related).toContain(sources[source].label[lang]);
    expect(related).toContain(catalog('provision-requirements')['statutory-identification-related'].label[lang]);
  });

  it.each(LANGUAGES)('%s: an estate agent’s parties’ representatives, identified before the deal', (lang) => {
    const { answers } = loadAnswers(join(REPO, 'examples/real-estate.yaml'));
    const own = answers.activities.find((a) => a.id === 'related-persons')!;
    const related = section(notice('examples/real-estate.yaml', lang), (own.name as Record<string, string>)[lang]!);
    expect(related).toContain(sources['ubo-register'].label[lang]);
    expect(related).toContain(catalog('provision-requirements')['statutory-identification-transaction'].label[lang]);
  });

  it.each(LANGUAGES)('%s: an estate agent identifies the buyer or tenant too, before the deal is concluded through it', (lang) => {
    const identification = section(notice('examples/real-estate.yaml', lang), presets['aml-identification'].label[lang]);
    expect(identification.toLowerCase()).toContain(subjects['parties-to-deals'].label[lang].toLowerCase());
    expect(identification).toContain(catalog('provision-requirements')['statutory-identification-transaction'].label[lang]);
  });
});

// The Dutch review: after a colon Dutch takes a small letter; the lists of legal bases, Art. 9
// conditions and rights did, the cookie categories did not.
describe('Dutch: no capital after a colon in a list item', () => {
  it.each(exampleFiles())('%s', (file) => {
    const notice = everyDocument(file, 'nl').find((f) => f.name === 'privacy-notice.nl.md')!.content;
    const items = notice.split('\n').filter((line) => /^- \*\*[^*]+\*\*(?: \([^)]*\))?: /.test(line));
    expect(items.filter((line) => /^- \*\*[^*]+\*\*(?: \([^)]*\))?: \p{Lu}/u.test(line))).toEqual([]);
  });
});

// The French review: a buyer or a client's representative has no business relationship with us;
// art. 60 of the Law of 18 September 2017 counts from the relationship or the one-off transaction.
describe('the anti-money-laundering period', () => {
  it.each(LANGUAGES)('%s: runs from the relationship or the occasional transaction, for everyone identified', (lang) => {
    const event = catalog('retention-events')['aml-relationship-or-transaction'].after[lang] as string;
    const text = notice('examples/real-estate.yaml', lang);
    const { answers } = loadAnswers(join(REPO, 'examples/real-estate.yaml'));
    const own = answers.activities.find((a) => a.id === 'related-persons')!;
    for (const title of [catalog('activity-presets')['aml-identification'].label[lang], (own.name as Record<string, string>)[lang]!])
      expect(section(text, title)).toContain(event);
  });
});

/** The rows of the IT-support example's retention table that name a data category (at least one). */
function itSupportRetentionRows(category: string, lang: Language): string[] {
  const table = everyDocument(join(REPO, 'examples/it-support.yaml'), lang).find((f) => f.name === `retention-table.${lang}.md`)!.content;
  const label = catalog('data-categories')[category].label[lang].toLowerCase();
  const rows = table.split('\n').filter((line) => line.toLowerCase().includes(label));
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

// The legal review: administrator passwords were kept "12 months after the session, to investigate
// security incidents"; they serve the contract and go when it ends.
describe('remote support', () => {
  it.each(LANGUAGES)('%s: keeps access data for the contract and only the session’s traces for 12 months', (lang) => {
    const reasons = catalog('retention-reasons');
    for (const row of itSupportRetentionRows('system-credentials', lang)) {
      expect(row).toContain(reasons['systems-management'].label[lang]);
      expect(row).not.toContain(reasons['security-investigation'].label[lang]);
    }
  });
});

// A newcomer's trial: the content of support requests was kept 3 years with the request and
// 12 months after a remote session "to investigate security incidents", a reason that does not fit it.
describe('what a support request was about', () => {
  it.each(LANGUAGES)('%s: is kept for one period, with the request, in every situation that holds it', (lang) => {
    const reasons = catalog('retention-reasons');
    const after = catalog('retention-events')['ticket-resolved'].after[lang];
    const rows = itSupportRetentionRows('support-content', lang);
    expect(rows.length).toBeGreaterThanOrEqual(2); // the support requests and the remote sessions
    for (const row of rows) {
      expect(row).toContain(after);
      expect(row).toContain(reasons['service-continuity'].label[lang]);
      expect(row).not.toContain(reasons['security-investigation'].label[lang]);
    }
  });

  it('is what the remote-support preset keeps with the request, the 12 months being for the connection logs', () => {
    const presets = catalog('retention-presets');
    expect(presets['remote-support-12m'].keeps).toEqual(['technical-logs']);
    expect(presets['remote-support-notes-3y'].keeps).toEqual(['support-content']);
    expect(presets['remote-support-notes-3y'].from).toBe(presets['tickets-3y'].from);
    expect(presets['remote-support-notes-3y'].period).toEqual(presets['tickets-3y'].period);
    const suggested = catalog('activity-presets')['remote-support'].retention.map((rule: { preset: string }) => rule.preset);
    expect(suggested).toContain('remote-support-notes-3y');
  });
});

// The same trial: "We do not obtain these data from you but from the organisation you work for"
// covered what contact persons write to us themselves.
describe('contact persons at our customers', () => {
  it.each(LANGUAGES)('%s: only who they are comes from their employer, not what they write', (lang) => {
    const preset = catalog('activity-presets')['customer-contacts'];
    expect(preset.source).toEqual([{ from: 'your-employer', data: ['identity', 'contact-details', 'company-details'] }]);
    const notice = everyDocument(join(REPO, 'examples/it-support.yaml'), lang).find((f) => f.name === `privacy-notice.${lang}.md`)!.content;
    const section = notice.slice(notice.indexOf(`### ${preset.label[lang]}`));
    const body = section.slice(0, section.indexOf('\n### ', 4));
    const employer = catalog('data-sources')['your-employer'].label[lang];
    const line = body.split('\n').find((l) => l.includes(employer))!;
    expect(line).toBeDefined();
    expect(line).not.toContain(catalog('data-categories')['message-content'].label[lang].toLowerCase());
    expect(line.toLowerCase()).toContain(catalog('data-categories').identity.label[lang].toLowerCase());
    expect(body).toContain(catalog('provision-requirements')['voluntary-no-answer'].label[lang]);
  });
});

describe('remote support that is not recorded', () => {
  it.each(LANGUAGES)('%s: keeps the screen only while the session lasts, not for the logs’ 12 months', (lang) => {
    const reasons = catalog('retention-reasons');
    const until = catalog('retention-events')['support-session'].until[lang].toLowerCase();
    for (const row of itSupportRetentionRows('remote-session-content', lang)) {
      expect(row).toContain(reasons['live-session'].label[lang]);
      expect(row).not.toContain(reasons['security-investigation'].label[lang]);
      expect(row.toLowerCase()).toContain(until);
    }
  });

  it('suggests that for the screen, and the 12 months only for what a session leaves behind', () => {
    const presets = catalog('retention-presets');
    expect(presets['remote-support-12m'].keeps).not.toContain('remote-session-content');
    expect(presets['session-screen-live'].keeps).toEqual(['remote-session-content']);
    expect(presets['session-screen-live'].period).toBeUndefined();
    const suggested = catalog('activity-presets')['remote-support'].retention.map((rule: { preset: string }) => rule.preset);
    expect(suggested).toContain('session-screen-live');
  });
});

// A newcomer's trial: the heading "Coaches and volunteers who supervise our youth" was followed by
// "This concerns volunteers": the coaches a club asks for a criminal-record extract were not named.
describe('the coaches who supervise a club’s youth', () => {
  it.each(LANGUAGES)('%s: are among the people the section says it concerns', (lang) => {
    const preset = catalog('activity-presets')['youth-supervisors'];
    expect(preset.dataSubjects).toEqual(['trainers', 'volunteers']);
    const notice = everyDocument(join(REPO, 'examples/sports-club.yaml'), lang).find(
      (f) => f.name === `privacy-notice.${lang}.md`,
    )!.content;
    const section = notice.slice(notice.indexOf(`### ${preset.label[lang]}`));
    const concerns = section.split('\n').slice(1, 6).join('\n');
    for (const subject of preset.dataSubjects) expect(concerns).toContain(catalog('data-subjects')[subject].label[lang]);
  });
});
