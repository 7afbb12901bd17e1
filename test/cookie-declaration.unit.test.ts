/**
 * The cookie declaration: which cookies the model lists (each service's from the cookie catalog,
 * by placesCookies, then the answers' own), its view and both renderers in every language, the
 * escaping of the user's values, the same bytes for the same answers, and the notice's link to it.
 * Expected words come from cookies.yaml, cookie-categories.yaml and the fixture's answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers } from '../source/core/answers/schema.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { cookieDeclarationView, cookieLifetime, renderCookieDeclarationMarkdown } from '../source/core/render/cookie-declaration.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { REPO } from './support/cli.js';
import { LEGAL_TERMS, PLACING_COOKIES, REJECTED_PLACING_FR, TERMS } from './support/glossary-terms.js';
import { normalise, sections, tableRows } from './support/markdown.js';
import { catalogs, loadAnswers } from './support/replay.js';

const FIXTURE = join(REPO, 'test/fixtures/cookies.yaml');
/** A table cell as a reader sees it: without Markdown escapes, `&lt;` as `<`. */
const cell = (text: string) => normalise(text).replace(/&lt;/g, '<');
const { answers } = loadAnswers(FIXTURE);
const model = resolveAnswers(answers, catalogs);
const lintConfig = parse(readFileSync(join(REPO, '.markdownlint.yaml'), 'utf8')) as Record<string, unknown>;

const withAnswers = (change: (a: Answers) => void) => {
  const copy = structuredClone(answers);
  change(copy);
  return resolveAnswers(copy, catalogs);
};
const files = (m = model, documents = ['notice', 'cookies'], formats = ['md', 'html'], languages: Language[] = [...LANGUAGES]) =>
  Object.fromEntries(renderModelOutputs(m, languages, formats, documents).map((f) => [f.name, f.content]));

/** The cookies the fixture's services bring in, from the catalog: [service, cookie]. */
const catalogCookies = model.cookies.services.flatMap(({ recipient }) =>
  (catalogs.cookies[recipient.processor?.id ?? '']?.cookies ?? []).map((cookie) => ({ service: recipient.processor!.entry, cookie })),
);

describe('the cookies the model lists', () => {
  const services = (m = model) => m.cookies.services.map(({ recipient }) => recipient.processor?.id ?? recipient.answer.name);

  it('takes a website service by default, a service with a website integration only when the answers say so', () => {
    expect(catalogs.cookies.hubspot?.integration).toBeDefined();
    expect(catalogs.cookies['google-analytics']?.integration).toBeUndefined();
    expect(services()).toEqual(['google-analytics', 'hubspot', 'stripe', 'plausible', 'Leadinfo BV']);
    const hubspot = answers.recipients.findIndex((r) => r.service === 'hubspot');
    expect(services(withAnswers((a) => delete a.recipients[hubspot]!.placesCookies))).not.toContain('hubspot');
    const analytics = answers.recipients.findIndex((r) => r.service === 'google-analytics');
    expect(services(withAnswers((a) => (a.recipients[analytics]!.placesCookies = false)))).not.toContain('google-analytics');
  });

  it('lists a service named twice once', () => {
    const twice = withAnswers((a) => a.recipients.push({ ...a.recipients[0]!, activities: ['orders'] }));
    expect(services(twice).filter((id) => id === 'google-analytics')).toHaveLength(1);
  });

  it('lists every catalog cookie of those services, then the own ones, with their category and lifetime', () => {
    const own = answers.cookies!.own!;
    expect(model.cookies.cookies.map((c) => c.name)).toEqual([
      ...catalogCookies.map(({ cookie }) => cookie.name),
      ...own.map((c) => c.name),
    ]);
    for (const [i, { cookie }] of catalogCookies.entries()) {
      expect(model.cookies.cookies[i]).toMatchObject({ category: { id: cookie.category }, lifetime: cookie.lifetime, party: cookie.party });
    }
    const leadinfo = model.cookies.cookies.at(-1)!;
    expect([leadinfo.provider, leadinfo.party, leadinfo.path]).toEqual(['Leadinfo BV', 'third', ['cookies', 'own', 2, 'category']]);
    // An own cookie without a provider is the controller's, first-party.
    expect(model.cookies.cookies.at(-3)).toMatchObject({ provider: answers.controller.legalName, party: 'first' });
  });
});

describe.each(LANGUAGES)('the cookie declaration in %s', (lang) => {
  const view = cookieDeclarationView(model, lang, { documents: ['notice', 'cookie-declaration'] });
  const markdown = renderCookieDeclarationMarkdown(view);
  const categoryOf = (id: string) => catalogs['cookie-categories'][id]!;

  it('groups the cookies by category, in the catalog order, with the category label and description', () => {
    const used = new Set(model.cookies.cookies.map((c) => c.category.id));
    const expected = Object.keys(catalogs['cookie-categories']).filter((id) => used.has(id));
    expect(view.categories.map((c) => c.id)).toEqual(expected);
    const headings = sections(markdown, 3).map((s) => normalise(s.heading));
    expect(headings).toEqual(expected.map((id) => normalise(categoryOf(id).label[lang])));
    for (const section of sections(markdown, 3)) {
      const id = expected[headings.indexOf(normalise(section.heading))]!;
      expect(normalise(section.body)).toContain(normalise(categoryOf(id).description[lang]));
    }
  });

  it('has a row per cookie: name, provider, purpose from the catalog, lifetime and party', () => {
    const rows = tableRows(markdown);
    expect(rows.map((row) => row.length)).toEqual(model.cookies.cookies.map(() => 5));
    for (const { service, cookie } of catalogCookies) {
      const row = rows.find((r) => cell(r[0]!) === normalise(cookie.name));
      expect(row, cookie.name).toBeDefined();
      expect(normalise(row![1]!)).toContain(normalise(service.name));
      expect(normalise(row![2]!)).toBe(normalise(cookie.purpose[lang]));
      expect(row![3]).toBe(cookieLifetime(cookie.lifetime, lang));
    }
    for (const own of answers.cookies!.own!) {
      const row = rows.find((r) => cell(r[0]!) === normalise(own.name))!;
      expect(normalise(row[2]!)).toBe(normalise(own.purpose[lang]!));
    }
  });

  it('says whether each category needs consent, how to withdraw it, and that a service places none', () => {
    expect(normalise(markdown)).toContain(normalise(answers.cookies!.settingsLink![lang]!));
    expect(markdown).toContain(catalogs.processors.plausible!.name);
    expect(normalise(markdown)).toContain(normalise(catalogs.countries.cookieLaw!.BE!.citation[lang]));
    // Where each provider documents its cookies: the catalog's sources, linked.
    for (const url of catalogs.cookies.stripe!.source.split(' ; ')) expect(markdown).toContain(`<${url}>`);
  });

  it("speaks of placing cookies, consent and its withdrawal in the glossary's terms", () => {
    expect(markdown).toContain(PLACING_COOKIES[lang]);
    expect(markdown).toContain(LEGAL_TERMS.consent[lang]);
    expect(markdown).toContain(TERMS[lang].withdrawConsent);
    expect(markdown).not.toContain(REJECTED_PLACING_FR);
  });

  it('passes markdownlint with the committed config', () => {
    expect(lint({ strings: { declaration: markdown }, config: lintConfig }).declaration).toEqual([]);
  });

  it('renders the HTML page from it: its language, one h1, the cookies in tables, the notice linked', () => {
    const html = files(model, ['notice', 'cookies'], ['md', 'html'], [lang])[`cookie-declaration.${lang}.html`]!;
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<table>/g)).toHaveLength(view.categories.length);
    expect(html).toContain(`href="privacy-notice.${lang}.html"`);
    const inHtml = (name: string) => name.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const { cookie } of catalogCookies)
      expect(html).toContain(`data-label="${view.categories[0]!.columns.name}">${inHtml(cookie.name)}</td>`);
  });

  it('says there are no cookies when the website places none', () => {
    const none = withAnswers((a) => {
      a.recipients = a.recipients.filter((r) => r.service === 'plausible');
      delete a.cookies!.own;
    });
    const empty = cookieDeclarationView(none, lang);
    expect([empty.hasCookies, empty.categories, empty.providers]).toEqual([false, [], []]);
    expect(tableRows(renderCookieDeclarationMarkdown(empty))).toEqual([]);
  });

  it('asks for no consent and speaks of no withdrawal when every cookie is of a category without consent', () => {
    const withoutConsent = Object.keys(catalogs['cookie-categories']).filter((id) => !categoryOf(id).consentRequired);
    const necessaryOnly = withAnswers((a) => {
      a.recipients = a.recipients.filter((r) => r.service === 'plausible');
      a.cookies!.categories = withoutConsent;
      a.cookies!.own = a.cookies!.own!.filter((cookie) => withoutConsent.includes(cookie.category));
    });
    const text = normalise(renderCookieDeclarationMarkdown(cookieDeclarationView(necessaryOnly, lang)));
    expect(necessaryOnly.cookies.cookies.length).toBeGreaterThan(0);
    expect(text).toContain(normalise(catalogs.countries.cookieLaw!.BE!.citation[lang]));
    expect(text).not.toContain(normalise(TERMS[lang].withdrawConsent));
    expect(text).not.toContain(normalise(answers.cookies!.settingsLink![lang]!));
    // One cookie of a category that needs consent brings the withdrawal back.
    const withAnalytics = withAnswers((a) => {
      a.recipients = a.recipients.filter((r) => r.service === 'plausible');
      a.cookies!.categories = [...withoutConsent, 'analytics'];
      a.cookies!.own = [
        ...a.cookies!.own!.filter((cookie) => withoutConsent.includes(cookie.category)),
        { ...a.cookies!.own![0]!, name: 'pw_stats', category: 'analytics' },
      ];
    });
    expect(normalise(renderCookieDeclarationMarkdown(cookieDeclarationView(withAnalytics, lang)))).toContain(
      normalise(TERMS[lang].withdrawConsent),
    );
  });
});

describe('values the user typed', () => {
  const hostile = withAnswers((a) => {
    a.cookies!.own!.push({
      name: 'x|y',
      provider: 'Evil | Co <script>alert(1)</script>',
      party: 'third',
      category: 'marketing',
      lifetime: { days: 3 },
      purpose: { en: 'Counts *clicks* | [here](javascript:alert(1)) <img src=x onerror=alert(1)>', nl: 'x', fr: 'x', de: 'x' },
    });
  });
  const out = files(hostile, ['cookies'], ['md', 'html'], ['en']);

  it('keep a Markdown table row whole and come out as text', () => {
    const row = tableRows(out['cookie-declaration.en.md']!).find((r) => r[0]!.startsWith('x'))!;
    expect(row).toHaveLength(5);
    expect(cell(row[1]!)).toBe(normalise('Evil | Co <script>alert(1)</script>'));
  });

  it('never become markup or links in the HTML', () => {
    const html = out['cookie-declaration.en.html']!;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('Evil | Co &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Counts *clicks*');
    expect(html).not.toContain('<em>clicks</em>');
  });
});

describe('the same answers', () => {
  it('give the same bytes, in every language and format', () => {
    expect(files()).toEqual(files());
  });
});

describe("the notice's cookie section", () => {
  it('links the declaration when it is written: the Markdown file from the Markdown, the HTML file from the HTML', () => {
    for (const lang of LANGUAGES) {
      const out = files(model, ['notice', 'cookies'], ['md', 'html'], [lang]);
      expect(out[`privacy-notice.${lang}.md`]).toContain(`](cookie-declaration.${lang}.md)`);
      expect(out[`privacy-notice.${lang}.html`]).toContain(`href="cookie-declaration.${lang}.html"`);
      const alone = files(model, ['notice'], ['md', 'html'], [lang]);
      expect(alone[`privacy-notice.${lang}.md`]).not.toContain('cookie-declaration');
    }
  });

  it('links it at its published address when the answers give the cookie policy URL', () => {
    const url = 'https://www.pixelwerf.be/cookies';
    const published = withAnswers((a) => (a.cookies!.policyUrl = url));
    const md = files(published, ['notice', 'cookies'], ['md'], ['en'])['privacy-notice.en.md']!;
    expect(md).toContain(`<${url}>`);
    expect(md).not.toContain('](cookie-declaration');
  });
});
