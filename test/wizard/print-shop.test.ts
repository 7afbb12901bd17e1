/**
 * Issue 15's "done when": a Dutch print-shop owner (contact form, orders and invoicing, a
 * newsletter through Mailchimp, a notice in Dutch and French) goes from an empty store to written
 * files in at most 30 question screens and 150 keys, in a real terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_SHOP_BUDGET, playPrintShop } from '../../bench/print-shop.mjs';
import { CLI, tempDir } from '../support/cli.js';

describe('the print-shop owner', () => {
  it('finishes within 30 screens and 150 keys, and gets the notice asked for', async () => {
    const home = tempDir();
    const out = join(home, 'notice');
    const result = await playPrintShop({ cli: CLI, home, out });
    expect(result.files).toEqual(expect.arrayContaining(['privacy-notice.nl.md', 'privacy-notice.fr.md']));
    expect(result.files.some((f) => f.includes('.en.') || f.includes('.de.'))).toBe(false);
    const notice = readFileSync(join(out, 'privacy-notice.nl.md'), 'utf8');
    expect(notice).toContain('Drukkerij Peeters BV');
    expect(notice).toContain('Mailchimp');
    expect(result.screens).toBeLessThanOrEqual(PRINT_SHOP_BUDGET.screens);
    expect(result.keystrokes).toBeLessThanOrEqual(PRINT_SHOP_BUDGET.keystrokes);
  }, 120_000);
});
