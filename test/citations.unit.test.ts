/**
 * Every article a check rule or a wizard question cites reads as the reader's language cites the
 * law: the regulation under its own name (docs/terms.md: AVG, RGPD, DSGVO), never "GDPR".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../source/core/check/registry.js';
import { articlesIn, citation, missingCitations } from '../source/core/locale/citations.js';
import { readAndCheck } from '../source/core/pipeline.js';
import { REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const REGULATION = { nl: 'AVG', fr: 'RGPD', de: 'DSGVO' } as const;

const bankArticles = articlesIn(parse(readFileSync(join(REPO, 'questions', 'wizard.yaml'), 'utf8')));
const ruleArticles = RULES.flatMap((rule) => (rule.article ? [rule.article] : []));

describe('citations', () => {
  it('has one for every article the rules and the question bank cite', () => {
    expect(bankArticles.length).toBeGreaterThan(20);
    expect(missingCitations([...ruleArticles, ...bankArticles])).toEqual([]);
  });

  it.each(Object.entries(REGULATION))('in %s names the regulation as %s, never "GDPR"', (lang, name) => {
    for (const article of new Set([...ruleArticles, ...bankArticles])) {
      const cited = citation(article, lang as keyof typeof REGULATION);
      expect(cited, article).not.toMatch(/GDPR|Directive|Law of|Code of/);
      if (article.includes('GDPR')) expect(cited, article).toContain(name);
    }
  });

  it('leaves English as the rules write it, and is what a Dutch finding shows', () => {
    const file = join(REPO, 'test', 'fixtures', 'check', 'retention-reason.yaml');
    const findings = (uiLanguage: 'en' | 'nl') => {
      const checked = readAndCheck(readFileSync(file, 'utf8'), file, catalogs, { uiLanguage });
      return checked.ok ? checked.findings.filter((f) => f.rule === 'retention-reason') : [];
    };
    const [english] = findings('en');
    const [dutch] = findings('nl');
    const rule = RULES.find((r) => r.id === 'retention-reason')!;
    expect(english!.article).toBe(rule.article);
    expect(dutch!.article).toBe(citation(rule.article!, 'nl'));
    expect(dutch!.article).toContain('AVG');
  });
});
