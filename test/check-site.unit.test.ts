/**
 * `check --site` and `scan --answers` in process: the site rules' findings point at the site's
 * file and line as well as the answers path, speak every language with the glossary's terms,
 * and the fragment `scan --answers` prints, pasted into the answers, leaves no site error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readAnswers } from '../source/core/answers/parse.js';
import { jsonReport } from '../source/core/check/report.js';
import { resolveSite } from '../source/core/model/site.js';
import { readAndCheck } from '../source/core/pipeline.js';
import { additionsFor, additionsYaml, scanJsonReport, scanTextReport } from '../source/core/scan/report.js';
import { checkText, positionOf, siteScan } from './support/check.js';
import { REPO } from './support/cli.js';
import { TERMS } from './support/glossary-terms.js';
import { catalogs } from './support/replay.js';

const SITES = join(REPO, 'test', 'fixtures', 'sites');
const CHECK = join(REPO, 'test', 'fixtures', 'check');
const answersOf = (name: string) => readFileSync(join(CHECK, `${name}.yaml`), 'utf8');
const SITE_RULES = ['site-service-missing', 'site-tracking-consent', 'site-service-unused'];

describe('the site rules', () => {
  it('find nothing without --site', () => {
    for (const rule of SITE_RULES) expect(checkText(answersOf(rule)).map((f) => f.rule)).not.toContain(rule);
  });

  it('point at the site file, line and column where the service was first seen', () => {
    const dir = join(SITES, 'check', 'fonts');
    const [finding] = checkText(answersOf('site-service-missing'), 'a.yaml', undefined, siteScan(dir));
    const { line, col } = positionOf(readFileSync(join(dir, 'index.html'), 'utf8'), 'href="|https://fonts.googleapis.com');
    expect(finding!.site).toEqual({ file: `${dir}/index.html`, line, column: col });
    expect(finding!.message).toContain(`${dir}/index.html:${line}:${col}`);
    expect(finding!.message).toContain(catalogs.processors['google-fonts']!.name);
    expect(finding!.fix).toContain('service: google-fonts');
    const json = JSON.parse(jsonReport('a.yaml', ['en'], [finding!])) as { findings: { site: unknown }[] };
    expect(json.findings[0]!.site).toEqual({ file: `${dir}/index.html`, line, column: col });
  });

  it('count the places a service is seen when there are several', () => {
    const scan = siteScan(join(SITES, 'static'));
    const findings = checkText(answersOf('site-service-missing'), 'a.yaml', undefined, scan);
    const fonts = findings.find((f) => f.message.includes(catalogs.processors['google-fonts']!.name))!;
    expect(fonts.message).toMatch(/; 4 places in all\)/);
  });

  it.each(['nl', 'fr', 'de'] as const)('speak %s with the glossary term for a recipient, no placeholder left', (lang) => {
    const run = (rule: string, site: string) => {
      const result = readAndCheck(answersOf(rule), 'a.yaml', catalogs, { uiLanguage: lang, site: siteScan(join(SITES, 'check', site)) });
      if (!result.ok) throw new Error('invalid');
      return result.findings.filter((f) => SITE_RULES.includes(f.rule));
    };
    const findings = [
      ...run('site-service-missing', 'fonts'),
      ...run('site-tracking-consent', 'pixel'),
      ...run('site-service-unused', 'fonts'),
    ];
    expect(findings.map((f) => f.rule)).toEqual(SITE_RULES);
    for (const f of findings) expect(`${f.message} ${f.fix}`).not.toMatch(/\{\{|\}\}/);
    const recipient = new RegExp(TERMS[lang].recipient, 'i');
    expect(findings[0]!.message).toMatch(recipient);
    expect(findings[2]!.message).toMatch(recipient);
  });

  it('with an activity on consent, report an unnamed tracker as missing only, and a named service the site lacks as unused', () => {
    // The static site loads Google Analytics, the Meta Pixel and YouTube, which track visitors.
    const scan = siteScan(join(SITES, 'static'));
    const consent = answersOf('tracking-consent'); // an activity on consent, and Matomo, which the site does not load
    const rules = checkText(consent, 'a.yaml', undefined, scan).map((f) => f.rule);
    expect(rules.filter((r) => r === 'site-tracking-consent')).toEqual([]);
    expect(rules).toContain('site-service-missing');
    expect(rules).toContain('site-service-unused');
  });
});

describe('scan --answers: the fragment to paste', () => {
  const text = answersOf('tracking-consent');
  const read = readAnswers(text, 'a.yaml', catalogs);
  if (!read.ok) throw new Error('invalid');
  const scan = siteScan(join(SITES, 'static'));
  const additions = additionsFor(resolveSite(scan, read.answers, catalogs), read.answers, catalogs, 'a.yaml');

  it("suggests each missing service with the catalog's role, countries and safeguard, and consent activities for trackers", () => {
    const youtube = catalogs.processors.youtube!;
    expect(additions.recipients.find((r) => r.service === 'youtube')).toEqual({
      service: 'youtube',
      role: youtube.role ?? 'processor',
      countries: youtube.countries,
      safeguard: youtube.safeguard,
      activities: ['newsletter'], // the only activity of the fixture that rests on consent
    });
    const fonts = additions.recipients.find((r) => r.service === 'google-fonts')!;
    expect(fonts.activities).toBeUndefined();
    expect(additions.recipients.map((r) => r.service)).not.toContain('matomo-cloud');
  });

  it('adds the categories its trackers need (analytics, marketing) to those the answers have', () => {
    expect(additions.cookieCategories).toEqual(
      Object.keys(catalogs['cookie-categories']).filter((id) => ['strictly-necessary', 'analytics', 'marketing'].includes(id)),
    );
  });

  it('is YAML that, pasted into the answers, leaves no site error', () => {
    const fragment = parse(additionsYaml(additions, 'en')) as { recipients: unknown[]; cookies: { categories: string[] } };
    const doc = parse(text) as { recipients: unknown[]; cookies: unknown };
    doc.recipients.push(...fragment.recipients);
    doc.cookies = fragment.cookies;
    const findings = checkText(stringify(doc), 'a.yaml', undefined, scan);
    expect(findings.filter((f) => f.rule === 'site-service-missing' || f.rule === 'site-tracking-consent')).toEqual([]);
  });

  it('says so when nothing is missing', () => {
    const none = additionsYaml({ answersFile: 'a.yaml', recipients: [], cookieCategories: undefined }, 'nl');
    expect(none).toBe('# a.yaml vermeldt elke dienst die de website laadt.\n');
  });
});

describe('the scan report', () => {
  const scan = siteScan(join(SITES, 'wordpress'));

  it('groups places by service in text, and counts what it did not read', () => {
    const text = scanTextReport(scan, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${scan.dir}: 6 files read, 6 services found`);
    expect(lines).toContain(`${catalogs.processors.stripe!.name} (stripe)`);
    expect(lines).toContain('  composer.json:6:6    stripe/stripe-php');
    expect(lines.at(-2)).toBe('not read: 1 file of a kind the scan does not read');
  });

  it('writes every finding to JSON, sorted, with what was read and skipped', () => {
    const json = JSON.parse(scanJsonReport(scan)) as { services: string[]; findings: { service: string }[]; read: unknown };
    expect(json.services).toEqual([...new Set(scan.findings.map((f) => f.service))]);
    expect(json.findings).toHaveLength(scan.findings.length);
    expect(json.read).toEqual(scan.read);
    expect(Object.keys(json)).toEqual(['dir', 'services', 'findings', 'read', 'skipped', 'unreadable', 'unreadableMore']);
  });
});
