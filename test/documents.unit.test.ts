/** The documents × formats registry: what --format writes, and what adding a document takes. */
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../source/core/model/resolve.js';
import {
  DEFAULT_FORMATS,
  DOCUMENTS,
  type DocumentSpec,
  defineDocument,
  FORMATS,
  filesWrittenHelp,
  TEMPLATE_FILES,
} from '../source/core/render/documents.js';
import { RENDERABLE_DOCUMENTS, renderDocuments, renderOutputs } from '../source/core/render/outputs.js';
import { exampleFiles } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const { answers } = loadAnswers(exampleFiles()[0]!);
const model = resolveAnswers(answers, catalogs);

describe('the document registry', () => {
  it('keeps --format as the README documents it: md the notice and the table, html the notice, csv the table', () => {
    expect([...FORMATS]).toEqual(['md', 'html', 'fragment', 'csv']);
    // The fragment (for a CMS) only on request: without --format, the files written before it.
    expect([...DEFAULT_FORMATS]).toEqual(['md', 'html', 'csv']);
    expect(renderOutputs(answers, catalogs, ['nl']).map((f) => f.name)).toEqual(
      renderOutputs(answers, catalogs, ['nl'], ['md', 'html', 'csv']).map((f) => f.name),
    );
    const names = (formats: string[]) => renderOutputs(answers, catalogs, ['nl'], formats).map((f) => f.name);
    expect(names(['md'])).toEqual(['privacy-notice.nl.md', 'retention-table.nl.md']);
    expect(names(['html'])).toEqual(['privacy-notice.nl.html']);
    expect(names(['csv'])).toEqual(['retention-table.nl.csv']);
    // Written in one fixed order, whatever the order of the flags.
    expect(names(['csv', 'html', 'md'])).toEqual([
      'privacy-notice.nl.md',
      'retention-table.nl.md',
      'privacy-notice.nl.html',
      'retention-table.nl.csv',
    ]);
  });

  it('has a renderer for every format each document declares, and no other', () => {
    expect(RENDERABLE_DOCUMENTS.map((d) => d.spec)).toEqual([...DOCUMENTS]);
    for (const document of RENDERABLE_DOCUMENTS) expect(Object.keys(document.render)).toEqual([...document.spec.formats]);
  });

  it('lists every template a document declares, for every language', () => {
    expect(TEMPLATE_FILES).toContain('templates/fr/notice.md.mustache');
    expect(TEMPLATE_FILES).toContain('templates/notice.html.mustache');
    expect(TEMPLATE_FILES).toContain('templates/retention-table.md.mustache');
    expect(new Set(TEMPLATE_FILES).size).toBe(TEMPLATE_FILES.length);
  });

  it('renders a document registered by a caller: a declaration and a renderer per format are all it takes', () => {
    const spec = {
      id: 'greeting',
      option: 'greeting',
      byDefault: false,
      file: 'greeting',
      formats: ['txt', 'md'],
      templates: {},
    } as const satisfies DocumentSpec;
    const greeting = defineDocument(spec, (model, lang) => ({ lang, name: model.answers.controller.legalName }), {
      txt: (view) => `Hello from ${view.name} (${view.lang})\n`,
      md: (view) => `# ${view.name}\n`,
    });
    // Beside the documents written by default, so that the expected files do not grow with the registry.
    const documents = [...RENDERABLE_DOCUMENTS.filter((d) => d.spec.byDefault), greeting];
    const files = renderDocuments(model, ['en', 'de'], ['txt', 'csv'], documents);
    expect(files.map((f) => f.name)).toEqual(['retention-table.en.csv', 'greeting.en.txt', 'retention-table.de.csv', 'greeting.de.txt']);
    expect(files[1]!.content).toBe(`Hello from ${answers.controller.legalName} (en)\n`);
    const md = renderDocuments(model, ['en'], ['md'], documents).map((f) => f.name);
    expect(md).toEqual(['privacy-notice.en.md', 'retention-table.en.md', 'greeting.en.md']);
    const help = filesWrittenHelp([...DOCUMENTS, spec]);
    // An on-request document is starred; its files line up with the notice's columns.
    expect(help.at(-1)).toMatch(/^ {2}greeting\* +greeting\.<lang>\.txt +greeting\.<lang>\.md$/);
    expect(help.at(-1)!.indexOf('greeting.<lang>.txt')).toBe(help[0]!.indexOf('privacy-notice.<lang>.md'));
    expect(help[0]).toMatch(/^ {2}notice +privacy-notice/);
  });

  it('builds a document’s view only when one of its formats is written', () => {
    let built = 0;
    const spec = {
      id: 'counted',
      option: 'counted',
      byDefault: false,
      file: 'counted',
      formats: ['txt'],
      templates: {},
    } as const satisfies DocumentSpec;
    const counted = defineDocument(spec, () => ++built, { txt: (n) => `${n}` });
    renderDocuments(model, ['en'], ['csv'], [...RENDERABLE_DOCUMENTS, counted]);
    expect(built).toBe(0);
    renderDocuments(model, ['en', 'nl'], ['txt'], [counted]);
    expect(built).toBe(2);
  });
});
