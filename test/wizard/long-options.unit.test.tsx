/**
 * A list whose labels wrap (the provision requirements are whole sentences): the pointer keeps
 * its column and its space, and every entry starts where the others do. A newcomer's trial saw
 * "❯We need…" and entries one column to the left of the rest, at 100 columns in Dutch.
 * Rendered through ink-testing-library at 60 columns.
 */
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../source/core/flow/bank.js';
import { FilterList } from '../../source/wizard/components/filter-list.js';
import { Wizard } from '../../source/wizard/context.js';
import { KeyQueueProvider } from '../../source/wizard/input/use-keys.js';
import { terminalColumns, wizardContext } from '../support/ink.js';
import { catalogs } from '../support/replay.js';
import { waitUntil } from '../support/wait.js';

terminalColumns(60);
afterEach(() => cleanup());

const ui = loadUiStrings();
// Each label marked with its place (several start alike: "U bent niet verplicht…").
const requirements = Object.entries(catalogs['provision-requirements']).map(([value, entry], i) => ({
  value,
  label: `E${i} ${entry.label.nl}`,
}));

function list(props: { multi?: boolean; initial?: string[]; limit?: number }) {
  return render(
    <Wizard.Provider value={wizardContext('nl')}>
      <KeyQueueProvider>
        <FilterList options={requirements} onSubmit={() => {}} onBack={() => {}} {...props} />
      </KeyQueueProvider>
    </Wizard.Provider>,
  );
}

describe('a list of labels that wrap', () => {
  it('keeps the pointer and its space, and starts every entry and every continuation in one column', async () => {
    expect(requirements.filter((r) => r.label.length > 60).length).toBeGreaterThan(3);
    const { lastFrame } = list({ limit: 8 });
    await waitUntil(() => (lastFrame() ?? '').includes('❯'), 'the list is drawn');
    const lines = (lastFrame() ?? '').split('\n').filter((line) => line.trim() !== '');
    const starts = requirements.slice(0, 8).map((_, i) => lines.findIndex((line) => line.slice(2).startsWith(`E${i} `)));
    expect(starts.every((i) => i >= 0)).toBe(true);
    expect(lines[starts[0]!]).toMatch(/^❯ \S/);
    for (const i of starts.slice(1)) expect(lines[i]).toMatch(/^ {2}\S/);
    // Continuation lines of a wrapped label: two spaces, like the entry they belong to, never one.
    expect(lines.filter((line) => /^(❯\S| \S)/.test(line))).toEqual([]);
  });

  it('says which ticked entries it does not show, as not shown', async () => {
    const last = requirements.at(-1)!;
    const { lastFrame } = list({ multi: true, initial: [requirements[0]!.value, last.value], limit: 3 });
    const expected = ui.selectedNotShown!.nl.replace('{{count}}', '2').replace('{{names}}', last.label);
    await waitUntil(() => (lastFrame() ?? '').replace(/\s+/g, ' ').includes(expected), 'the count and the entry not shown');
    expect(lastFrame()).not.toContain(`${ui.selected!.nl.replace('{{count}}', '2')}:`);
  });
});
