/**
 * How much of the shipped examples the owner had to write as prose: maps of four translations,
 * against the catalog ids they picked. A real business owner cannot write legal text in four
 * languages, so the catalogs must cover what their notices say (issue 13: at most 5 %).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGUAGES } from '../source/core/languages.js';
import { catalogs } from './support/replay.js';

const examplesDir = join(import.meta.dirname, '..', 'examples');
const MAX_SHARE = 0.05;

/** Every id of every catalog that is a map of entries (countries is a table, not a map of ids). */
const catalogIds = new Set(
  Object.entries(catalogs)
    .filter(([name]) => name !== 'countries')
    .flatMap(([, entries]) => Object.keys(entries as Record<string, unknown>)),
);

/** Names, addresses, e-mail addresses and the file's own references are facts, not prose or ids. */
const notCounted = new Set(['controller', 'dpo', 'representative', 'id', 'activities', 'languages', 'countries']);

const isProseMap = (value: object): boolean => {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => (LANGUAGES as readonly string[]).includes(k) && typeof (value as Record<string, unknown>)[k] === 'string')
  );
};

function countFields(value: unknown, key = ''): { prose: number; ids: number } {
  // `activities` is the list of activities at the top and, in a recipient, a list of their ids.
  const ownReferences = key === 'activities' && Array.isArray(value) && value.every((v) => typeof v === 'string');
  if ((notCounted.has(key) && key !== 'activities') || ownReferences) return { prose: 0, ids: 0 };
  // A recipient's name is a company name, even when it reads like a catalog id.
  if (typeof value === 'string') return { prose: 0, ids: key !== 'name' && catalogIds.has(value) ? 1 : 0 };
  if (Array.isArray(value)) return sum(value.map((v) => countFields(v, key)));
  if (value && typeof value === 'object') {
    if (isProseMap(value)) return { prose: 1, ids: 0 };
    return sum(Object.entries(value).map(([k, v]) => countFields(v, k)));
  }
  return { prose: 0, ids: 0 };
}

const sum = (counts: { prose: number; ids: number }[]) =>
  counts.reduce((a, b) => ({ prose: a.prose + b.prose, ids: a.ids + b.ids }), { prose: 0, ids: 0 });

const share = ({ prose, ids }: { prose: number; ids: number }) => (prose + ids === 0 ? 0 : prose / (prose + ids));
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('the prose share of the examples', () => {
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('counts a map of translations as prose and a catalog id as an id', () => {
    expect(countFields({ purpose: 'send-newsletter', basis: 'consent' })).toEqual({ prose: 0, ids: 2 });
    expect(countFields({ name: { en: 'a', nl: 'b', fr: 'c', de: 'd' }, dataSubjects: ['customers'] })).toEqual({ prose: 1, ids: 1 });
    expect(countFields({ controller: { legalName: 'website', email: 'a@b.be' } })).toEqual({ prose: 0, ids: 0 });
  });

  it(`stays at or below ${percent(MAX_SHARE)} over all examples, per file and in total`, () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const perFile = files.map((file) => ({ file, ...countFields(parse(readFileSync(join(examplesDir, file), 'utf8'))) }));
    const total = sum(perFile);
    const report = [
      ...perFile.map(
        (f) => `${f.file.padEnd(24)} ${String(f.prose).padStart(3)} prose / ${String(f.ids).padStart(4)} ids  ${percent(share(f))}`,
      ),
      `${'total'.padEnd(24)} ${String(total.prose).padStart(3)} prose / ${String(total.ids).padStart(4)} ids  ${percent(share(total))}`,
    ].join('\n');
    console.log(`prose share of the examples:\n${report}`);
    for (const f of perFile) expect(f.ids, f.file).toBeGreaterThan(0);
    expect(share(total), report).toBeLessThanOrEqual(MAX_SHARE);
  });
});
