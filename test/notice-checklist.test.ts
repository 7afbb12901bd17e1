/**
 * Item by item, per language: every applicable item of GDPR Articles 13 and 14
 * (docs/gdpr-checklist.md) is in the rendered notice. Expected texts come
 * from the answers files and the catalog data (questions/), and the official terms from the
 * glossary; never from the rendering code.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Answers, sourcesOf } from '../source/core/answers/schema.js';
import type { Language } from '../source/core/languages.js';
import { exampleFiles, REPO, replayBatch } from './support/cli.js';
import { BELGIAN_AUTHORITY, TERMS } from './support/glossary-terms.js';
import { normalise, sections, tableRows } from './support/markdown.js';
import { loadAnswers } from './support/replay.js';

type Localized = Record<Language, string>;
const catalog = (name: string): Record<string, Record<string, unknown>> =>
  parse(readFileSync(join(REPO, 'questions/catalogs', `${name}.yaml`), 'utf8'));
const purposes = catalog('purposes');
const marketingChannels = catalog('marketing-channels');
const bases = catalog('legal-bases');
const categories = catalog('data-categories');
const requirements = catalog('provision-requirements');
const sources = catalog('data-sources');
const presets = catalog('activity-presets');
const processors = catalog('processors');
const safeguards = catalog('safeguards');
const recipientCategories = catalog('recipient-categories');
const eea = (parse(readFileSync(join(REPO, 'questions/catalogs/countries.yaml'), 'utf8')) as { eea: string[] }).eea;

/** The text of a catalog id or of the user's own prose, in one language. */
function text(ref: unknown, from: Record<string, Record<string, unknown>>, lang: Language, field = 'label'): string {
  if (typeof ref === 'string') return (from[ref]![field] as Localized)[lang];
  return (ref as Localized)[lang];
}

const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml'), join(REPO, 'test/fixtures/outside-eu.yaml')];

// One batch writes every file's notices.
let batch: ReturnType<typeof replayBatch>;
beforeAll(() => {
  batch = replayBatch(files, ['--format', 'md', '--quiet']);
  expect(batch.status, batch.stderr).toBe(0);
});

describe.each(files.map((file) => [basename(file), file] as const))('%s', (_name, file) => {
  const { answers } = loadAnswers(file);
  const notices = new Map<Language, string>();

  beforeAll(() => {
    const folder = batch.folderOf(file);
    for (const lang of answers.languages) notices.set(lang, readFileSync(join(folder, `privacy-notice.${lang}.md`), 'utf8'));
  });

  describe.each(answers.languages)('in %s', (lang) => {
    const notice = () => notices.get(lang)!;
    const has = (haystack: string, needle: string) => expect(normalise(haystack)).toContain(normalise(needle));
    const term = (key: keyof (typeof TERMS)['en']) => TERMS[lang][key];
    /** How the notice names a recipient: its name, its service's name, else its category's label. */
    const recipientName = (r: Answers['recipients'][number]): string =>
      r.name ?? (r.service ? (processors[r.service]!.name as string) : text(r.category, recipientCategories, lang));
    const activitySection = (activity: Answers['activities'][number]) => {
      const name = activity.name ? activity.name[lang]! : text(activity.preset, presets, lang);
      const section = sections(notice(), 3).find((s) => normalise(s.heading) === normalise(name));
      expect(section, `a section for activity ${activity.id}`).toBeDefined();
      return section!.body;
    };
    const basisUsed = (basis: string) => answers.activities.some((a) => a.purposes.some((p) => p.basis === basis));

    it('1: identity and contact details of the controller, in the first section', () => {
      const first = sections(notice(), 2)[0]!.body;
      const c = answers.controller;
      for (const value of [c.legalName, c.address.street, c.address.postalCode, c.address.city, c.email]) has(first, value);
      has(notice(), term('controller'));
    });

    it('2: the representative in the EU, where the controller is outside it', () => {
      if (!answers.representative) return expect(['BE', 'NL', 'FR', 'DE']).toContain(answers.controller.address.country);
      for (const value of Object.values(answers.representative)) has(notice(), value);
    });

    it('3: contact details of the DPO, where one is appointed', () => {
      if (!answers.dpo) return expect(normalise(notice())).not.toContain(normalise(term('dpo')));
      has(notice(), term('dpo'));
      has(notice(), answers.dpo.email);
    });

    it('4–6: purposes, the legal basis of each, and the legitimate interest where (f) applies', () => {
      for (const activity of answers.activities) {
        const rows = tableRows(activitySection(activity));
        for (const p of activity.purposes) {
          const purpose = text(p.purpose, purposes, lang);
          // The purpose, then (for direct marketing) the channels it uses, after a line break.
          const row = rows.find((cells) => normalise(cells[0]!.split('<br>')[0]!) === normalise(purpose));
          expect(row, `row for purpose ${purpose}`).toBeDefined();
          for (const channel of p.channels ?? []) has(row![0]!, text(channel, marketingChannels, lang));
          has(row![1]!, text(p.basis, bases, lang));
          has(row![1]!, text(p.basis, bases, lang, 'article'));
          if (p.basis === 'legitimate-interests') {
            has(row![1]!, p.legitimateInterest ? p.legitimateInterest[lang]! : text(p.purpose, purposes, lang, 'interest'));
          }
        }
      }
      if (basisUsed('legitimate-interests')) has(notice(), term('legitimateInterests'));
    });

    it('7: the categories of personal data, per activity', () => {
      for (const activity of answers.activities) {
        const body = activitySection(activity);
        for (const category of activity.dataCategories) has(body, text(category, categories, lang));
      }
    });

    it('8: the recipients', () => {
      const rows = tableRows(notice());
      for (const r of answers.recipients) {
        const name = recipientName(r);
        expect(
          rows.some((cells) => normalise(cells[0]!).includes(normalise(name))),
          name,
        ).toBe(true);
      }
      if (answers.recipients.some((r) => r.role === 'processor')) has(notice(), term('processor'));
    });

    it('9: transfers outside the EEA with their safeguard and how to obtain a copy', () => {
      has(notice(), term('eea'));
      // `EEA` (somewhere in the EU/EEA) is no transfer.
      const transfers = answers.recipients.filter((r) => r.countries.some((c) => c !== 'EEA' && !eea.includes(c)));
      const rows = tableRows(notice());
      for (const r of transfers) {
        const name = recipientName(r);
        const row = rows.find((cells) => cells.length === 3 && normalise(cells[0]!).includes(normalise(name)));
        expect(row, `transfer row for ${name}`).toBeDefined();
        has(row![2]!, text(r.safeguard, safeguards, lang));
        has(notice(), text(r.safeguard, safeguards, lang, 'copy'));
        if (r.fallbackSafeguard) {
          has(row![2]!, text(r.fallbackSafeguard, safeguards, lang));
          has(notice(), text(r.fallbackSafeguard, safeguards, lang, 'copy'));
        }
      }
    });

    it('10: a retention period for every activity, with its duration', () => {
      has(notice(), term('retentionPeriod'));
      const rows = tableRows(notice()).filter((cells) => cells.length === 4);
      for (const activity of answers.activities) {
        const name = activity.name ? activity.name[lang]! : text(activity.preset, presets, lang);
        const own = rows.filter((cells) => normalise(cells[0]!) === normalise(name));
        expect(own.length, `retention rows of ${activity.id}`).toBe(activity.retention.length);
        activity.retention.forEach((rule, i) => {
          if (rule.period) expect(own[i]![2]).toContain(String(Object.values(rule.period)[0]));
        });
      }
    });

    it('11–12: the data subject rights, and withdrawing consent where consent is relied on', () => {
      for (const key of ['access', 'rectification', 'erasure', 'restriction', 'object'] as const) has(notice(), term(key));
      if (basisUsed('consent') || basisUsed('contract')) has(notice(), term('portability'));
      if (basisUsed('consent')) has(notice(), term('withdrawConsent'));
    });

    it('13: the right to lodge a complaint, naming the competent authority', () => {
      has(notice(), term('complaint'));
      has(notice(), term('supervisoryAuthority'));
      const authority = answers.supervisoryAuthority;
      if (typeof authority === 'object') has(notice(), authority.name);
      else has(notice(), BELGIAN_AUTHORITY[lang]);
    });

    it('14: whether providing the data is required, and the consequences', () => {
      for (const activity of answers.activities.filter((a) => a.requirement)) {
        has(activitySection(activity), text(activity.requirement, requirements, lang));
      }
    });

    it('15 and 18: the source of data not obtained from the person, and when they are told', () => {
      const indirect = answers.activities.filter((a) => a.source);
      for (const activity of indirect) {
        for (const source of sourcesOf(activity)) has(activitySection(activity), text(source.from, sources, lang));
      }
      if (indirect.length > 0) has(notice(), term('oneMonth'));
    });

    it('16: automated decision-making and profiling', () => {
      has(notice(), term('automated'));
      has(notice(), term('profiling'));
      for (const decision of answers.automatedDecisions) {
        has(notice(), decision.logic[lang]!);
        has(notice(), decision.consequences[lang]!);
      }
    });

    it('19: the right to object, in a section of its own', () => {
      const objection = sections(notice(), 2).find((s) => normalise(s.heading).includes(normalise(term('object'))));
      expect(objection, 'a section headed with the right to object').toBeDefined();
      const lines = objection!.body.split('\n').filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((line) => line.startsWith('>'))).toBe(true);
    });

    it('has no empty section and no placeholder', () => {
      for (const section of sections(notice(), 2)) expect(section.body.trim(), section.heading).not.toBe('');
      expect(notice()).not.toMatch(/\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object /);
    });

    it.runIf(lang !== 'en')('has no English left in it', () => {
      let prose = notice();
      const names = answers.recipients.map((r) =>
        r.service && !r.name ? `${processors[r.service]!.name} (${processors[r.service]!.entity})` : recipientName(r),
      );
      for (const name of [...names, answers.controller.legalName]) prose = prose.split(name).join('');
      const english = prose.match(/\b(the|and|your|our|with|which|this|you|will|that|from|have|data)\b/gi) ?? [];
      expect(english).toEqual([]);
    });
  });
});
