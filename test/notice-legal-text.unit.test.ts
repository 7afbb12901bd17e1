/**
 * The legal sentences the reviews of issue 14 corrected, in every example and fixture and in
 * every language each one is written in. Expected words are terms of the official GDPR texts
 * and of docs/terms.md (test/support/glossary-terms.ts), never the template.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../source/core/answers/schema.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderNoticeMarkdown } from '../source/core/render/notice.js';
import { buildNoticeView } from '../source/core/view/notice-view.js';
import { exampleFiles, REPO } from './support/cli.js';
import { DE_MEMBER_STATE_EEA, LEGAL_TERMS, REJECTED, TERMS } from './support/glossary-terms.js';
import { normalise } from './support/markdown.js';
import { catalogs, loadAnswers } from './support/replay.js';

const files = [...exampleFiles(), ...['everything', 'outside-eu', 'minimal'].map((name) => join(REPO, `test/fixtures/${name}.yaml`))];
const render = (answers: Answers, lang: Language) => renderNoticeMarkdown(buildNoticeView(resolveAnswers(answers, catalogs), lang));
const legal = (key: keyof typeof LEGAL_TERMS, lang: Language) => normalise(LEGAL_TERMS[key][lang]);

/** The list item of the rights section that names a right (its bold glossary term). */
function rightItem(notice: string, right: string): string {
  const item = notice.split('\n').find((line) => line.startsWith('- **') && normalise(line).includes(normalise(right)));
  expect(item, `a list item for ${right}`).toBeDefined();
  return normalise(item!);
}

/** The header cells of each table in the notice. */
const tableHeaders = (notice: string): string[][] => {
  const lines = notice.split('\n');
  return lines
    .filter((line, i) => line.startsWith('|') && /^\|\s*---/.test(lines[i + 1] ?? ''))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => normalise(cell.trim())),
    );
};

/** The paragraph between a heading and the next block, by a glossary term in the heading. */
function section(notice: string, headingTerm: string): string {
  const parts = notice.split(/^## /m);
  const found = parts.find((part) => normalise(part.split('\n')[0]!).includes(normalise(headingTerm)));
  expect(found, `a section headed with ${headingTerm}`).toBeDefined();
  return found!;
}

describe.each(files.map((file) => [basename(file), file] as const))('%s', (_name, file) => {
  const { answers } = loadAnswers(file);

  describe.each(answers.languages)('in %s', (lang) => {
    const notice = render(answers, lang);
    const text = normalise(notice);

    it('erasure names its Art. 17(3) exceptions: a legal obligation and legal claims', () => {
      const item = rightItem(notice, TERMS[lang].erasure);
      expect(item).toContain(legal('legalClaims', lang));
      expect(item).toContain(legal('legalObligation', lang));
    });

    it('restriction says what it is: the data are only stored (Art. 18(2))', () => {
      expect(rightItem(notice, TERMS[lang].restriction)).toContain(legal('storage', lang));
    });

    it('portability is listed with its condition: consent or contract, by automated means', () => {
      const item = rightItem(notice, TERMS[lang].portability);
      for (const word of [legal('consent', lang), legal('contract', lang), normalise(TERMS[lang].automated)]) expect(item).toContain(word);
    });

    it('recipients are not the only ones: authorities where the law requires', () => {
      if (answers.recipients.length === 0) return;
      // The sentence that introduces the recipients table (four columns, headed by "recipient").
      const lines = notice.split('\n');
      const table = lines.findIndex(
        (line, i) =>
          /^\|\s*---/.test(lines[i + 1] ?? '') &&
          line.split('|').length === 6 &&
          normalise(line).includes(normalise(TERMS[lang].recipient)),
      );
      const intro = lines
        .slice(0, table)
        .reverse()
        .find((line) => line.trim() !== '');
      expect(normalise(intro!)).toContain(legal('publicAuthorities', lang));
    });

    it('transfers: the section says third countries, the column the transfer basis, not a safeguard', () => {
      const transfers = section(notice, TERMS[lang].eea);
      expect(normalise(transfers)).toContain(legal('thirdCountry', lang));
      const header = tableHeaders(transfers)[0];
      if (header) {
        expect(header).toHaveLength(3);
        expect(header[2]).toContain(legal('transferBasis', lang));
        expect(header[2]).not.toContain(legal('safeguard', lang));
      } else if (answers.recipients.length > 0) {
        // No transfer: said of the recipients listed, not as a fact about every onward transfer.
        expect(normalise(transfers)).toContain(normalise(TERMS[lang].recipient));
      }
    });

    it('the breach sentence has the thresholds of Art. 33 and 34 and "without undue delay"', () => {
      const line = notice.split('\n').find((l) => normalise(l).includes(legal('breach', lang)) && !l.startsWith('-'));
      expect(line, 'the breach sentence').toBeDefined();
      for (const key of ['unlessUnlikelyRisk', 'likelyHighRisk', 'withoutUndueDelay'] as const)
        expect(normalise(line!)).toContain(legal(key, lang));
    });

    it('the children sentence gives the age from which a child consents alone (Art. 8)', () => {
      if (answers.children.directedAtChildren) return;
      // Where some people are minors, the section says who acts for them, not "not aimed at children".
      if (answers.activities.some((a) => a.minors)) expect(text).not.toContain(legal('childConsentAge', lang));
      else expect(text).toContain(legal('childConsentAge', lang));
    });

    it.runIf(lang === 'fr')('never says « majorité numérique », a French-law label', () => {
      expect(text).not.toContain(normalise(REJECTED.frDigitalMajority));
    });

    it.runIf(lang === 'de')('names the EU/EEA member state for a complaint (Art. 77)', () => {
      expect(section(notice, TERMS.de.complaint.split(' ')[0]!)).toContain(DE_MEMBER_STATE_EEA);
    });
  });
});

describe('portability when no activity rests on consent or contract', () => {
  const { answers } = loadAnswers(join(REPO, 'test/fixtures/everything.yaml'));
  const noConsentNorContract: Answers = {
    ...answers,
    activities: answers.activities.map((act) => ({
      ...act,
      purposes: act.purposes.map((p) => ({ ...p, basis: 'legal-obligation' as const, legitimateInterest: undefined })),
    })),
  };

  it.each(LANGUAGES)('is still listed, with its condition (%s)', (lang) => {
    const notice = render(noConsentNorContract, lang);
    const item = rightItem(notice, TERMS[lang].portability);
    expect(item).toContain(legal('consent', lang));
    expect(item).toContain(legal('contract', lang));
  });
});

describe('the Belgian authority, in the reader’s language', () => {
  // The authority's own site per language (docs/terms.md, "Belgium").
  const SITE: Record<Language, string> = {
    en: 'dataprotectionauthority.be',
    nl: 'gegevensbeschermingsautoriteit.be',
    fr: 'autoriteprotectiondonnees.be',
    de: 'datenschutzbehorde.be',
  };
  const { answers } = loadAnswers(join(REPO, 'examples/web-agency.yaml'));

  it.each(LANGUAGES)('links its site in %s', (lang) => {
    const notice = render(answers, lang);
    expect(notice).toContain(SITE[lang]);
    for (const other of LANGUAGES.filter((l) => l !== lang)) expect(notice).not.toContain(SITE[other]);
  });
});
