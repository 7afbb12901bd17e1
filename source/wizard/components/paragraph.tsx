/**
 * Prose that wraps as prose should. Ink wraps text with wrap-ansi's `trim: false`, so a line that
 * fills the width exactly leaves the space after it at the start of the next line
 * ("…die uw klanten" / " begrijpen."); this drops that one space from every line but the first.
 * Only for running text: a line of a Paragraph never starts with an indent of its own.
 */
import { Text, type TextProps, Transform } from 'ink';

/** A space at the start of a line, after the escape codes of its colour. */
const BREAK_SPACE = /^((?:\u001B\[[\d;]*m)*) /;

const dropBreakSpace = (line: string, index: number): string => (index === 0 ? line : line.replace(BREAK_SPACE, '$1'));

export function Paragraph(props: TextProps) {
  return (
    <Transform transform={dropBreakSpace}>
      <Text {...props} />
    </Transform>
  );
}
