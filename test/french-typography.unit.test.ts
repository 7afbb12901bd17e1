/**
 * French puts a no-break space before ; : ? ! and » and after « (docs/terms.md). Every French
 * text of the question bank, the catalogs, the messages and the templates does, so no line of a
 * French notice, finding or wizard screen breaks before its colon. A plain space there is what
 * the French reviews found, in 244 places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENT_OPTIONS } from '../source/core/formats.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

/** A plain space where French wants a no-break one. */
const PLAIN = / [;:?!»]|« /;

/** Every French string in a YAML value: `fr:` keys at any depth. */
function frenchStrings(value: unknown, where: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => frenchStrings(item, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'fr' && typeof inner === 'string' ? [[`${where}.fr`, inner] as [string, string]] : frenchStrings(inner, `${where}.${key}`),
  );
}

const yamlFiles = [
  ...readdirSync(join(REPO, 'questions'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('questions', f)),
  ...readdirSync(join(REPO, 'questions/catalogs')).map((f) => join('questions/catalogs', f)),
];

describe('French typography', () => {
  it('the question bank, catalogs and messages: a no-break space before ; : ? ! » and after «', () => {
    const strings = yamlFiles.flatMap((file) => frenchStrings(parse(readFileSync(join(REPO, file), 'utf8')), file));
    expect(strings.length).toBeGreaterThan(1000);
    expect(strings.filter(([, text]) => PLAIN.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });

  it.each(readdirSync(join(REPO, 'templates/fr')))('templates/fr/%s: the same', (file) => {
    const lines = readFileSync(join(REPO, 'templates/fr', file), 'utf8').split('\n');
    // labels.yaml's comments are English.
    const plain = lines.flatMap((line, i) => (!line.trimStart().startsWith('#') && PLAIN.test(line) ? [`${i + 1}: ${line}`] : []));
    expect(lines.length).toBeGreaterThan(5);
    expect(plain).toEqual([]);
  });

  // The French review: "… que Meta établit): En vertu …", a colon with no space at all where a
  // template joins two fields, and « de Immo » where a label put « de » before the name.
  it('every French document of every example: the same, and « de » elided before a vowel', () => {
    const files = [...exampleFiles(), join(REPO, 'test/fixtures/everything.yaml')];
    const found: string[] = [];
    for (const file of files) {
      const model = resolveAnswers(loadAnswers(file).answers, catalogs);
      for (const output of renderModelOutputs(model, ['fr'], ['md'], DOCUMENT_OPTIONS))
        for (const [i, line] of output.content.split('\n').entries()) {
          // A colon right after a word, then a space (a URL's colon has none after it).
          const wrong = line.match(/ [;:?!»]|« |\S:(?= )|\bde (?=[aeiouyéèêàâîôû])/i);
          if (wrong)
            found.push(
              `${file}: ${output.name}:${i + 1}: «${wrong[0]}» in ${line.slice(Math.max(0, (wrong.index ?? 0) - 40), (wrong.index ?? 0) + 40)}`,
            );
        }
    }
    expect(found).toEqual([]);
  });
});
