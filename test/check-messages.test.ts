/**
 * check speaks each output language: every message id a rule names exists in every language
 * with the same placeholders, no message is dead, and the fixtures' findings in Dutch, French
 * and German carry no English and use the official GDPR terms of the glossary.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { placeholdersOf } from '../source/core/check/messages.js';
import { LANGUAGES, type Language } from '../source/core/languages.js';
import { readAndCheck } from '../source/core/pipeline.js';
import { countryName } from '../source/core/view/format.js';
import { REPO, runCli, tempDir } from './support/cli.js';
import { TERMS } from './support/glossary-terms.js';
import { catalogs } from './support/replay.js';

const messages = parse(readFileSync(join(REPO, 'questions', 'check-messages.yaml'), 'utf8')) as Record<string, Record<Language, string>>;
const FIXTURES = join(REPO, 'test', 'fixtures', 'check');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));

/** The ids the code names: `msg('id'` literally, or a template such as `msg(\`kind.${kind}\``, as a pattern. */
function idsInCode(): { literal: string[]; patterns: RegExp[] } {
  const dir = join(REPO, 'source', 'core', 'check');
  const scan = join(REPO, 'source', 'core', 'scan');
  const files = [
    ...readdirSync(join(dir, 'rules')).map((f) => join(dir, 'rules', f)),
    join(dir, 'report.ts'),
    join(dir, 'messages.ts'),
    // scan's report speaks through the same messages (scan.*).
    ...readdirSync(scan).map((f) => join(scan, f)),
  ];
  // The answers format's messages: say('id') and schemaText('id') name `schema.id`.
  const answersDir = join(REPO, 'source', 'core', 'answers');
  const answersCode = [...readdirSync(answersDir).map((f) => join(answersDir, f)), join(REPO, 'source', 'io', 'read-answers-file.ts')]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const code = [...files.map((f) => readFileSync(f, 'utf8')), answersCode].join('\n');
  const literal = [
    ...[...code.matchAll(/\bmsg\('([^']+)'/g)].map((m) => m[1]!),
    ...[...answersCode.matchAll(/\b(?:say|schemaText)\('([^']+)'/g)].map((m) => `schema.${m[1]!}`),
  ];
  const patterns = [...code.matchAll(/\bmsg\(`([^`]+)`/g)].map(
    (m) => new RegExp(`^${m[1]!.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[a-z-]+')}$`),
  );
  // renderCount names `${id}.one` / `${id}.other`.
  const counted = [...code.matchAll(/renderCount\('([^']+)'/g)].map((m) => new RegExp(`^${m[1]!.replace(/\./g, '\\.')}\\.[a-z]+$`));
  // renderCount(`scan.${kind}`, …): any id of that shape with a plural ending.
  const countedTemplates = [...code.matchAll(/renderCount\(`([^`]+)`/g)].map(
    (m) => new RegExp(`^${m[1]!.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[a-z-]+')}\\.[a-z]+$`),
  );
  return { literal, patterns: [...patterns, ...counted, ...countedTemplates] };
}

describe('questions/check-messages.yaml', () => {
  const { literal, patterns } = idsInCode();

  it('has every message the code names, in every language, with the same placeholders', () => {
    expect(literal.length).toBeGreaterThan(60);
    for (const id of literal) {
      expect(Object.keys(messages[id] ?? {}), id).toEqual([...LANGUAGES]);
      for (const lang of LANGUAGES)
        expect(placeholdersOf(messages[id]![lang]), `${id} in ${lang}`).toEqual(placeholdersOf(messages[id]!.en));
    }
    for (const pattern of patterns)
      expect(
        Object.keys(messages).some((id) => pattern.test(id)),
        String(pattern),
      ).toBe(true);
  });

  it('has no message the code never names', () => {
    const unused = Object.keys(messages).filter((id) => !literal.includes(id) && !patterns.some((p) => p.test(id)));
    expect(unused).toEqual([]);
  });

  it('is what a placeholder mismatch would fail the build on', () => {
    for (const [id, texts] of Object.entries(messages)) {
      for (const lang of LANGUAGES) expect(placeholdersOf(texts[lang]), `${id} in ${lang}`).toEqual(placeholdersOf(texts.en));
    }
  });
});

/** The abbreviations the glossary (docs/terms.md) gives, beside the terms of TERMS. */
const ABBREVIATIONS: Record<'eea' | 'enterpriseRegister', Record<'nl' | 'fr' | 'de', string>> = {
  eea: { nl: 'EER', fr: 'EEE', de: 'EWR' },
  enterpriseRegister: { nl: 'KBO', fr: 'BCE', de: 'ZDU' },
};

function findingsIn(fixture: string, lang: Language) {
  const result = readAndCheck(readFileSync(join(FIXTURES, fixture), 'utf8'), fixture, catalogs, { uiLanguage: lang });
  if (!result.ok) throw new Error(`${fixture} is not valid`);
  return result.findings.map((f) => `${f.message} ${f.fix ?? ''}`);
}

/** English words that Dutch, French and German findings have no use for. */
const ENGLISH = /\b(?:the|and|which|with|does|must|your|not|has|been|this|should|is no|outside|missing)\b/i;
/** What the user wrote and the finding quotes, which may well be English. */
const quoted = /'[^']*'|‘[^’]*’|«[\s\u00a0\u202f][^»]*[\s\u00a0\u202f]»|„[^“]*“/g;

describe.each(['nl', 'fr', 'de'] as const)('the check fixtures, in %s', (lang) => {
  it('say everything without English and without a placeholder left', () => {
    for (const fixture of fixtures) {
      for (const text of findingsIn(fixture, lang)) {
        expect(text, fixture).not.toMatch(/\{\{|\}\}/);
        expect(text.replace(quoted, ''), fixture).not.toMatch(ENGLISH);
      }
    }
  });

  it('name things by the glossary terms', () => {
    const expects: [fixture: string, expected: string][] = [
      ['eu-representative.yaml', TERMS[lang].controller],
      ['eu-representative.yaml', ABBREVIATIONS.eea[lang]],
      ['enterprise-number.yaml', ABBREVIATIONS.enterpriseRegister[lang]],
      ['dpo-likely-required.yaml', TERMS[lang].dpo],
      ['retention-reason.yaml', TERMS[lang].retentionPeriod],
      ['recipients-listed.yaml', TERMS[lang].processor],
      ['authority-known.yaml', TERMS[lang].supervisoryAuthority],
    ];
    // A term may stand in the plural ("autorités de contrôle"): each word may take an ending.
    const inflected = (term: string) =>
      new RegExp(
        term
          .split(' ')
          .map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*`)
          .join(' '),
        'u',
      );
    for (const [fixture, expected] of expects) expect(findingsIn(fixture, lang).join('\n'), fixture).toMatch(inflected(expected));
  });
});

describe("privacy-wizard check in the reader's language", () => {
  const file = join(FIXTURES, 'classic-mistakes.yaml');
  const json = (args: string[], env = {}) =>
    JSON.parse(runCli(['check', file, '--format', 'json', ...args], { env }).stdout) as { findings: { rule: string; message: string }[] };

  it('writes Dutch with --lang-ui nl, and keeps the rule ids of the English report', () => {
    const dutch = runCli(['check', file, '--lang-ui', 'nl']);
    expect(dutch.status).toBe(1);
    expect(dutch.stdout).toContain(`${TERMS.nl.retentionPeriod} vermeldt geen reden`);
    expect(dutch.stdout).toMatch(/\d+ problemen \(\d+ fouten, \d+ waarschuwingen\)/);
    expect(json(['--ui-lang', 'fr']).findings.map((f) => f.rule)).toEqual(json([]).findings.map((f) => f.rule));
  });

  it('follows the locale for text, but writes JSON in English unless asked', () => {
    const env = { LANG: 'de_DE.UTF-8' };
    expect(runCli(['check', file], { env }).stdout).toContain('Lösung: ');
    expect(json([], env).findings.map((f) => f.message)).toEqual(json([]).findings.map((f) => f.message));
    expect(json(['--ui-lang', 'de']).findings.map((f) => f.message)).not.toEqual(json([]).findings.map((f) => f.message));
  });

  it('names countries in Dutch without creating an Intl formatter', () => {
    const log = join(tempDir(), 'intl.log');
    const run = runCli(['check', join(FIXTURES, 'authority-jurisdiction.yaml'), '--ui-lang', 'nl'], {
      nodeArgs: ['--import', join(REPO, 'test/support/record-intl.mjs')],
      env: { RECORD_INTL_TO: log },
    });
    expect(run.stdout).toContain(countryName('GB', 'nl'));
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  // A newcomer's trial: with --ui-lang nl a misspelt field and the last line were still English.
  it.each(['nl', 'fr', 'de'] as const)('names a misspelt field and says the file was not checked in %s', (lang) => {
    const dir = tempDir();
    const broken = join(dir, 'client.yaml');
    writeFileSync(broken, readFileSync(join(REPO, 'examples/web-agency.yaml'), 'utf8').replace('legalName:', 'legalNmae:'));
    const run = runCli(['check', broken, '--ui-lang', lang]);
    expect(run.status).toBe(2);
    const fill = (id: string, params: Record<string, string>) =>
      messages[id]![lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
    expect(run.stderr).toContain(fill('schema.unknown-field-near', { field: 'legalNmae', candidate: 'legalName' }));
    const problems = messages['report.problems.other']![lang].replace('{{count}}', '2');
    expect(run.stderr).toContain(fill('report.invalid', { file: broken, problems }));
    expect(run.stderr).not.toMatch(/unknown field|did you mean|not a valid answers file/);
  });

  // Unknown catalog ids and countries were still English with --ui-lang nl.
  it('says an unknown processor and an unknown country in Dutch, and exits 2 as for any invalid file', () => {
    const broken = join(tempDir(), 'client.yaml');
    const recipient = '  - service: mailchimpp\n    role: processor\n    countries: [XX]\n';
    const text = `${readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8')}recipients:\n${recipient}`;
    writeFileSync(broken, text);
    /** LINE:COL of the first `needle` in the file. */
    const at = (needle: string) => {
      const before = text.slice(0, text.indexOf(needle)).split('\n');
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    const fill = (id: string, params: Record<string, string>, lang: Language) =>
      messages[id]![lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
    const processor = (lang: Language) =>
      fill(
        'schema.catalog-unknown-near',
        { what: messages['schema.what.processor']![lang], id: 'mailchimpp', candidate: 'mailchimp' },
        lang,
      );
    const country = (lang: Language) => fill('schema.location', { code: 'XX' }, lang);

    const dutch = runCli(['check', broken, '--ui-lang', 'nl']);
    expect(dutch.status).toBe(2);
    expect(dutch.stdout).toBe('');
    const lines = dutch.stderr.trimEnd().split('\n');
    expect(lines).toContain(`${broken}:${at('mailchimpp')}  recipients[0].service  ${processor('nl')}`);
    expect(lines).toContain(`${broken}:${at('XX]')}  recipients[0].countries[0]  ${country('nl')}`);
    expect(lines.at(-1)).toContain(
      fill('report.invalid', { file: broken, problems: messages['report.problems.other']!.nl.replace('{{count}}', '2') }, 'nl'),
    );
    expect(dutch.stderr).not.toMatch(/unknown|did you mean|processor '|use an ISO/);

    // Without --ui-lang (and no locale), the English replay has always printed.
    const english = runCli(['check', broken]);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("recipients[0].service  unknown processor 'mailchimpp'; did you mean 'mailchimp'?");
    expect(english.stderr).toContain(
      "recipients[0].countries[0]  unknown country 'XX': use an ISO 3166-1 alpha-2 code such as BE, NL or US, or EEA for the EU/EEA",
    );
  });

  it('says a problem of the YAML itself in German', () => {
    const broken = join(tempDir(), 'client.yaml');
    writeFileSync(
      broken,
      readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8').replace('legalForm: BV', 'legalForm: &f BV\n  tradeName: *f'),
    );
    const run = runCli(['check', broken, '--ui-lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`(yaml)  ${messages['schema.alias']!.de.replace('{{name}}', 'f')}`);
    expect(run.stderr).not.toMatch(/aliases|not allowed/);
  });

  it('says in French that a file is too large to be answers, and that it was not checked', () => {
    const huge = join(tempDir(), 'client.yaml');
    writeFileSync(huge, `# ${'x'.repeat(600 * 1024)}\n`);
    const run = runCli(['check', huge, '--ui-lang', 'fr']);
    expect(run.status).toBe(2);
    const problems = messages['report.problems.one']!.fr.replace('{{count}}', '1');
    expect(run.stderr.split('\n')).toEqual([
      `${huge}:1:1  (file)  ${messages['schema.too-large']!.fr.replace('{{size}}', '512')}`,
      `privacy-wizard: ${messages['report.invalid']!.fr.replace('{{file}}', huge).replace('{{problems}}', problems)}`,
      '',
    ]);
  });

  it('takes one language for --ui-lang', () => {
    const run = runCli(['check', file, '--ui-lang', 'en,nl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ui-lang takes one language');
  });
});
