/**
 * The library entry (source/index.ts) in process: its public types are the core's, text and
 * object input give the same files, an error renders nothing, and each file says what it is.
 * That its files are the CLI's bytes, and that it loads no terminal code, is test/library.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type { DocumentOption as CoreDocumentOption, Format as CoreFormat } from '../source/core/formats.js';
import { type Language as CoreLanguage, LANGUAGES } from '../source/core/languages.js';
import { DEFAULT_DOCUMENTS, DEFAULT_FORMATS, DOCUMENT_OPTIONS, DOCUMENTS, FORMATS, fileName } from '../source/core/render/documents.js';
import {
  checkAnswers,
  type DocumentOption,
  defaultDocuments,
  defaultFormats,
  documents,
  type Format,
  formats,
  type Language,
  languages,
  type OutputDocument,
  renderDocuments,
} from '../source/index.js';
import { REPO } from './support/cli.js';

const example = join(REPO, 'examples/web-agency.yaml');
const text = readFileSync(example, 'utf8');
const mistakes = readFileSync(join(REPO, 'test/fixtures/check/classic-mistakes.yaml'), 'utf8');

describe('the library entry', () => {
  it('spells out the core’s languages and formats as its public types', () => {
    expectTypeOf<Language>().toEqualTypeOf<CoreLanguage>();
    expectTypeOf<Format>().toEqualTypeOf<CoreFormat>();
    expect([...languages]).toEqual([...LANGUAGES]);
    expect([...formats]).toEqual([...FORMATS]);
    expect([...defaultFormats]).toEqual([...DEFAULT_FORMATS]);
    expectTypeOf<DocumentOption>().toEqualTypeOf<CoreDocumentOption>();
    expect([...documents]).toEqual([...DOCUMENT_OPTIONS]);
    expect([...defaultDocuments]).toEqual([...DEFAULT_DOCUMENTS]);
  });

  it('renders only the documents asked for', () => {
    const result = renderDocuments(text, { file: example, documents: ['retention'], formats: ['csv'] });
    expect(result.ok).toBe(true);
    expect(new Set(result.files.map((f) => f.document))).toEqual(new Set(['retention-table']));
    expect(result.files).toHaveLength(result.languages.length);
  });

  it('renders the default formats in every language of the answers, each file named by its document', () => {
    const result = renderDocuments(text, { file: example });
    expect(result.ok).toBe(true);
    const answersLanguages = (parse(text) as { languages: string[] }).languages;
    expect(result.languages).toEqual(answersLanguages);
    expect(result.files).toHaveLength(answersLanguages.length * 4);
    for (const file of result.files) {
      const document = DOCUMENTS.find((d) => d.id === file.document)!;
      expect(file.name).toBe(fileName(document, file.language, file.format));
      expect(defaultFormats).toContain(file.format);
      expect(file.text.length).toBeGreaterThan(100);
    }
  });

  it('renders only the languages and formats asked for', () => {
    const result = renderDocuments(text, { languages: ['fr'], formats: ['fragment', 'csv'] });
    expect(result.files.map((f: OutputDocument) => f.name)).toEqual(['privacy-notice.fr.fragment.html', 'retention-table.fr.csv']);
  });

  it('gives the same files for the object an answers file holds as for its text', () => {
    const fromObject = renderDocuments(parse(text) as object, { formats: [...formats] });
    expect(fromObject.ok).toBe(true);
    expect(fromObject.files).toEqual(renderDocuments(text, { formats: [...formats] }).files);
  });

  it('renders nothing when a finding is an error, and locates the findings in the file', () => {
    const result = renderDocuments(mistakes, { file: 'mistakes.yaml' });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toContain('transfer-safeguard-invalid');
    for (const f of errors) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.column).toBeGreaterThan(0);
      expect(f.path).toMatch(/^[a-zA-Z]/);
    }
    const checked = checkAnswers(mistakes);
    expect(checked.ok).toBe(false);
    expect(checked.findings).toEqual(result.findings);
  });

  it('says why a text is not an answers file at all: a problem of no rule, with its line', () => {
    const result = checkAnswers('version: 1\nlanguages: [en\n', { file: 'broken.yaml' });
    expect(result.ok).toBe(false);
    expect(result.languages).toEqual([]);
    expect(result.findings[0]).toMatchObject({ severity: 'error', rule: null, line: expect.any(Number) });
    const object = checkAnswers({ version: 1 });
    expect(object.ok).toBe(false);
    expect(object.findings.every((f) => f.rule === null && f.line === undefined)).toBe(true);
  });

  it('writes the findings in the reader’s language', () => {
    const en = checkAnswers(mistakes).findings.map((f) => f.message);
    const nl = checkAnswers(mistakes, { uiLanguage: 'nl' }).findings.map((f) => f.message);
    expect(nl).toHaveLength(en.length);
    expect(nl.filter((message, i) => message !== en[i]).length).toBeGreaterThan(0);
  });
});
