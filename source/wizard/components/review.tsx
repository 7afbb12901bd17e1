/**
 * The answers as a person reads them, and what check would flag, each line a jump to the question
 * that changes it; then finish. The lines come from review-lines.ts; this only scrolls them, with
 * the title above and the key hints below always in view, and no line wider than the terminal.
 */
import { Box, Text, useInput, useStdout } from 'ink';
import { useState } from 'react';
import type { FlowAction, FlowState } from '../../core/flow/flow.js';
import { useWizard } from '../context.js';
import { reviewFindings } from '../findings.js';
import { type ReviewLine, reviewLines } from '../review-lines.js';

interface Props {
  state: FlowState;
  dispatch: (action: FlowAction) => void;
  onFinish: () => void;
}

/** Rows the review does not scroll: its title, its status line and the key hints under it (two lines when they wrap). */
const FIXED_ROWS = 4;
const MARK: Record<ReviewLine['kind'], string> = { section: '', answer: '  ', item: '    • ', error: '✗ ', warning: '⚠ ' };

export function Review({ state, dispatch, onFinish }: Props) {
  const { flow, catalogs, t, uiLang } = useWizard();
  const { stdout } = useStdout();
  const rows = Math.max(6, (stdout.rows || 24) - FIXED_ROWS);
  const columns = Math.max(20, stdout.columns || 80);
  const findings = reviewFindings(flow, state.draft, catalogs, uiLang);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines: ReviewLine[] = [
    ...(errors === 0 ? [{ kind: 'answer' as const, text: `✓ ${t('reviewFinish')}` }] : []),
    ...reviewLines(flow, state.draft, findings, uiLang, t),
  ];
  const selectable = lines.map((line, i) => (line.kind === 'section' ? -1 : i)).filter((i) => i >= 0);
  const [cursor, setCursor] = useState(0);
  const at = selectable[Math.min(cursor, selectable.length - 1)] ?? 0;
  const move = (by: number) => setCursor((c) => Math.max(0, Math.min(selectable.length - 1, c + by)));

  useInput((_, key) => {
    if (key.escape) dispatch({ type: 'back' });
    else if (key.upArrow) move(-1);
    else if (key.downArrow) move(1);
    else if (key.pageUp) move(-(rows - 1));
    else if (key.pageDown) move(rows - 1);
    else if (key.return) {
      const line = lines[at]!;
      if (errors === 0 && at === 0) onFinish();
      else if (line.jump) dispatch({ type: 'jump', stack: line.jump });
    }
  });

  // The window keeps the cursor in view, with a section's heading above its first answer.
  const top = Math.max(0, Math.min(at - Math.floor(rows / 2), lines.length - rows));
  const shown = lines.slice(top, top + rows);
  return (
    <Box flexDirection="column">
      <Text bold>{t('reviewTitle')}</Text>
      <Text color={findings.length === 0 ? 'green' : errors > 0 ? 'red' : 'yellow'} wrap="truncate-end">
        {findings.length === 0 ? t('reviewClean') : t('reviewCount', { errors, warnings: findings.length - errors })}
      </Text>
      {shown.map((line, i) => {
        const index = top + i;
        const current = index === at;
        const text = `${current ? '❯ ' : '  '}${MARK[line.kind]}${line.text}`;
        return (
          <Box key={index} width={columns}>
            <Text
              wrap="truncate-end"
              bold={line.kind === 'section'}
              color={current ? 'cyan' : line.kind === 'error' ? 'red' : line.kind === 'warning' ? 'yellow' : undefined}
            >
              {text}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
