/**
 * Belgian enterprise numbers (KBO/BCE): ten digits starting with 0 or 1, the last two being
 * 97 - (first eight mod 97). Written 0xxx.xxx.xxx; "BE" and any separators are accepted.
 */
export type EnterpriseNumberCheck = { ok: true; formatted: string } | { ok: false; reason: 'format' | 'check-digit'; message: string };

export function checkBelgianEnterpriseNumber(input: string): EnterpriseNumberCheck {
  const digits = input.replace(/^BE/i, '').replace(/[\s.\-/]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) {
    return {
      ok: false,
      reason: 'format',
      message: `'${input}' is not a Belgian enterprise number: expected ten digits such as 0123.456.749`,
    };
  }
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (expected !== Number(digits.slice(8))) {
    return {
      ok: false,
      reason: 'check-digit',
      message: `'${input}' fails the check-digit test (mod 97): please check the number in the CBE`,
    };
  }
  return { ok: true, formatted: `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` };
}
