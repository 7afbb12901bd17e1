/**
 * Mutated answers files for the fuzz test: a valid file (an example or a fixture), changed at the
 * YAML-document level (wrong types, missing and extra fields, odd strings, deep nesting, aliases)
 * and then at the text level (stray characters, duplicate lines, tabs, a second document,
 * invalid UTF-8, a byte-order mark, NUL). A case is a plan of mutations, so fast-check can shrink it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { REPO } from './cli.js';

export const SEEDS: { name: string; text: string }[] = ['examples', 'test/fixtures'].flatMap((dir) =>
  readdirSync(join(REPO, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(REPO, dir, name), 'utf8') })),
);

/** Strings a user (or an attacker) might type: markup, formulas, other scripts, edge lengths. */
export const oddString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    'x'.repeat(6000),
    'שלום עולם',
    'مرحبا بالعالم',
    '\u202Egnp.exe\u202C',
    '\u200F\u200E\u200B',
    'Zoë Ünal-Ğüneş 🇧🇪 👩‍💻',
    '<script>alert(1)</script>',
    '" onerror="alert(1)',
    '{{x}} {{{y}}} {{=<% %>=}}',
    '| a | b |\n# heading\n[l](javascript:alert(1)) <https://evil>',
    '=HYPERLINK("http://evil")',
    '+32 9 123 45 67',
    '-1',
    '@SUM(A1)',
    '1. Februar',
    'identity',
    'contact-form',
    'BE',
    '2026-03-01',
    'yes',
    '~',
    'null',
    '0123',
    '.inf',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const oddValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(oddString, fc.constantFrom('en', 'nl', 'fr', 'de', 'id', 'name')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

type DocMutation =
  | { kind: 'set-string'; at: number; value: string }
  | { kind: 'set-value'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra-field'; at: number; key: string; value: unknown }
  | { kind: 'duplicate-item'; at: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'alias'; at: number; to: number };

type TextMutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'remove'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'tabs' }
  | { kind: 'second-document' }
  | { kind: 'bytes'; at: number; bytes: readonly number[] };

export interface Plan {
  seed: number;
  doc: DocMutation[];
  text: readonly TextMutation[];
}

const at = fc.nat();
const docMutation: fc.Arbitrary<DocMutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('set-string' as const), at, value: oddString }), weight: 4 },
  fc.record({ kind: fc.constant('set-value' as const), at, value: oddValue }),
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('extra-field' as const), at, key: oddString, value: oddValue }),
  fc.record({ kind: fc.constant('duplicate-item' as const), at }),
  fc.record({ kind: fc.constant('nest' as const), at, depth: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(500, 3000)) }),
  fc.record({ kind: fc.constant('alias' as const), at, to: at }),
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    text: fc.oneof(
      fc.constantFrom(
        '\t',
        '\0',
        '\uFEFF',
        '\r',
        ': ',
        '- ',
        '[',
        '{',
        '&a ',
        '*a',
        '!!str ',
        '%YAML 1.1\n',
        '---\n',
        '"',
        "'",
        '#',
        '|\n',
        '>-\n',
        '\n  x: 1\n',
      ),
      fc.string({ maxLength: 5 }),
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at }),
  fc.constant({ kind: 'tabs' as const }),
  fc.constant({ kind: 'second-document' as const }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at,
    bytes: fc.oneof(
      fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0]),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
    ),
  }),
);

export const plans: fc.Arbitrary<Plan> = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  doc: fc.array(docMutation, { maxLength: 3 }),
  text: fc.oneof({ arbitrary: fc.constant([]), weight: 2 }, fc.array(textMutation, { minLength: 1, maxLength: 2 })),
});

/** The bytes of the answers file a plan describes. */
export function mutatedFile(plan: Plan): Buffer {
  const doc = parseDocument(SEEDS[plan.seed]!.text);
  for (const mutation of plan.doc) {
    const before = doc.clone();
    try {
      applyToDocument(doc, mutation);
      doc.toString();
    } catch {
      // A mutation yaml cannot write out (an alias to its own ancestor): the document stays as it was.
      doc.contents = before.contents;
    }
  }
  let bytes: Buffer = Buffer.from(doc.toString({ lineWidth: 0 }));
  for (const mutation of plan.text) bytes = applyToText(bytes, mutation);
  return bytes;
}

interface Slot {
  parent: Node;
  key: unknown; // a map's key node, or a sequence index
  value: unknown;
}

/** Every place that holds a value: map entries and sequence items, depth first. */
function slots(doc: Document): Slot[] {
  const found: Slot[] = [];
  const walk = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        found.push({ parent: node, key: pair.key, value: pair.value });
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        found.push({ parent: node, key: index, value: item });
        walk(item);
      });
    }
  };
  walk(doc.contents);
  return found;
}

function setSlot(slot: Slot, value: unknown): void {
  if (isMap(slot.parent)) {
    const pair = slot.parent.items.find((item) => item.key === slot.key);
    if (pair) pair.value = value as Node;
  } else if (isSeq(slot.parent)) {
    slot.parent.items[slot.key as number] = value as Node;
  }
}

function applyToDocument(doc: Document, mutation: DocMutation): void {
  const all = slots(doc);
  if (all.length === 0) return;
  const slot = all[mutation.at % all.length]!;
  switch (mutation.kind) {
    case 'set-string': {
      // Replace a string with another string, so free-text fields stay valid and reach the output.
      const strings = all.filter((s) => isScalar(s.value) && typeof s.value.value === 'string');
      const target = strings[mutation.at % Math.max(strings.length, 1)];
      if (target) setSlot(target, doc.createNode(mutation.value));
      return;
    }
    case 'set-value':
      setSlot(slot, doc.createNode(mutation.value));
      return;
    case 'delete':
      if (isMap(slot.parent)) slot.parent.items = slot.parent.items.filter((pair) => pair.key !== slot.key);
      else if (isSeq(slot.parent)) slot.parent.items.splice(slot.key as number, 1);
      return;
    case 'extra-field':
      if (isMap(slot.parent)) slot.parent.add(doc.createPair(mutation.key, mutation.value));
      return;
    case 'duplicate-item':
      if (isSeq(slot.parent)) slot.parent.items.push(doc.createNode(doc.createNode(slot.value).toJSON()));
      return;
    case 'nest': {
      let nested: unknown = 'x';
      for (let i = 0; i < mutation.depth; i++) nested = i % 2 ? [nested] : { en: nested };
      setSlot(slot, doc.createNode(nested));
      return;
    }
    case 'alias': {
      const source = all[mutation.to % all.length]!;
      const target = source.value;
      if ((!isScalar(target) && !isMap(target) && !isSeq(target)) || target === slot.value) return;
      setSlot(slot, doc.createAlias(target, 'a'));
      return;
    }
  }
}

function applyToText(bytes: Buffer, mutation: TextMutation): Buffer {
  const cut = (offset: number) => [bytes.subarray(0, offset), bytes.subarray(offset)] as const;
  const offset = 'at' in mutation ? mutation.at % (bytes.length + 1) : 0;
  switch (mutation.kind) {
    case 'insert': {
      const [head, tail] = cut(offset);
      return Buffer.concat([head, Buffer.from(mutation.text), tail]);
    }
    case 'bytes': {
      const [head, tail] = cut(offset);
      return Buffer.concat([head, Buffer.from(mutation.bytes), tail]);
    }
    case 'remove':
      return Buffer.concat([bytes.subarray(0, offset), bytes.subarray(offset + mutation.length)]);
    case 'duplicate-line': {
      const lines = bytes.toString('utf8').split('\n');
      const index = mutation.at % lines.length;
      lines.splice(index, 0, lines[index]!);
      return Buffer.from(lines.join('\n'));
    }
    case 'tabs':
      return Buffer.from(bytes.toString('utf8').replace(/^( {2})+/m, (indent) => '\t'.repeat(indent.length / 2)));
    case 'second-document':
      return Buffer.concat([bytes, Buffer.from('---\n'), bytes]);
  }
}
