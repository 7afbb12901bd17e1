import { describe, expect, it } from 'vitest';
import { checkBelgianEnterpriseNumber } from '../source/core/answers/enterprise-number.js';

describe('Belgian enterprise number (mod 97)', () => {
  // 97 - (08794512 mod 97) = 90; 97 - (04036496 mod 97) = 62 (computed by hand).
  it.each(['0879.451.290', '0879451290', 'BE 0879.451.290', 'BE0879451290', '0403.649.662'])('accepts %s', (input) => {
    expect(checkBelgianEnterpriseNumber(input)).toMatchObject({ ok: true });
  });

  it('formats the number the official way', () => {
    expect(checkBelgianEnterpriseNumber('BE0879451290')).toEqual({ ok: true, formatted: '0879.451.290' });
  });

  it.each([
    ['0879.451.291', /check-digit/],
    ['0879.451.29', /ten digits/],
    ['2879.451.290', /ten digits/],
    ['ABCD.EFG.HIJ', /ten digits/],
  ])('rejects %s', (input, message) => {
    const result = checkBelgianEnterpriseNumber(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
