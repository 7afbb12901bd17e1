/**
 * tracking-consent: consent is judged per activity. A tracker or a cookie that needs consent is
 * tied to the activities it serves (a recipient without `activities` serves all), and consent
 * given for another activity in the file does not cover it. The cookie categories and services
 * are the catalogs' (`consentRequired`, `purposes`, `trackingCookies`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFile, checkText, positionOf } from './support/check.js';
import { exampleFiles, REPO } from './support/cli.js';

const catalog = (name: string) => parse(readFileSync(join(REPO, 'questions/catalogs', `${name}.yaml`), 'utf8'));
const fixture = (name: string) => readFileSync(join(REPO, 'test/fixtures/check', `${name}.yaml`), 'utf8');
const rule = (text: string, id = 'tracking-consent') => checkText(text).filter((f) => f.rule === id);

describe('tracking-consent', () => {
  it('the catalog ties analytics cookies, which need consent, to the website-analytics purpose', () => {
    const analytics = catalog('cookie-categories').analytics;
    expect(analytics.consentRequired).toBe(true);
    expect(analytics.purposes).toContain('website-analytics');
    expect(Object.keys(catalog('purposes'))).toContain('website-analytics');
  });

  it("the web agency's statistics on legitimate interests fail, although the newsletter rests on consent", () => {
    const web = readFileSync(join(REPO, 'examples/web-agency.yaml'), 'utf8');
    const switched = web.replace(
      '{ purpose: website-analytics, basis: consent }',
      '{ purpose: website-analytics, basis: legitimate-interests }',
    );
    expect(switched).not.toBe(web);
    const findings = rule(switched);
    const { line, col } = positionOf(switched, '{ purpose: website-analytics, basis: |legitimate-interests }');
    expect(findings.map((f) => [f.severity, f.pathText, f.line, f.col])).toEqual([['error', 'activities[9].purposes[0].basis', line, col]]);
  });

  it('a tracking service tied to an activity without consent is located at that activity id in the recipient', () => {
    const gaService = catalog('processors')['google-analytics'];
    expect(gaService.trackingCookies).toBe(true);
    const text = fixture('tracking-consent')
      .replace('basis: legitimate-interests }', 'basis: consent }\n    requirement: voluntary')
      .replace('    requirement: automatic-collection\n', '')
      .replace(
        'cookies:',
        '  - { service: google-analytics, role: processor, countries: [IE, US], safeguard: dpf, activities: [analytics, newsletter-x] }\ncookies:',
      );
    // Tied to an activity on consent: nothing to say.
    expect(rule(text.replace(', newsletter-x', ''))).toEqual([]);
    const withOrders = text
      .replace(', newsletter-x', ', orders')
      .replace(
        'recipients:',
        '  - id: orders\n    preset: orders-invoicing\n    dataSubjects: [customers]\n    dataCategories: [identity]\n    purposes:\n      - { purpose: process-orders, basis: contract }\n    requirement: contract-needed\n    retention:\n      - preset: accounting-10y\nrecipients:',
      );
    const findings = rule(withOrders);
    const { line, col } = positionOf(withOrders, 'activities: [analytics, |orders] }');
    expect(findings.map((f) => [f.pathText, f.line, f.col])).toEqual([['recipients[2].activities[1]', line, col]]);
    expect(findings[0]!.message).toContain(gaService.name);
  });

  it('a tracking service without activities serves every activity, so each one needs consent', () => {
    const text = fixture('tracking-consent')
      .replace('basis: legitimate-interests }', 'basis: consent }')
      .replace('automatic-collection', 'voluntary')
      .replace('cookies:', '  - { service: google-analytics, role: processor, countries: [IE, US], safeguard: dpf }\ncookies:');
    expect(rule(text)).toEqual([]);
    const withOrders = text.replace(
      'recipients:',
      '  - id: orders\n    preset: orders-invoicing\n    dataSubjects: [customers]\n    dataCategories: [identity]\n    purposes:\n      - { purpose: process-orders, basis: contract }\n    requirement: contract-needed\n    retention:\n      - preset: accounting-10y\nrecipients:',
    );
    expect(rule(withOrders).map((f) => [f.pathText, f.message.includes('orders')])).toEqual([['recipients[2].service', true]]);
  });

  it('cookies that need consent, and consent only for an activity that does not process what they collect, fail', () => {
    const text = `${fixture('consent-withdrawal').replace(
      '    retention:\n      - preset: newsletter-until-unsubscribed',
      '    requirement: voluntary-newsletter\n    retention:\n      - preset: newsletter-until-unsubscribed',
    )}cookies:\n  categories: [strictly-necessary, analytics]\n`;
    const findings = rule(text);
    const { line, col } = positionOf(text, 'categories: |[strictly-necessary, analytics]');
    expect(findings.map((f) => [f.severity, f.pathText, f.line, f.col])).toEqual([['error', 'cookies.categories', line, col]]);
    // Strictly necessary cookies need no consent.
    expect(rule(text.replace('[strictly-necessary, analytics]', '[strictly-necessary]'))).toEqual([]);
  });

  it.each(exampleFiles())('is quiet on the example %s', (file) => {
    expect(checkFile(file).filter((f) => f.rule === 'tracking-consent')).toEqual([]);
  });
});

describe('employment-explicit-consent', () => {
  const text = fixture('employment-explicit-consent');

  it("warns on explicit consent for applicants' health data, and suggests Art. 9(2)(b)", () => {
    const [finding, ...rest] = rule(text, 'employment-explicit-consent');
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('warning');
    const b = catalog('special-conditions')['employment-social-security'];
    expect(b.article.en).toBe('Art. 9(2)(b) GDPR');
    expect(finding!.fix).toContain('employment-social-security');
    expect(finding!.fix).toContain(b.article.en.replace(' GDPR', ''));
  });

  it('is quiet on the Art. 9(2)(b) condition, and on explicit consent of people outside an employment relationship', () => {
    expect(
      rule(text.replace('condition: explicit-consent', 'condition: employment-social-security'), 'employment-explicit-consent'),
    ).toEqual([]);
    expect(catalog('data-subjects').customers.employment).toBeUndefined();
    expect(rule(text.replace('dataSubjects: [job-applicants]', 'dataSubjects: [customers]'), 'employment-explicit-consent')).toEqual([]);
  });
});

describe('recipient-role', () => {
  it.each(['mollie', 'paypal', 'stripe'])('%s: the catalog says controller, so role: processor draws the warning', (service) => {
    expect(catalog('processors')[service].role).toBe('controller');
  });

  it('is quiet once the role is controller', () => {
    const text = fixture('recipient-role');
    expect(rule(text, 'recipient-role')).toHaveLength(1);
    expect(rule(text.replace('{ service: mollie, role: processor', '{ service: mollie, role: controller'), 'recipient-role')).toEqual([]);
  });
});
