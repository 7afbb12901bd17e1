/** The README's table of catalog sizes follows the YAML: a catalog edit that forgets it fails here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from './support/replay.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('the README catalog section', () => {
  it('states how many entries each catalog has', () => {
    const stated = Object.fromEntries([...readme.matchAll(/^\| `([a-z-]+)` \| (\d+) \|$/gm)].map((m) => [m[1], Number(m[2])]));
    const actual = Object.fromEntries(
      Object.entries(catalogs)
        .filter(([name]) => name !== 'countries')
        .map(([name, entries]) => [name, Object.keys(entries as object).length]),
    );
    expect(stated).toEqual(actual);
  });
});
