/** The caches of the HTML notice (core/render/recently-used.ts): the least recently used entry goes first. */
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../source/core/render/recently-used.js';

describe('RecentlyUsed', () => {
  it('keeps at most its limit, dropping the entry used longest ago', () => {
    const kept = new RecentlyUsed<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1); // a is now the most recently used
    kept.set('c', 3);
    expect(kept.size).toBe(2);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBe(1);
    expect(kept.get('c')).toBe(3);
  });

  it('keeps what is used again while texts used once pass through, as in a batch', () => {
    const kept = new RecentlyUsed<string>(10);
    for (let file = 0; file < 100; file++) {
      for (const shared of ['intro', 'rights', 'contact']) if (kept.get(shared) === undefined) kept.set(shared, shared.toUpperCase());
      kept.set(`legal name ${file}`, `LEGAL NAME ${file}`);
    }
    expect(['intro', 'rights', 'contact'].map((shared) => kept.get(shared))).toEqual(['INTRO', 'RIGHTS', 'CONTACT']);
    expect(kept.get('legal name 0')).toBeUndefined();
    expect(kept.get('legal name 99')).toBe('LEGAL NAME 99');
    expect(kept.size).toBe(10);
  });

  it('replaces a key set again without growing', () => {
    const kept = new RecentlyUsed<number>(3);
    kept.set('a', 1);
    kept.set('a', 2);
    expect(kept.size).toBe(1);
    expect(kept.get('a')).toBe(2);
  });
});
