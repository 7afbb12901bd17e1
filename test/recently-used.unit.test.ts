/** The caches of the HTML notice (core/render/recently-used.ts): what is used again stays, what is not goes. */
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../source/core/render/recently-used.js';

describe('RecentlyUsed', () => {
  it('keeps an entry until its limit of others have been added after its last use', () => {
    const kept = new RecentlyUsed<number>(4);
    kept.set('a', 0);
    for (let i = 1; i <= 4; i++) {
      kept.set(`other ${i}`, i);
      expect(kept.get('a'), `after ${i} others`).toBe(0); // each use starts the count again
    }
    for (let i = 5; i <= 8; i++) kept.set(`other ${i}`, i);
    // Four others since its last use is the least it is kept for (and the use starts the count again)…
    expect(kept.get('a')).toBe(0);
    // …and by twice that it has gone.
    for (let i = 9; i <= 16; i++) kept.set(`other ${i}`, i);
    expect(kept.get('a')).toBeUndefined();
    expect(kept.get('other 16')).toBe(16);
  });

  it('never holds twice its limit', () => {
    const kept = new RecentlyUsed<number>(5);
    const sizes: number[] = [];
    for (let i = 0; i < 100; i++) {
      kept.set(`key ${i}`, i);
      if (i % 3 === 0) kept.get(`key ${i - 4}`);
      sizes.push(kept.size);
    }
    expect(Math.max(...sizes)).toBeLessThan(10);
    expect(Math.min(...sizes.slice(10))).toBeGreaterThanOrEqual(5);
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
    expect(kept.size).toBeLessThan(20);
  });

  it('replaces a key set again without growing, in either generation', () => {
    const kept = new RecentlyUsed<number>(3);
    kept.set('a', 1);
    kept.set('a', 2);
    expect(kept.size).toBe(1);
    expect(kept.get('a')).toBe(2);
    kept.set('b', 1);
    kept.set('c', 1); // the third fills the newer generation: a, b and c become the older
    kept.set('a', 3);
    expect(kept.size).toBe(3);
    expect(kept.get('a')).toBe(3);
  });
});
