/**
 * Resource limits: alias bombs, huge files, deep nesting and thousands of entries are refused
 * with a message naming the file (and line and column where there is one), exit 2, nothing written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_BYTES, MAX_FLOW_DEPTH } from '../source/core/answers/parse.js';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../source/core/answers/schema.js';
import { listFiles, REPO, runCli, tempDir } from './support/cli.js';

const minimal = readFileSync(join(REPO, 'test/fixtures/minimal.yaml'), 'utf8');
const HEAD = minimal.slice(0, minimal.indexOf('  - id: orders'));

function lineOf(text: string, needle: string | RegExp): number {
  const offset = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (offset < 0) throw new Error(`no ${String(needle)} in the text`);
  return text.slice(0, offset).split('\n').length;
}

/** Replay and check on the same file: both exit 2, print the same located problem, write nothing. */
function refuse(content: string | Buffer) {
  const dir = tempDir();
  const file = join(dir, 'client.yaml');
  writeFileSync(file, content);
  const out = join(dir, 'out');
  const replay = runCli(['--answers', file, '--out', out], { cwd: dir });
  const check = runCli(['check', file], { cwd: dir });
  expect(replay.status).toBe(2);
  expect(check.status).toBe(2);
  expect(listFiles(out)).toEqual([]);
  expect(replay.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const first = (stderr: string) => stderr.split('\n')[0]!;
  expect(first(check.stderr)).toBe(first(replay.stderr));
  return { file, line: first(replay.stderr) };
}

describe('resource limits', () => {
  it('refuses a billion-laughs alias bomb at its first alias', () => {
    let bomb = 'version: 1\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++)
      bomb += `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
        .fill(`*${'abcdefghij'[i - 1]}`)
        .join(',')}]\n`;
    const { file, line } = refuse(bomb);
    expect(line).toBe(`${file}:3:8  (yaml)  aliases (*a) are not allowed in answers files: write the value out`);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const { file, line } = refuse(`${minimal}#${'x'.repeat(MAX_ANSWERS_BYTES)}\n`);
    expect(line).toBe(`${file}:1:1  (file)  is larger than ${MAX_ANSWERS_BYTES / 1024} KiB: not an answers file`);
  });

  it.each([5000, MAX_FLOW_DEPTH + 1])('refuses %i brackets inside each other at the first one too deep', (depth) => {
    const text = `${minimal}extra: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const { file, line } = refuse(text);
    const column = 'extra: '.length + MAX_FLOW_DEPTH + 1;
    expect(line).toBe(`${file}:${lineOf(text, 'extra:')}:${column}  (yaml)  nested too deeply: an answers file needs only a few levels`);
  });

  it('refuses nesting that parses but is no answers field, at its key', () => {
    const text = minimal.replace('  legalForm: BV', `  legalForm: ${'['.repeat(MAX_FLOW_DEPTH)}${']'.repeat(MAX_FLOW_DEPTH)}`);
    const { file, line } = refuse(text);
    expect(line).toBe(`${file}:${lineOf(text, 'legalForm')}:14  controller.legalForm  must be text`);
  });

  const activity = (i: number) =>
    `  - {id: a${i}, preset: orders-invoicing, dataSubjects: [customers], dataCategories: [identity], purposes: [{purpose: process-orders, basis: contract}], requirement: contract-needed, retention: [{preset: accounting-10y}]}\n`;

  it('refuses 10,000 activities by the size of the file', () => {
    const { file, line } = refuse(`${HEAD}${Array.from({ length: 10_000 }, (_, i) => activity(i)).join('')}`);
    expect(line).toBe(`${file}:1:1  (file)  is larger than ${MAX_ANSWERS_BYTES / 1024} KiB: not an answers file`);
  });

  it(`refuses 1,000 activities: at most ${MAX_LIST_LENGTH} entries in a list`, () => {
    const text = `${HEAD}${Array.from({ length: 1000 }, (_, i) => activity(i)).join('')}`;
    const { file, line } = refuse(text);
    expect(line).toBe(`${file}:${lineOf(text, 'id: a0')}:3  activities  has 1000 entries: at most ${MAX_LIST_LENGTH}`);
  });

  it('refuses 5,000 recipients', () => {
    const text = `${minimal}recipients:\n${'  - {service: billit, role: processor, countries: [BE]}\n'.repeat(5000)}`;
    const { file, line } = refuse(text);
    expect(line).toBe(`${file}:${lineOf(text, '  - {service')}:3  recipients  has 5000 entries: at most ${MAX_LIST_LENGTH}`);
  });

  it('refuses 10,000 data categories in one activity', () => {
    const text = minimal.replace('[identity, contact-details, billing-details]', `[${Array(10_000).fill('identity').join(', ')}]`);
    const { file, line } = refuse(text);
    expect(line).toBe(
      `${file}:${lineOf(text, 'dataCategories')}:21  activities[0].dataCategories  has 10000 entries: at most ${MAX_LIST_LENGTH}`,
    );
  });

  it(`refuses a text longer than ${MAX_TEXT_LENGTH} characters, naming its field`, () => {
    const text = minimal.replace('legalName: Drukkerij Peeters', `legalName: ${'Peeters '.repeat(20_000)}`);
    const { file, line } = refuse(text);
    expect(line).toBe(
      `${file}:${lineOf(text, 'legalName')}:14  controller.legalName  is ${'Peeters '.repeat(20_000).trim().length} characters long: at most ${MAX_TEXT_LENGTH}`,
    );
  });

  it('accepts a list at the limit', () => {
    const dir = tempDir();
    const file = join(dir, 'client.yaml');
    const categories = Array(MAX_LIST_LENGTH).fill('identity').join(', ');
    writeFileSync(file, minimal.replace('[identity, contact-details, billing-details]', `[${categories}]`));
    const result = runCli(['--answers', file, '--out', join(dir, 'out'), '--quiet'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toHaveLength(8);
  });
});

describe('text encoding', () => {
  it('refuses bytes that are not UTF-8, at the character where they start', () => {
    const text = minimal.replace('Drukkerij Peeters', 'Drukkerij Peeters §');
    const bytes = Buffer.from(text, 'latin1'); // § as the single byte 0xA7
    const { file, line } = refuse(bytes);
    expect(line).toBe(
      `${file}:${lineOf(text, 'Drukkerij Peeters')}:${'  legalName: Drukkerij Peeters '.length + 1}  (file)  is not UTF-8 text from here on: save the file as UTF-8`,
    );
  });

  it('refuses control characters, raw or escaped, at their field', () => {
    const text = minimal.replace('Drukkerij Peeters', 'Drukkerij\u0000Peeters').replace('city: Mechelen', 'city: "Mechelen\\e[2J"');
    const dir = tempDir();
    const file = join(dir, 'client.yaml');
    writeFileSync(file, text);
    const result = runCli(['--answers', file, '--out', join(dir, 'out')], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `${file}:${lineOf(text, 'legalName')}:14  controller.legalName  holds the control character U+0000, which has no place in a notice`,
      `${file}:${lineOf(text, 'city:')}:11  controller.address.city  holds the control character U+001B, which has no place in a notice`,
    ]);
    expect(listFiles(join(dir, 'out'))).toEqual([]);
  });

  it('quotes a value with bidirectional controls in messages as escapes, so the line cannot be reordered', () => {
    // "Trojan Source": U+202E would print the rest of the terminal line right to left.
    const text = minimal.replace('[identity, contact-details, billing-details]', '[identity, "contact\u202Edetails"]');
    const { file, line } = refuse(text);
    const column = text.split('\n')[lineOf(text, 'dataCategories') - 1]!.indexOf('"contact') + 1;
    expect(line).toBe(
      `${file}:${lineOf(text, 'dataCategories')}:${column}  activities[0].dataCategories[1]  unknown data category 'contact\\u202edetails'; did you mean 'contact-details'?`,
    );
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const dir = tempDir();
    const file = join(dir, 'client.yaml');
    writeFileSync(file, `\uFEFF${minimal}`);
    const result = runCli(['--answers', file, '--out', join(dir, 'out'), '--quiet'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(listFiles(join(dir, 'out'))).toHaveLength(8);
  });
});
