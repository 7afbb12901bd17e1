/**
 * The JSON Schema shipped for editors follows from the answers schema: the committed file is
 * what the generator makes today, and it agrees with the validator on real files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answersJsonSchema } from '../source/core/answers/json-schema.js';
import { exampleFiles, REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const committed = JSON.parse(readFileSync(join(REPO, 'schema/answers.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(committed);

describe('schema/answers.schema.json', () => {
  it('is up to date with the answers schema and catalogs (run `npm run schema` after changing them)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(answersJsonSchema(catalogs))));
  });

  it.each(exampleFiles())('accepts the example %s', (file) => {
    const valid = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects what the validator rejects: an unknown catalog id, an unknown field, a wrong type', () => {
    const example = parse(readFileSync(join(REPO, 'examples/web-agency.yaml'), 'utf8'));
    const broken = [
      { ...example, activities: [{ ...example.activities[0], dataCategories: ['no-such-category'] }] },
      { ...example, controller: { ...example.controller, legalFrom: 'BV' } },
      { ...example, version: 'one' },
      { ...example, languages: ['es'] },
    ];
    for (const answers of broken) expect(validate(answers)).toBe(false);
  });
});
