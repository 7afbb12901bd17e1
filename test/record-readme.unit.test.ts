/**
 * The README's account of the record of processing activities stays true: its list of columns
 * is the record's, in the record's order, and its sample is an excerpt of the file it names,
 * as generated today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { renderModelOutputs } from '../source/core/render/outputs.js';
import { labels } from '../source/core/render/templates.js';
import { RECORD_COLUMNS } from '../source/core/view/record-labels.js';
import { REPO } from './support/cli.js';
import { catalogs, loadAnswers } from './support/replay.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

describe("the README's record of processing activities", () => {
  it('lists the columns the record has, in its order', () => {
    const [, table] = /<!-- record columns:[^>]*-->\n((?:\|.*\n)+)/.exec(readme) ?? [];
    const rows = table!.trim().split('\n').slice(2);
    const columns = rows.map((row) => row.split('|')[1]!.trim());
    const { columns: headings } = labels('en').record;
    expect(columns).toEqual(RECORD_COLUMNS.map((column) => headings[column]));
  });

  it('shows a sample that is an excerpt of the record it names, as generated today', () => {
    const [, example, file, excerpt] = /<!-- record sample: (\S+) (\S+) [^>]*-->\n```markdown\n([\s\S]*?)\n```/.exec(readme) ?? [];
    expect(excerpt?.split('\n').length).toBeGreaterThan(5);
    const { answers, languages } = loadAnswers(join(REPO, example!));
    const files = renderModelOutputs(resolveAnswers(answers, catalogs), languages, ['md'], ['record']);
    expect(files.find((output) => output.name === file)?.content).toContain(excerpt);
  });
});
