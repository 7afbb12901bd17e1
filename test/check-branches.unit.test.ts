/**
 * Rule branches that the one-fixture-per-rule table does not reach: authorities by id and by
 * ambiguous name, legal retention minimums by purpose, consent that is not voluntary, tracking
 * declared through a processor, and the cases that must stay silent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from './support/check.js';
import { REPO } from './support/cli.js';

const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');
const base = `${minimal}recipients:\n  - { service: billit, role: processor, countries: [BE] }\n`;
const belgian =
  'address:\n    street: Stationsstraat 4\n    postalCode: "2800"\n    city: Mechelen\n    country: BE\n  enterpriseNumber: "0879.451.290"\n';
const elsewhere = (country: string, city: string, postalCode = '1000') =>
  base.replace(
    belgian,
    `address:\n    street: Main Street 1\n    postalCode: "${postalCode}"\n    city: ${city}\n    country: ${country}\n`,
  );
const rulesOf = (text: string) => checkText(text).map((f) => `${f.rule} ${f.pathText}`);

describe('check, beyond one fixture per rule', () => {
  it('starts from a clean file', () => {
    expect(base).toContain(belgian);
    expect(rulesOf(base)).toEqual([]);
  });

  it('flags an EEA authority of another country, named by catalog id', () => {
    const findings = checkText(`${base}supervisoryAuthority: nl\n`);
    expect(findings.map((f) => f.rule)).toEqual(['authority-jurisdiction']);
    expect(findings[0]!.message).toMatch(/supervises controllers established in Netherlands, not in Belgium/);
    expect(findings[0]!.fix).toBe('write supervisoryAuthority: be (or leave the field out)');
  });

  it('accepts an ambiguous name when one of its authorities is the controller’s', () => {
    const datatilsynet = 'supervisoryAuthority: { name: Datatilsynet, website: https://example.org }\n';
    expect(rulesOf(`${elsewhere('NO', 'Oslo')}${datatilsynet}`)).toEqual([]);
    expect(rulesOf(`${base}${datatilsynet}`)).toEqual(['authority-jurisdiction supervisoryAuthority.name']);
  });

  it('rejects the UK ICO for a controller outside the EEA too, and never picks it by default', () => {
    const swiss = `${elsewhere('CH', 'Zürich')}representative: { name: EU-Rep BV, address: "Louizalaan 1, 1050 Brussel", email: rep@eu-rep.be }\n`;
    expect(rulesOf(`${swiss}supervisoryAuthority: gb\n`)).toContain('authority-jurisdiction supervisoryAuthority');
    expect(rulesOf(`${swiss}supervisoryAuthority: be\n`)).toEqual([]);
    const british = `${elsewhere('GB', 'London')}representative: { name: EU-Rep BV, address: "Louizalaan 1, 1050 Brussel", email: rep@eu-rep.be }\n`;
    expect(rulesOf(british)).toContain('authority-known supervisoryAuthority');
  });

  it('needs no EU representative for a controller in Norway (EEA)', () => {
    expect(rulesOf(elsewhere('NO', 'Oslo'))).toEqual([]);
  });

  it('finds a former name in prose, in Dutch', () => {
    const text = base.replace(
      '    preset: orders-invoicing\n',
      '    preset: orders-invoicing\n    description: { en: Orders., nl: Bestellingen. Klachten kunt u richten aan de Privacycommissie. }\n',
    );
    expect(rulesOf(text)).toEqual(['authority-former-name activities[0].description']);
  });

  it('flags invoicing data under a legal obligation kept shorter than Belgian tax law requires, only in Belgium', () => {
    const short = base.replace('      - preset: accounting-10y\n', '      - preset: customer-file\n');
    const findings = checkText(short);
    expect(findings.map((f) => `${f.rule} ${f.pathText}`)).toEqual(['retention-legal-minimum activities[0].retention']);
    expect(findings[0]!.message).toMatch(/no retention period reaches the 10 years that be-tax-records requires/);
    expect(findings[0]!.fix).toBe('add a retention rule with preset: accounting-10y');
    const dutch = elsewhere('NL', 'Utrecht', '3511 AB').replace('      - preset: accounting-10y\n', '      - preset: customer-file\n');
    expect(rulesOf(dutch)).toEqual([]);
  });

  it('flags consent that is made a legal or contractual requirement', () => {
    const text = base.replace(
      '      - purpose: process-orders\n        basis: contract\n      - purpose: invoicing-accounting\n        basis: legal-obligation\n    requirement: contract-needed\n',
      '      - purpose: send-newsletter\n        basis: consent\n    requirement: statutory-invoicing\n',
    );
    expect(text).toContain('statutory-invoicing');
    expect(rulesOf(text)).toContain('consent-withdrawal activities[0].requirement');
  });

  it('sees tracking declared through a processor, and a "no cookies" claim in German', () => {
    const text = `${base.replace('languages: [en, nl]', 'languages: [en, de]')}  - service: google-analytics
    role: processor
    countries: [IE, US]
    safeguard: dpf
    purpose: { en: visitor statistics, de: Besucherstatistiken ohne Cookies }
`;
    // Naming no activities, Google Analytics serves the orders too, which rest on a contract; and
    // its analytics cookies are in no cookies.categories (the file has no cookies block).
    expect(rulesOf(text).sort()).toEqual([
      'cookie-category-missing recipients[1].service',
      'tracking-claims recipients[1].purpose',
      'tracking-consent recipients[1].service',
    ]);
  });

  it('accepts the UK adequacy decision while it is in force', () => {
    const text = `${base}  - { name: UK Print Ltd, role: processor, purpose: { en: printing, nl: drukwerk }, countries: [GB], safeguard: adequacy }\n`;
    expect(rulesOf(text)).toEqual([]);
  });

  it("holds cookie identifiers to the service's cookie lifetime, unless the rule says why in a reason of its own", () => {
    const analytics = readFileSync(join(REPO, 'test/fixtures/check/retention-cookie-lifetime.yaml'), 'utf8');
    expect(rulesOf(analytics)).toEqual(['retention-cookie-lifetime activities[1].retention[0].preset']);
    const twoYears = analytics.replace('      - preset: analytics-13m\n', '      - { preset: analytics-13m, period: { years: 2 } }\n');
    expect(rulesOf(twoYears)).toEqual([]);
    const shortened = analytics.replace(
      '      - preset: analytics-13m\n',
      '      - preset: analytics-13m\n        reason: { en: We set the _ga cookie to expire after 13 months., nl: Wij lieten de _ga-cookie na 13 maanden verlopen. }\n',
    );
    expect(rulesOf(shortened)).toEqual([]);
  });
});
