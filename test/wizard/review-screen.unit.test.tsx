/** The review as it is drawn at 80×24: no JSON, no line wider than the terminal, the title always in view. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../support/cli.js';
import { KEY, MemoryStore, startWizard, terminalColumns } from '../support/ink.js';
import { loadAnswers } from '../support/replay.js';

terminalColumns(80);

describe('the review screen at 80 columns', () => {
  it.each(['web-agency.yaml', 'webshop.yaml'])('of %s fits the terminal and scrolls under a fixed title', async (file) => {
    const { answers } = loadAnswers(join(EXAMPLES, file));
    const w = startWizard({ store: new MemoryStore(), edit: answers, uiLang: 'nl' });
    await w.waitFor('Controleer uw antwoorden');
    // The review reads 24 rows when the terminal gives none (ink-testing-library's gives none).
    const check = () => {
      const lines = w.frame().split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      expect(lines[0]).toContain('Controleer uw antwoorden');
      for (const line of lines) {
        expect([...line].length).toBeLessThanOrEqual(80);
        expect(line).not.toMatch(/[{}"]|\$[a-z]/);
      }
    };
    check();
    for (let i = 0; i < 30; i++) await w.press(KEY.down);
    check();
    w.unmount();
  });
});
