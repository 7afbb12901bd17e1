/**
 * The sports club's Facebook and Instagram pages: the situation that the joint controllership with
 * Meta for Page Insights concerns (Art. 13(1)(c), 26(2) GDPR). Expected words come from the catalog
 * YAML and the example, never from the templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENT_OPTIONS } from '../source/core/formats.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

type Localized = Record<Language, string>;
const catalog = (name: string) => parse(readFileSync(join(REPO, 'questions/catalogs', `${name}.yaml`), 'utf8'));
const PRESET = 'social-media-pages';
const preset = catalog('activity-presets')[PRESET] as {
  label: Localized;
  dataSubjects: string[];
  purposes: { purpose: string; basis: string }[];
};
const purposes = catalog('purposes');
const arrangement = catalog('joint-arrangements')['meta-page-insights'] as { label: Localized; essence: Localized };

const EXAMPLE = join(REPO, 'examples/sports-club.yaml');
const { answers } = loadAnswers(EXAMPLE);
const activity = answers.activities.find((act) => act.preset === PRESET);
const meta = answers.recipients.find((r) => r.role === 'joint-controller' && r.arrangement === 'meta-page-insights');

const rendered = new Map<Language, { notice: string; record: string }>();
function documents(lang: Language) {
  if (!rendered.has(lang)) {
    const files = renderModelOutputs(resolveAnswers(answers, catalogs), [lang], ['md'], DOCUMENT_OPTIONS);
    const file = (name: string) => files.find((f) => f.name === `${name}.${lang}.md`)!.content;
    rendered.set(lang, { notice: file('privacy-notice'), record: file('record-of-processing') });
  }
  return rendered.get(lang)!;
}

/** The part of a document under the `###` heading that holds `title`, up to the next such heading. */
function section(text: string, title: string): string {
  const start = text.split('\n').findIndex((line) => line.startsWith('### ') && line.endsWith(title));
  expect(start, `a heading "${title}"`).toBeGreaterThan(-1);
  const lines = text.split('\n').slice(start);
  const end = lines.findIndex((line, i) => i > 0 && line.startsWith('#'));
  return lines.slice(0, end === -1 ? undefined : end).join('\n');
}

describe('the social-media-pages preset', () => {
  it('rests every purpose on legitimate interests, each naming its interest in every language', () => {
    expect(preset.purposes.length).toBeGreaterThan(0);
    for (const { purpose, basis } of preset.purposes) {
      expect(basis, purpose).toBe('legitimate-interests');
      expect(purposes[purpose].suggestedBasis, purpose).toBe('legitimate-interests');
      for (const lang of LANGUAGES) expect(purposes[purpose].interest?.[lang], `${purpose} ${lang}`).toBeTruthy();
    }
  });

  it('is one of the sports club business type’s suggestions', () => {
    expect(catalog('business-types')['sports-club'].activities).toContain(PRESET);
  });
});

describe('the sports club example', () => {
  it('has the situation, and its Meta joint controller names it and no other', () => {
    expect(activity).toBeDefined();
    expect(meta).toBeDefined();
    expect(meta!.activities).toEqual([activity!.id]);
  });

  it.each(LANGUAGES)('%s: the notice describes the pages: heading, people, purposes with their interest', (lang) => {
    const part = section(documents(lang).notice, preset.label[lang]);
    for (const id of preset.dataSubjects) expect(part).toContain(catalog('data-subjects')[id].label[lang]);
    for (const { purpose } of preset.purposes) expect(part).toContain(purposes[purpose].interest[lang]);
  });

  it.each(LANGUAGES)('%s: the notice gives the essence of the arrangement with Meta', (lang) => {
    const { notice } = documents(lang);
    const paragraph = notice.split('\n').find((line) => line.includes(arrangement.essence[lang]));
    expect(paragraph).toBeDefined();
    expect(paragraph).toContain(meta!.name as string);
    expect(paragraph).toContain(arrangement.label[lang]);
  });

  it.each(LANGUAGES)('%s: the record lists Meta as joint controller under the pages, and under no other situation', (lang) => {
    const { record } = documents(lang);
    const name = meta!.name as string;
    expect(section(record, preset.label[lang])).toContain(name);
    expect(answers.activities.length).toBeGreaterThan(1);
    const activityHeadings = record.split('\n').filter((line) => /^### \d+\. /.test(line));
    expect(activityHeadings).toHaveLength(answers.activities.length);
    for (const heading of activityHeadings.filter((line) => !line.endsWith(preset.label[lang])))
      expect(section(record, heading.replace(/^### \d+\. /, '')), heading).not.toContain(name);
  });
});
