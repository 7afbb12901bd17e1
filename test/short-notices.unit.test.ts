/**
 * The short notices (`--documents short`) of every example and fixture, in the four languages:
 * which activities get one, the 80-word bound, each item a text must give (the controller's
 * name, the purposes and their legal bases, the retention, the rights, the notice's address)
 * with the expected words taken from the answers, the catalogs and the glossary, the camera
 * sign's mention, the HTML snippets' shape, escaping, determinism and the templates' tags.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint } from 'markdownlint/sync';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Activity, type Answers, sourcesOf } from '../source/core/answers/schema.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { localize } from '../source/core/model/text.js';
import { SHORT_NOTICES } from '../source/core/render/documents.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { shortNoticeText } from '../source/core/render/short-notices.js';
import { templatePath } from '../source/core/render/templates.js';
import { RETENTION_DETAIL, shortNoticeActivities, shortNoticeView } from '../source/core/view/short-notices.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';
import { checkTags, collectTags, type TagReport } from './support/template-tags.js';

const MAX_WORDS = 80;
const fixtures = ['short-notices.yaml', 'short-notices-abroad.yaml'].map((name) => join(REPO, 'test/fixtures', name));
const sources = [...exampleFiles(), ...fixtures].map((file) => ({ name: basename(file), ...loadAnswers(file) }));

/** Words as a word processor counts them: what stands between spaces, if it holds a letter or a digit. */
const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The glossary's terms for the notice, the rights and withdrawing consent, as the texts use them. */
const GLOSSARY: Record<Language, { notice: string; rights: string[]; withdraw: string }> = {
  en: {
    notice: 'privacy notice',
    rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'supervisory authority'],
    withdraw: 'withdraw consent at any time',
  },
  nl: {
    notice: 'privacyverklaring',
    rights: ['inzage', 'rectificatie', 'gegevenswissing', 'beperking', 'overdraagbaarheid', 'bezwaar', 'toezichthoudende autoriteit'],
    withdraw: 'toestemming te allen tijde intrekken',
  },
  fr: {
    notice: 'déclaration de confidentialité',
    rights: ['accès', 'rectification', 'effacement', 'limitation', 'portabilité', 'opposition', 'autorité de contrôle'],
    withdraw: 'retirer votre consentement à tout moment',
  },
  de: {
    notice: 'Datenschutzerklärung',
    rights: ['Auskunft', 'Berichtigung', 'Löschung', 'Einschränkung', 'Datenübertragbarkeit', 'Widerspruch', 'Aufsichtsbehörde'],
    withdraw: 'Einwilligung jederzeit widerrufen',
  },
};

/** The activities that collect at a form or a camera, decided from the answers and the presets' catalog entries. */
function collectingActivities(answers: Answers): Activity[] {
  return answers.activities.filter((act) => {
    if (act.collection !== undefined) return act.collection !== 'none';
    // The person gives some of the data: no source, the data too, or a source of only the data it names.
    const sources = sourcesOf(act);
    const fromThePerson = sources.length === 0 || act.alsoFromYou === true || sources.some((source) => source.data !== undefined);
    return fromThePerson && act.preset !== undefined && catalogs['activity-presets'][act.preset]!.collection !== undefined;
  });
}

const activityName = (act: Activity, lang: Language): string =>
  act.name ? act.name[lang]! : catalogs['activity-presets'][act.preset!]!.label[lang];
const purposeLabel = (p: Activity['purposes'][number], lang: Language): string =>
  typeof p.purpose === 'string' ? catalogs.purposes[p.purpose]!.label[lang] : p.purpose[lang]!;

/** A Markdown section as read: no emphasis, autolinks as their address, escapes undone. */
const readable = (markdown: string): string =>
  markdown
    .replace(/^### /gm, '')
    .replace(/<([^>\s]+)>/g, '$1')
    .replace(/\\(.)/g, '$1');

/** The sections of a short-notices Markdown file: heading → text as read. */
function sections(markdown: string): Map<string, string> {
  const parts = markdown.split(/^## /m).slice(1);
  return new Map(parts.map((part) => [part.slice(0, part.indexOf('\n')), readable(part.slice(part.indexOf('\n') + 1)).trim()]));
}

const render = (answers: Answers, languages: readonly Language[]) =>
  renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md', 'html'], ['short']);

describe.each(sources)('$name: short notices', ({ answers, languages }) => {
  const model = resolveAnswers(answers, catalogs);
  const files = render(answers, languages);
  const file = (name: string) => files.find((f) => f.name === name)!.content;
  const collecting = collectingActivities(answers);

  it('writes a Markdown and an HTML file per language, and nothing else', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      languages.flatMap((lang) => [`short-notices.${lang}.md`, `short-notices.${lang}.html`]).sort(),
    );
  });

  it.each(languages)('(%s) has a section for each activity collected at a form or a camera, and only those', (lang) => {
    expect([...sections(file(`short-notices.${lang}.md`)).keys()]).toEqual(collecting.map((act) => activityName(act, lang)));
  });

  it.each(languages)('(%s) keeps every text within 80 words, in Markdown and in HTML alike', (lang) => {
    const texts = [...sections(file(`short-notices.${lang}.md`)).values()];
    for (const text of texts) expect(wordCount(text), text).toBeLessThanOrEqual(MAX_WORDS);
    const html = [...file(`short-notices.${lang}.html`).matchAll(/<section[^>]*>([\s\S]*?)<\/section>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'),
    );
    expect(html.map(wordCount)).toEqual(texts.map(wordCount));
  });

  // The Dutch and French reviews: "voor A (…); B (…)." leaves B without the "voor" that
  // governs it. Every purpose and its basis stand in the one sentence, joined as a list.
  it.each(languages)("(%s) gives a form's purposes in one sentence, with no semicolon between them", (lang) => {
    const texts = sections(file(`short-notices.${lang}.md`));
    for (const act of collecting.filter(
      (a) => a.collection !== 'camera' && !(a.preset && catalogs['activity-presets'][a.preset]?.collection === 'camera'),
    )) {
      const text = texts.get(activityName(act, lang))!;
      const sentence = text.split('\n\n').find((paragraph) => paragraph.includes(purposeLabel(act.purposes[0]!, lang)))!;
      expect(sentence, text).toBeDefined();
      for (const p of act.purposes) expect(sentence).toContain(purposeLabel(p, lang));
      expect(sentence).not.toContain(';');
    }
  });

  it.each(languages)('(%s) names the controller, each purpose with its legal basis, the rights and the notice', (lang) => {
    const texts = sections(file(`short-notices.${lang}.md`));
    const terms = GLOSSARY[lang];
    for (const act of collecting) {
      const text = texts.get(activityName(act, lang))!;
      expect(text).toContain(answers.controller.legalName);
      for (const p of act.purposes) {
        expect(text).toContain(purposeLabel(p, lang));
        expect(text).toContain(catalogs['legal-bases'][p.basis].label[lang]);
      }
      for (const right of terms.rights) expect(text).toContain(right);
      expect(text.includes(terms.withdraw)).toBe(act.purposes.some((p) => p.basis === 'consent'));
      expect(text).toContain(terms.notice);
      if (answers.noticeUrl) expect(text).toContain(answers.noticeUrl);
    }
  });

  it.each(languages)('(%s) gives every retention period, else the first, else leaves them to the notice, as 80 words allow', (lang) => {
    const texts = sections(file(`short-notices.${lang}.md`));
    for (const { activity } of shortNoticeActivities(model)) {
      const text = texts.get(activityName(activity.answer, lang))!;
      const stated = activity.retention.map((rule) => {
        const { span } = rule;
        if (span.kind === 'lacks') throw new Error('an example without a full retention rule');
        const amount = span.kind === 'after' ? String(Object.values(span.period)[0]) : '';
        return text.includes(localize(span.event, lang)) && text.includes(amount);
      });
      const more = (detail: (typeof RETENTION_DETAIL)[number]) =>
        wordCount(shortNoticeText(shortNoticeView(model, activity, lang, detail)));
      if (stated.every(Boolean)) continue;
      expect(more('all')).toBeGreaterThan(MAX_WORDS);
      if (stated[0]) expect(stated.slice(1).every((s) => !s)).toBe(true);
      else {
        expect(stated.every((s) => !s)).toBe(true);
        if (activity.retention.length > 1) expect(more('first')).toBeGreaterThan(MAX_WORDS);
      }
    }
  });

  it.each(languages)('(%s) starts a camera’s text with the mention its country’s law prescribes, then the controller’s address', (lang) => {
    const mention = catalogs.countries.cameraSign?.[answers.controller.address.country]?.mention[lang];
    const markdown = file(`short-notices.${lang}.md`);
    const { street, postalCode, city } = answers.controller.address;
    for (const act of collecting.filter((a) => (a.collection ?? catalogs['activity-presets'][a.preset!]!.collection) === 'camera')) {
      const section = markdown.split(/^## /m).find((part) => part.startsWith(`${activityName(act, lang)}\n`))!;
      const firstLine = section.split('\n').find((line, i) => i > 0 && line.trim() !== '')!;
      if (mention) expect(firstLine).toBe(`### ${mention}`);
      else expect(section).not.toMatch(/^### /m);
      const text = readable(section);
      for (const part of [street, String(postalCode), city, answers.controller.email]) expect(text).toContain(part);
      if (answers.dpo) expect(text).toContain(answers.dpo.email);
    }
  });

  it.each(languages)('(%s) gives snippets of their own: a section with its lang and a prefixed id each, no style, safe links', (lang) => {
    const html = file(`short-notices.${lang}.html`);
    const snippets = [...html.matchAll(/<section class="privacy-short-notice" id="([^"]+)" lang="([^"]+)" aria-label="([^"]+)">/g)];
    expect(snippets.map((m) => m[1])).toEqual(collecting.map((act) => `privacy-short-notice-${lang}-${act.id}`));
    expect(snippets.every((m) => m[2] === lang)).toBe(true);
    expect(html).not.toMatch(/<style|style=|<script|<link|<html|<body|<h[1-6]/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/|mailto:)/);
  });

  it('passes markdownlint with the committed config', () => {
    const config = parse(readFileSync(join(REPO, '.markdownlint.yaml'), 'utf8')) as Record<string, unknown>;
    const markdown = files.filter((f) => f.name.endsWith('.md'));
    const results = lint({ strings: Object.fromEntries(markdown.map((f) => [f.name, f.content])), config });
    expect(Object.values(results).flat()).toEqual([]);
  });

  it('is byte-identical when rendered again', () => {
    expect(render(answers, languages)).toEqual(files);
  });
});

describe('a short notice with hostile text', () => {
  const { answers } = loadAnswers(join(REPO, 'examples/web-agency.yaml'));
  const hostile = '<script>alert(1)</script> *Pixel* | _werf_ [x](javascript:alert(1))';
  const evil: Answers = structuredClone(answers);
  evil.controller.legalName = hostile;
  evil.activities[0]!.purposes[0]!.purpose = Object.fromEntries(LANGUAGES.map((lang) => [lang, `<img src=x onerror=alert(1)> & ${lang}`]));
  const files = render(evil, ['en']);
  const md = files.find((f) => f.name === 'short-notices.en.md')!.content;
  const html = files.find((f) => f.name === 'short-notices.en.html')!.content;

  it('keeps Markdown inert: no raw HTML, no emphasis, no link of its own', () => {
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript/);
    expect(md).toContain('\\*Pixel\\*');
    expect(readable(md)).toContain('alert(1)');
  });

  it('keeps HTML inert, and says what was typed', () => {
    expect(html).not.toMatch(/<script|<img|<em>|href="javascript/);
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(text).toContain(hostile);
    expect(text).toContain('<img src=x onerror=alert(1)> & en');
  });
});

describe('answers without a form or a camera', () => {
  const { answers } = loadAnswers(join(REPO, 'test/fixtures/minimal.yaml'));
  const none: Answers = { ...answers, activities: answers.activities.map((act) => ({ ...act, collection: 'none' as const })) };

  it('still writes both files, with no section and no snippet', () => {
    const files = render(none, ['en', 'nl']);
    expect(files).toHaveLength(4);
    for (const f of files) expect(f.content).not.toMatch(/^## |<section/m);
  });
});

describe.each(LANGUAGES)('the short notices’ templates (%s)', (lang) => {
  const views = sources.flatMap(({ answers }) => {
    const model = resolveAnswers(answers, catalogs);
    return shortNoticeActivities(model).flatMap(({ activity }) =>
      RETENTION_DETAIL.map((detail) => shortNoticeView(model, activity, lang, detail)),
    );
  });
  const report = (template: string): TagReport => ({ problems: [], verified: new Set(), allTags: collectTags(template) });
  const expectAllVerified = (r: TagReport, template: string) => {
    expect(r.problems).toEqual([]);
    expect([...r.allTags].filter((start) => !r.verified.has(start)).map((start) => template.slice(start, start + 40))).toEqual([]);
  };

  it('the text names only fields of its view, and every tag is reached', () => {
    const template = readFileSync(templatePath(SHORT_NOTICES.templates.text, lang), 'utf8');
    const r = report(template);
    for (const view of views) checkTags(template, view, view.id, r);
    expectAllVerified(r, template);
  });

  it('the Markdown and HTML layouts name only fields of their views', () => {
    for (const [template, extra] of [
      [SHORT_NOTICES.templates.markdown, { paragraphs: ['p'] }],
      [SHORT_NOTICES.templates.html, { paragraphs: ['p'], anchor: 'a', region: 'r' }],
    ] as const) {
      const source = readFileSync(templatePath(template, lang), 'utf8');
      const r = report(source);
      const notices = views.map((view) => ({ ...view, ...extra }));
      checkTags(source, { title: 't', intro: 'i', none: 'n', notices }, template, r);
      checkTags(source, { title: 't', intro: 'i', none: 'n', notices: [] }, template, r);
      expectAllVerified(r, source);
    }
  });

  it('the text has the tags of the English one', () => {
    const tags = (file: string) => {
      const names = new Set<string>();
      const walk = (tokens: unknown[][]) => {
        for (const token of tokens) {
          if (['name', '&', '#', '^'].includes(token[0] as string)) names.add(`${token[0]}${token[1]}`);
          if (Array.isArray(token[4])) walk(token[4] as unknown[][]);
        }
      };
      walk(Mustache.parse(readFileSync(file, 'utf8')) as unknown as unknown[][]);
      return [...names].sort();
    };
    expect(tags(templatePath(SHORT_NOTICES.templates.text, lang))).toEqual(tags(templatePath(SHORT_NOTICES.templates.text, 'en')));
  });
});
