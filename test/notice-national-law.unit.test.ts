/**
 * The national provisions a Belgian notice cites beside the EU text: the age of digital consent
 * (art. 7 of the Law of 30 July 2018), the cookie rule (its art. 10/2), and the register behind
 * a Belgian enterprise number (KBO/BCE/ZDU). Expected words come from the countries catalog and
 * from docs/terms.md, never from the templates; a controller elsewhere gets none of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../source/core/answers/schema.js';
import type { Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderNoticeMarkdown } from '../source/core/render/notice.js';
import { buildNoticeView } from '../source/core/view/notice-view.js';
import { REPO } from './support/cli.js';
import { normalise } from './support/markdown.js';
import { catalogs, loadAnswers } from './support/replay.js';

const LANGS = ['en', 'nl', 'fr', 'de'] as const satisfies readonly Language[];
const render = (answers: Answers, lang: Language) =>
  normalise(renderNoticeMarkdown(buildNoticeView(resolveAnswers(answers, catalogs), lang)));
const { answers: belgian } = loadAnswers(join(REPO, 'examples/web-agency.yaml'));
const inAllLanguages = (a: Answers): Answers => ({ ...a, languages: [...LANGS] });

/** A copy of the answers with the controller established in another country. */
function establishedIn(a: Answers, country: string): Answers {
  return { ...a, controller: { ...a.controller, address: { ...a.controller.address, country } } };
}

/** docs/terms.md's "enterprise number" row: the term with its register's abbreviation, per language. */
function enterpriseNumberTerms(): Record<Language, string> {
  const row = readFileSync(join(REPO, 'docs/terms.md'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('| enterprise number |'));
  expect(row).toBeDefined();
  const [, en, nl, fr, de] = row!
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
  return { en: en!, nl: nl!, fr: fr!, de: de! };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe.each(LANGS)('a Belgian controller, in %s', (lang) => {
  const text = render(inAllLanguages(belgian), lang);

  it('cites the national provision of the age of digital consent beside Art. 8 GDPR', () => {
    const provision = catalogs.countries.digitalConsentAge.BE!.provision;
    expect(provision).toBeDefined();
    expect(text).toContain(normalise(provision![lang]));
  });

  it('cites the Belgian cookie rule, which transposes Art. 5(3) of the ePrivacy Directive', () => {
    const law = catalogs.countries.cookieLaw?.BE;
    expect(law).toBeDefined();
    expect(text).toContain(normalise(law!.citation[lang]));
  });

  it("names the enterprise number with its register's abbreviation (docs/terms.md)", () => {
    expect(text).toContain(normalise(`${capitalised(enterpriseNumberTerms()[lang])}`));
  });
});

describe.each(LANGS)('a controller outside Belgium, in %s', (lang) => {
  const text = render(inAllLanguages(establishedIn(belgian, 'NL')), lang);

  it('cites no Belgian provision and no Belgian register', () => {
    const be = catalogs.countries.digitalConsentAge.BE!.provision![lang];
    expect(text).not.toContain(normalise(be));
    expect(text).not.toContain(normalise(catalogs.countries.cookieLaw!.BE!.citation[lang]));
    expect(text).not.toContain(normalise(capitalised(enterpriseNumberTerms()[lang])));
    expect(text).not.toMatch(/\((CBE|KBO|BCE|ZDU)\)/);
  });
});

it('an age of digital consent answered against the catalog cites no national provision', () => {
  const answers = inAllLanguages({ ...belgian, children: { ...belgian.children, digitalConsentAge: 16 } });
  for (const lang of LANGS) {
    expect(render(answers, lang)).not.toContain(normalise(catalogs.countries.digitalConsentAge.BE!.provision![lang]));
  }
});
