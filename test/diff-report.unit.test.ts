/**
 * diff beyond single changes: what is no change (reordered lists, a preset spelled out), stable
 * ids, the text and JSON reports, diff's messages in every language, and the notice's "What this
 * version changes" built from the same changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers } from '../source/core/answers/schema.js';
import { placeholdersOf } from '../source/core/check/messages.js';
import { diffModels, withChangesSince } from '../source/core/diff/diff.js';
import { jsonDiffReport, textDiffReport } from '../source/core/diff/report.js';
import { LANGUAGE_TABLE, LANGUAGES } from '../source/core/languages.js';
import { citation } from '../source/core/locale/citations.js';
import { renderNoticeMarkdown } from '../source/core/render/notice.js';
import { templatePaths } from '../source/core/render/templates.js';
import { buildNoticeView } from '../source/core/view/notice-view.js';
import { REPO } from './support/cli.js';
import { base, changesOf, edited, line, model } from './support/diff.js';
import { TERMS } from './support/glossary-terms.js';
import { catalogs } from './support/replay.js';

/** Several changes at once: a purpose (with its note), a retention period, a processor, a transfer basis. */
const severalEdits = (a: Answers) => {
  a.activities[1]!.purposes.push({ purpose: 'website-analytics', basis: 'consent' });
  a.activities[0]!.retention[0]!.period = { months: 24 };
  a.recipients.push({ service: 'hubspot', role: 'processor', countries: ['IE'] });
  a.recipients[1]!.safeguard = 'scc';
};
const reordered = (a: Answers) => {
  a.activities.reverse();
  a.recipients.reverse();
  for (const act of a.activities) {
    act.purposes.reverse();
    act.dataCategories.reverse();
  }
};

describe('no change for the people concerned', () => {
  it('when lists are reordered and a retention preset is written out as its own fields', () => {
    const preset = catalogs['retention-presets']['enquiry-12m']!;
    const changes = changesOf((a) => {
      reordered(a);
      const contact = a.activities.find((act) => act.id === 'contact-form')!;
      contact.retention = [{ period: preset.period!, from: preset.from, reason: preset.reason }];
    });
    expect(changes).toEqual([]);
  });

  it.each(LANGUAGES)('is what the %s report says, naming both files', (lang) => {
    const text = textDiffReport({ old: 'old.yaml', new: 'new.yaml' }, LANGUAGES, [], lang);
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('old.yaml');
    expect(text).toContain('new.yaml');
    // "The people concerned": the glossary's data subjects.
    const people = { en: 'people concerned', nl: 'betrokkene', fr: 'personnes concernées', de: 'betroffenen Personen' }[lang];
    expect(text).toContain(people);
  });
});

describe('change ids', () => {
  it('are unique, and the same whatever order the new version lists things in', () => {
    const plain = changesOf(severalEdits);
    const shuffled = changesOf((a) => {
      severalEdits(a);
      reordered(a);
    });
    expect(plain.map((c) => c.id).sort()).toEqual(shuffled.map((c) => c.id).sort());
    expect(new Set(plain.map((c) => c.id)).size).toBe(plain.length);
    expect(plain.length).toBe(4);
  });

  it('number a second item of one identity', () => {
    const twice = edited((a) => {
      a.recipients.push({
        name: 'Drukkerij Vanhove',
        role: 'processor',
        purpose: { en: 'printing', nl: 'drukwerk', fr: 'impression', de: 'Druck' },
        countries: ['BE'],
      });
      a.recipients.push({
        name: 'Drukkerij Vanhove',
        role: 'processor',
        purpose: { en: 'binding', nl: 'binden', fr: 'reliure', de: 'Bindung' },
        countries: ['BE'],
      });
    });
    const ids = diffModels(model(base), model(twice), LANGUAGES).map((c) => c.id);
    expect(ids).toEqual(['processor-added:drukkerij-vanhove', 'processor-added:drukkerij-vanhove#2']);
  });

  it('leave out the transfers of a recipient that is gone: its removal says it', () => {
    const changes = changesOf((a) => a.recipients.splice(3, 1));
    expect(changes.map((c) => c.id)).toEqual(['processor-removed:mailchimp']);
  });
});

describe('the text report', () => {
  const changes = changesOf(severalEdits);
  const files = { old: 'clients/old.yaml', new: 'clients/new.yaml' };

  it.each(LANGUAGES)('in %s lists every change in each output language, then what the GDPR asks', (lang) => {
    const text = textDiffReport(files, LANGUAGES, changes, lang);
    for (const output of LANGUAGES) {
      const block = text.split(`${LANGUAGE_TABLE[output].nativeName}\n`)[1]!;
      for (const change of changes) expect(block).toContain(`  - ${line(change, output)}\n`);
    }
    expect(text).toMatch(
      new RegExp(
        `\\n  clients/new\\.yaml activities\\[1\\]\\.purposes\\[1\\]  .*${citation('Art. 13(3) GDPR', lang).replace(/[.()]/g, '\\$&')}`,
      ),
    );
  });

  it('says the changes only in the languages asked for', () => {
    const text = textDiffReport(files, ['nl'], changes, 'en');
    expect(text).toContain(LANGUAGE_TABLE.nl.nativeName);
    expect(text).not.toContain(`${LANGUAGE_TABLE.fr.nativeName}\n`);
    expect(text).toContain(catalogs.purposes['website-analytics']!.label.nl);
    expect(text).not.toContain(catalogs.purposes['website-analytics']!.label.fr);
  });
});

describe('the JSON report', () => {
  const changes = changesOf(severalEdits);
  const json = () =>
    jsonDiffReport({ old: 'a.yaml', new: 'b.yaml' }, { old: '2026-01-15', new: '2026-03-01' }, ['en', 'de'], changes, 'en');
  const report = JSON.parse(json()) as {
    old: string;
    changes: { id: string; kind: string; file: string; path: string; messages: Record<string, string>; note: string | null }[];
    count: number;
  };

  it('has fixed keys, stable ids, paths and a message per output language', () => {
    expect(Object.keys(report)).toEqual(['old', 'new', 'effectiveDates', 'languages', 'changes', 'count']);
    expect(report.count).toBe(4);
    const purpose = report.changes.find((c) => c.kind === 'purpose-added')!;
    expect(purpose).toMatchObject({ id: 'purpose-added:newsletter/website-analytics', file: 'new', path: 'activities[1].purposes[1]' });
    expect(Object.keys(purpose.messages)).toEqual(['en', 'de']);
    expect(purpose.messages.de).toContain(catalogs.purposes['website-analytics']!.label.de);
    expect(purpose.note).toContain('Art. 13(3) GDPR');
    expect(report.changes.filter((c) => c.note === null)).toHaveLength(3);
  });

  it('is the same bytes every time', () => {
    expect(json()).toBe(json());
  });
});

describe("diff's messages (questions/diff-messages.yaml)", () => {
  const messages = parse(readFileSync(join(REPO, 'questions', 'diff-messages.yaml'), 'utf8')) as Record<string, Record<string, string>>;
  const dir = join(REPO, 'source', 'core', 'diff');
  const code = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  // renderDiffCount names `${id}.one` and `${id}.other`.
  const counted = [...code.matchAll(/renderDiffCount\('(diff\.[a-z0-9.-]+)'/g)].map((m) => m[1]!);
  const literal = [...code.matchAll(/'(diff\.[a-z0-9.-]+)'/g)].map((m) => m[1]!).filter((id) => !counted.includes(id));
  const patterns = [...code.matchAll(/`(diff\.[^`]*\$\{[^`]+)`/g)].map(
    (m) => new RegExp(`^${m[1]!.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[a-z-]+')}(\\.[a-z]+)?$`),
  );

  it('has every message the code names, in every language, with the same placeholders, and none it never names', () => {
    expect(literal.length).toBeGreaterThan(20);
    for (const id of literal) expect(Object.keys(messages[id] ?? {}), id).toEqual([...LANGUAGES]);
    for (const id of counted) expect(Object.keys(messages[`${id}.other`] ?? {}), id).toEqual([...LANGUAGES]);
    for (const [id, texts] of Object.entries(messages)) {
      const named = literal.includes(id) || patterns.some((p) => p.test(id)) || counted.some((c) => id.startsWith(`${c}.`));
      expect(named, `${id} is named by the code`).toBe(true);
      for (const lang of LANGUAGES) expect(placeholdersOf(texts[lang]!), `${id} in ${lang}`).toEqual(placeholdersOf(texts.en!));
    }
  });

  /** English words that Dutch, French and German changes have no use for. */
  const ENGLISH = /\b(?:the|and|which|with|now|our|your|no longer|previously|new|data)\b/i;
  it.each(['nl', 'fr', 'de'] as const)('in %s carry no English, and use the glossary terms', (lang) => {
    const texts = Object.values(messages).map((t) => t[lang]!.replace(/\{\{\w+\}\}/g, ''));
    for (const text of texts) expect(text).not.toMatch(ENGLISH);
    const all = texts.join('\n');
    for (const term of [TERMS[lang].processor, TERMS[lang].recipient, TERMS[lang].dpo, TERMS[lang].supervisoryAuthority, TERMS[lang].eea])
      expect(all.toLocaleLowerCase()).toContain(term.toLocaleLowerCase());
  });
});

describe('the notice\'s "What this version changes"', () => {
  const old = model(base);
  const now = model(edited(severalEdits));
  const heading = (lang: (typeof LANGUAGES)[number]) =>
    readFileSync(templatePaths.notice(lang), 'utf8').match(/\{\{#changesInVersion\}\}\s*\n(### .+)\n/)![1]!;

  it.each(LANGUAGES)('in %s lists each change under a heading, after the date of the version it replaces', (lang) => {
    const markdown = renderNoticeMarkdown(buildNoticeView(withChangesSince(now, old, LANGUAGES), lang));
    const section = markdown.slice(markdown.indexOf(heading(lang)));
    expect(section).toContain(buildNoticeView(old, lang).effectiveDate);
    for (const change of diffModels(old, now, LANGUAGES)) expect(section).toContain(`- ${line(change, lang)}\n`);
  });

  it.each(LANGUAGES)('in %s says when a version changes nothing, and is absent without an earlier version', (lang) => {
    const same = buildNoticeView(withChangesSince(now, now, LANGUAGES), lang);
    expect(same.changesInVersion).toEqual({ since: buildNoticeView(now, lang).effectiveDate, hasChanges: false, lines: [] });
    expect(renderNoticeMarkdown(same)).toContain(heading(lang));
    expect(renderNoticeMarkdown(buildNoticeView(now, lang))).not.toContain(heading(lang));
  });
});
