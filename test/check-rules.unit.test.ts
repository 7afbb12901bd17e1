/**
 * Each check rule: a fixture that triggers it (and nothing else), with the rule id, the answers
 * path and the line and column it reports; every example checks clean; the classic mistakes of
 * notices in the wild are each caught.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../source/core/check/check.js';
import { checkFile, checkText, positionOf, siteScan } from './support/check.js';
import { EXAMPLE_WARNINGS, exampleFiles, REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const fixture = (name: string) => join(REPO, 'test/fixtures/check', `${name}.yaml`);

const site = (name: string) => join(REPO, 'test/fixtures/sites/check', name);

/** rule id, the path it reports, and the spot in the fixture (`|` marks it); for the site rules, the site (check --site). */
const cases: [rule: string, path: string, at: string, site?: string][] = [
  ['enterprise-number', 'controller.enterpriseNumber', 'enterpriseNumber: |"0879.451.291"'],
  ['postal-code', 'controller.address.postalCode', 'postalCode: |"28OO"'],
  ['eu-representative', 'representative', '|version: 1'],
  ['dpo-likely-required', 'activities[1].purposes[0].purpose', '{ purpose: |camera-surveillance'],
  ['digital-consent-age', 'children.digitalConsentAge', 'children: |{ directedAtChildren'],
  ['authority-known', 'supervisoryAuthority', '|version: 1'],
  ['authority-jurisdiction', 'supervisoryAuthority.name', 'name: |Information Commissioner'],
  ['authority-former-name', 'supervisoryAuthority.name', 'name: |Commissie voor'],
  ['activity-id-unique', 'activities[1].id', 'id: |orders\n    preset: contact-form'],
  ['activity-name', 'activities[1].name', '- |id: printing'],
  ['legitimate-interest-named', 'activities[0].purposes[2].legitimateInterest', '|{ purpose: { en: checking'],
  ['special-category-valid', 'activities[0].specialCategories[0].category', 'category: |identity'],
  ['special-category-condition', 'activities[0].dataCategories[3]', '|health-data'],
  [
    'employment-explicit-consent',
    'activities[0].specialCategories[0].condition',
    '{ category: health-data, condition: |explicit-consent }',
  ],
  ['criminal-records-authorised', 'activities[0].criminalRecords', '- |id: coaches'],
  ['minors-stated', 'activities[0].minors', '- |id: membership'],
  ['requirement-stated', 'activities[0].requirement', '- |id: orders'],
  ['requirement-consequence', 'activities[0].requirement', 'requirement: |voluntary'],
  ['consent-withdrawal', 'activities[1].requirement', '- |id: newsletter'],
  ['tracking-consent', 'activities[1].purposes[0].basis', 'basis: |legitimate-interests }'],
  ['marketing-channel', 'activities[1].purposes[0].channels', '|{ purpose: prospecting'],
  ['email-marketing-consent', 'activities[1].purposes[0].channels[1]', 'channels: [post, |email]'],
  ['cookie-category-missing', 'recipients[1].service', '{ service: |matomo-cloud'],
  ['cookie-category-empty', 'cookies.categories[0]', 'categories: [|strictly-necessary]'],
  ['cookie-policy-address', 'cookies', 'cookies:\n  |categories'],
  ['cookies-unknown', 'recipients[2].placesCookies', 'placesCookies: |true'],
  ['source-required', 'activities[1].dataCategories[2]', 'company-details, |public-profile-data]'],
  ['source-stated', 'activities[1].source', '- |id: prospects'],
  ['automated-decision-detail', 'automatedDecisions[0].logic', 'logic: |{'],
  ['automated-decision-ground', 'automatedDecisions[0].ground', '- |description: { en: We decide'],
  ['retention-cookie-lifetime', 'activities[1].retention[0].preset', '- preset: |analytics-13m'],
  ['retention-event', 'activities[0].retention[0].from', '- |{ period: { years: 10 }, reason'],
  ['retention-reason', 'activities[0].retention[0].reason', '- |{ period: { years: 10 }, from'],
  ['retention-vague', 'activities[0].retention[0].reason', 'reason: |{ en: As long'],
  ['retention-legal-minimum', 'activities[0].retention[0].period', 'period: |{ years: 7 }'],
  ['retention-follow-up', 'activities[0].retention[1].followUp', 'followUp: |contract-follows'],
  ['retention-data', 'activities[0].retention', 'retention:\n      |- preset: accounting-10y'],
  ['short-notice-length', 'activities[0].purposes', '|- purpose:\n          en: registering'],
  ['recipients-listed', 'recipients', '|version: 1'],
  ['recipient-identified', 'recipients[1].name', '- |{ role: processor'],
  ['recipient-activities', 'recipients[0].activities[0]', '[|order]'],
  ['recipient-role', 'recipients[1].role', '{ service: mollie, role: |processor'],
  ['joint-arrangement', 'recipients[1].arrangement', '- |{ name: Printers Federation'],
  ['joint-arrangement-activity', 'recipients[1].arrangement', 'arrangement: |meta-page-insights'],
  ['joint-controller-named', 'activities[1].preset', 'preset: |social-media-pages'],
  ['processor-countries', 'recipients[1].countries', 'countries: |[IE]'],
  ['site-service-missing', 'recipients', 'recipients:\n  |- service: hetzner', site('fonts')],
  ['site-tracking-consent', 'activities', 'activities:\n  |- id: orders', site('pixel')],
  ['site-service-unused', 'recipients[2].service', 'service: |vimeo', site('fonts')],
  ['transfer-safeguard', 'recipients[1].safeguard', '- |{ name: US Print Cloud'],
  ['transfer-safeguard-invalid', 'recipients[1].safeguard', 'safeguard: |privacy-shield'],
  ['privacy-shield-mentioned', 'recipients[1].purpose', 'purpose: |{ en: printing; certified'],
  ['adequacy-decision', 'recipients[1].safeguard', 'countries: [SG], safeguard: |adequacy'],
  ['adequacy-expired', 'recipients[1].safeguard', 'countries: [GB], safeguard: |adequacy'],
  ['dpf-us-only', 'recipients[1].safeguard', 'safeguard: |dpf'],
  ['translation-missing', 'activities[0].purposes[2].purpose', 'purpose: |{ en: printing proofs'],
  ['tracking-claims', 'activities[1].description', 'description:\n      |en: We keep anonymous'],
];

describe('each check rule', () => {
  it.each(cases)('%s: reports %s at its line and column, and nothing else', (rule, path, at, dir) => {
    const file = fixture(rule);
    const { line, col } = positionOf(readFileSync(file, 'utf8'), at);
    const findings = checkFile(file, undefined, dir ? siteScan(dir) : undefined);
    expect(findings.map((f) => [f.rule, f.pathText, f.line, f.col])).toEqual([[rule, path, line, col]]);
    const [finding] = findings;
    expect(finding!.severity).toBe(RULES.find((r) => r.id === rule)!.severity);
    expect(finding!.message.length).toBeGreaterThan(10);
  });

  // The legal review: tax law keeps what an invoice holds, so accounting-10y keeps only those of
  // a situation's data; in a situation without any of them it keeps nothing.
  it("retention-data: also reports a period that keeps none of its situation's data", () => {
    const file = fixture('retention-data-none');
    const { line, col } = positionOf(readFileSync(file, 'utf8'), '- preset: |accounting-10y');
    const findings = checkFile(file);
    expect(findings.map((f) => [f.rule, f.pathText, f.line, f.col])).toEqual([
      ['retention-data', 'activities[0].retention[0].preset', line, col],
    ]);
    // It names what the preset keeps, from the catalog.
    for (const id of catalogs['retention-presets']['accounting-10y']!.keeps!)
      expect(findings[0]!.message).toContain(catalogs['data-categories'][id]!.label.en);
  });

  // Found by the check ⇔ replay property: the user's own words exist only in the file's languages,
  // and the English finding named an own category of a French-only file by crashing.
  it('retention-data: names a data category of your own in the language you wrote it', () => {
    const text = `version: 1
languages: [fr]
effectiveDate: "2026-03-01"
controller:
  legalName: Cabinet Meuse
  address: { street: Rue de Fer 21, postalCode: "5000", city: Namur, country: BE }
  email: info@example.be
activities:
  - id: care
    dataSubjects: [patients]
    minors: false
    dataCategories: [identity, { fr: "plans de traitement" }]
    purposes: [{ purpose: patient-care, basis: contract }]
    requirement: care-needed
    retention: [{ preset: patient-file-30y }]
`;
    const [finding] = checkText(text).filter((f) => f.rule === 'retention-data');
    expect(finding?.message).toContain('plans de traitement');
  });

  // A notice that names Meta's Page Insights arrangement and describes no visitors of the pages;
  // then one that describes them but leaves the recipient joint controller of every activity.
  it('joint-arrangement-activity: names the situation to add, then the activities to tie it to', () => {
    const text = readFileSync(fixture('joint-arrangement-activity'), 'utf8');
    const [missing] = checkText(text).filter((f) => f.rule === 'joint-arrangement-activity');
    const preset = catalogs['joint-arrangements']['meta-page-insights']!.presets![0]!;
    expect(missing?.fix).toContain(preset);
    expect(missing?.fix).toContain(catalogs['activity-presets'][preset]!.label.en);
    expect(missing?.message).toContain(catalogs['joint-arrangements']['meta-page-insights']!.label.en);

    const p = catalogs['activity-presets'][preset]!;
    const pages = [
      '  - id: pages',
      `    preset: ${preset}`,
      `    dataSubjects: [${p.dataSubjects.join(', ')}]`,
      '    minors: false',
      `    dataCategories: [${p.dataCategories.join(', ')}]`,
      `    purposes: [${p.purposes.map((x) => `{ purpose: ${x.purpose}, basis: ${x.basis} }`).join(', ')}]`,
      `    requirement: ${p.requirement}`,
      `    retention: [${p.retention.map((r) => `{ preset: ${r.preset} }`).join(', ')}]`,
    ];
    const withPages = text.replace('recipients:\n', `${pages.join('\n')}\nrecipients:\n`);
    const all = checkText(withPages).filter((f) => f.rule === 'joint-arrangement-activity');
    expect(all.map((f) => [f.pathText, f.line])).toEqual([['recipients[1]', positionOf(withPages, '- |{ name: Meta').line]]);
    expect(all[0]!.fix).toContain('activities: [pages]');

    const tied = withPages.replace('arrangement: meta-page-insights }', 'arrangement: meta-page-insights, activities: [pages] }');
    expect(checkText(tied).filter((f) => f.rule === 'joint-arrangement-activity')).toEqual([]);
  });

  it('has a fixture for every rule, and ids that are unique and lowercase-with-dashes', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(cases.map(([rule]) => rule).sort()).toEqual([...ids].sort());
  });

  it('are all documented in the README rule table, and only they', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(documented.sort()).toEqual(RULES.map((r) => [r.id, r.severity]).sort());
  });
});

describe.each(exampleFiles().map((file) => [basename(file), file]))('the example %s', (name, file) => {
  it('checks clean: no errors, no warnings', () => {
    const expected = EXAMPLE_WARNINGS[name] ?? [];
    const findings = checkFile(file);
    expect(findings.filter((f) => !(f.severity === 'warning' && expected.includes(f.rule)))).toEqual([]);
  });
});

describe('a notice with the classic mistakes', () => {
  const file = fixture('classic-mistakes');
  const text = readFileSync(file, 'utf8');
  const findings = checkFile(file);

  it.each([
    ['the EU-US Privacy Shield as a safeguard', 'transfer-safeguard-invalid', 'recipients[0].safeguard', 'safeguard: |privacy-shield'],
    [
      'a Belgian business naming the UK ICO',
      'authority-jurisdiction',
      'supervisoryAuthority.name',
      "name: |Information Commissioner's Office (ICO)",
    ],
    ['no retention period or event', 'retention-event', 'activities[0].retention[0].from', '- |reason: { en: as long'],
    ['"as long as necessary"', 'retention-vague', 'activities[0].retention[0].reason', 'reason: |{ en: as long'],
    ['no reason for a retention period', 'retention-reason', 'activities[1].retention[0].reason', '- |{ period: { years: 2 }'],
    ['the authority under its old name', 'authority-former-name', 'activities[0].description', 'description:\n      |en: When you contact'],
  ])('%s: %s error', (_what, rule, path, at) => {
    const { line, col } = positionOf(text, at);
    expect(findings).toContainEqual(expect.objectContaining({ rule, severity: 'error', pathText: path, line, col }));
  });

  it('yields errors only for those mistakes', () => {
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'authority-former-name',
      'authority-jurisdiction',
      'retention-event',
      'retention-reason',
      'retention-vague',
      'transfer-safeguard-invalid',
    ]);
  });
});
