import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadUiStrings } from '../../source/core/flow/bank.js';
import { answersToDraft } from '../../source/core/flow/import-answers.js';
import { LANGUAGES } from '../../source/core/languages.js';
import { reviewFindings } from '../../source/wizard/findings.js';
import { optionsFor } from '../../source/wizard/options.js';
import { jumpFor, parsePath, reviewLines } from '../../source/wizard/review-lines.js';
import { translator } from '../../source/wizard/strings.js';
import { catalogs, loadAnswers } from '../support/replay.js';

const flow = { bank: loadQuestionBank(), catalogs };

describe('the review’s lines', () => {
  it.each(['examples/web-agency.yaml', 'examples/webshop.yaml', 'examples/consultant.yaml'])(
    '%s: no JSON, no internal key, labels not ids',
    (file) => {
      const draft = answersToDraft(flow, loadAnswers(file).answers);
      for (const lang of LANGUAGES) {
        const t = translator(loadUiStrings(), lang);
        const lines = reviewLines(flow, draft, reviewFindings(flow, draft, catalogs, lang), lang, t);
        expect(lines.length).toBeGreaterThan(10);
        for (const line of lines) {
          expect(line.text).not.toMatch(/[{}"]|\$[a-z]|\[object/);
          expect(line.text).not.toMatch(/\b(fromThirdParty|requirement|retention|safeguard|dataSubjects):/);
        }
        // A catalog entry is named by its label in the UI language, not by its id.
        const activity = (draft.activities as { preset?: string }[]).find((a) => a.preset)!;
        const label = catalogs['activity-presets'][activity.preset!]!.label[lang];
        expect(lines.some((l) => l.kind === 'item' && l.text.startsWith(label))).toBe(true);
      }
    },
  );

  it('counts a list after its label as each language punctuates it (French: a no-break space before the colon)', () => {
    const draft = answersToDraft(flow, loadAnswers('examples/webshop.yaml').answers);
    const count = (draft.activities as unknown[]).length;
    const colon = { en: ': ', nl: ': ', fr: '\u00a0: ', de: ': ' } as const;
    for (const lang of LANGUAGES) {
      const lines = reviewLines(flow, draft, [], lang, translator(loadUiStrings(), lang)).map((l) => l.text);
      expect(
        lines.some((text) => text.endsWith(`${colon[lang]}${count}`)),
        lang,
      ).toBe(true);
      if (lang === 'fr') expect(lines.filter((text) => /[^\u00a0]: \d+$/.test(text))).toEqual([]);
    }
  });

  it('shows a supervisory authority written out by its values, so that --edit keeps it', () => {
    const draft = answersToDraft(flow, loadAnswers('test/fixtures/everything.yaml').answers);
    const t = translator(loadUiStrings(), 'en');
    const lines = reviewLines(flow, draft, [], 'en', t).map((l) => l.text);
    const line = lines.find((text) => text.includes('Example Authority'));
    expect(line).toContain('info@example.org');
    expect(line).not.toMatch(/[{}"]|\[object/);
  });

  it('groups the answers under their sections’ titles', () => {
    const draft = answersToDraft(flow, loadAnswers('examples/web-agency.yaml').answers);
    const t = translator(loadUiStrings(), 'nl');
    const sections = reviewLines(flow, draft, [], 'nl', t)
      .filter((l) => l.kind === 'section')
      .map((l) => l.text);
    expect(sections).toEqual(flow.bank.sections.map((s) => s.title.nl).filter((title) => sections.includes(title)));
    expect(sections.length).toBeGreaterThanOrEqual(4);
  });

  it('a finding leads to the question inside the group item that fixes it', () => {
    const draft = answersToDraft(flow, loadAnswers('examples/web-agency.yaml').answers);
    expect(parsePath('recipients[1].safeguard')).toEqual(['recipients', 1, 'safeguard']);
    const stack = jumpFor(flow, draft, ['recipients', 1, 'safeguard']);
    expect(stack).toHaveLength(2);
    expect(stack[1]!.base).toEqual(['recipients', 1]);
    const item = flow.bank.sections.flatMap((s) => s.questions).find((q) => q.path === 'recipients')!.item!;
    expect(item[stack[1]!.index]!.path).toBe('safeguard');
  });

  it('a missing answer is named by its question, in the UI language', () => {
    const t = translator(loadUiStrings(), 'nl');
    const draft = { languages: ['nl'] };
    const lines = reviewLines(flow, draft, reviewFindings(flow, draft, catalogs, 'nl'), 'nl', t);
    const prompt = flow.bank.sections.flatMap((s) => s.questions).find((q) => q.path === 'controller.legalName')!.prompt.nl;
    expect(lines.some((l) => l.kind === 'error' && l.text.includes(prompt))).toBe(true);
    expect(
      lines
        .filter((l) => l.kind === 'error')
        .map((l) => l.text)
        .join('\n'),
    ).not.toMatch(/missing field/);
  });

  // The newcomer's trial: a recipient's situations read "Nieuwsbrief (newsletter), …".
  it.each(LANGUAGES)('%s: names the situations to choose for a recipient without their ids, unless two share a name', (lang) => {
    const t = translator(loadUiStrings(), lang);
    const draft = answersToDraft(flow, loadAnswers('examples/webshop.yaml').answers);
    const recipients = flow.bank.sections.flatMap((s) => s.questions).find((q) => q.path === 'recipients')!;
    const question = recipients.item!.find((q) => q.path === 'activities')!;
    const activities = draft.activities as { id: string; preset?: string; name?: Record<string, string> }[];
    const labels = () => optionsFor(question, catalogs, lang, t, draft).map((o) => o.label);
    const newsletter = catalogs['activity-presets'].newsletter!.label[lang];
    expect(labels()).toContain(newsletter);
    expect(labels()).toHaveLength(activities.length);
    for (const { id } of activities) for (const label of labels()) expect(label).not.toContain(`(${id})`);
    // Two situations named alike: the ids tell them apart.
    const own = activities.find((a) => a.preset === 'newsletter')!;
    activities.push({ ...own, id: 'newsletter-b2b', name: { [lang]: newsletter } });
    expect(labels()).toEqual(expect.arrayContaining([`${newsletter} (${own.id})`, `${newsletter} (newsletter-b2b)`]));
  });
});
