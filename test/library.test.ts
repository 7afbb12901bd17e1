/**
 * The built library (dist/index.js), as a site build imports it: the files it renders are the
 * bytes the CLI writes, for every example, language and format; importing it loads one file of
 * dist/ and no terminal code; and the CLI never loads it. The packed package is test/pack.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { metafile, NETWORK_BUILTINS, outputOf, packagesIn, runRecordingImports, UI_PACKAGES } from './support/bundle.js';
import { exampleFiles, listFiles, REPO, replayBatch, tempDir } from './support/cli.js';

const LIBRARY = join(REPO, 'dist/index.js');

/** Runs a module that imports the library in a fresh node, recording every module it resolves. */
function runImporting(source: string) {
  const dir = tempDir();
  const log = join(dir, 'imports.log');
  const script = join(dir, 'script.mjs');
  writeFileSync(script, source);
  const result = spawnSync(process.execPath, ['--import', join(REPO, 'test/support/record-imports.mjs'), script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, RECORD_IMPORTS_TO: log },
    // Every example's files in every format, as JSON: several MB, above spawnSync's 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  const urls = readFileSync(log, 'utf8').trim().split('\n');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, urls };
}
describe('the library bundle', () => {
  // One batch of the CLI and one script of the library render every example (a process per
  // example and side cost as much again); each example is then compared on its own.
  let cli: ReturnType<typeof replayBatch>;
  let rendered: Record<string, { ok: boolean; files: { name: string; text: string }[] }>;
  beforeAll(() => {
    cli = replayBatch(exampleFiles(), ['--format', 'md,html,fragment,csv', '--quiet']);
    expect(cli.status, cli.stderr).toBe(0);
    const run = runImporting(`
      import { readFileSync } from 'node:fs';
      import { formats, renderDocuments } from ${JSON.stringify(pathToFileURL(LIBRARY).href)};
      const results = {};
      for (const file of ${JSON.stringify(exampleFiles())}) {
        results[file] = renderDocuments(readFileSync(file, 'utf8'), { file, formats: [...formats] });
      }
      process.stdout.write(JSON.stringify(results));
    `);
    expect(run.status, run.stderr).toBe(0);
    rendered = JSON.parse(run.stdout);
  });

  it.each(exampleFiles().map((file) => [basename(file), file]))(
    'renders %s into the bytes the CLI writes, in every format',
    (_example, file) => {
      const out = cli.folderOf(file);
      const result = rendered[file]!;
      expect(result.ok).toBe(true);
      expect(result.files.map((f) => f.name).sort()).toEqual(listFiles(out));
      for (const { name, text } of result.files) expect(Buffer.from(text, 'utf8').equals(readFileSync(join(out, name))), name).toBe(true);
    },
  );

  it('loads dist/index.js alone: no other file of dist/, no ink, react or conf, no network module', () => {
    const run = runImporting(`import { checkAnswers } from ${JSON.stringify(pathToFileURL(LIBRARY).href)};
      process.stdout.write(String(checkAnswers('version: 1').ok));`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('false');
    const files = run.urls.filter((url) => url.startsWith('file:') && !url.endsWith('script.mjs'));
    expect(files).toEqual([pathToFileURL(LIBRARY).href]);
    expect(run.urls.filter((url) => !url.startsWith('file:') && !url.startsWith('node:'))).toEqual([]);
    expect([...packagesIn('dist/index.js')].filter((name) => UI_PACKAGES.test(name))).toEqual([]);
    expect(packagesIn('dist/index.js')).toContain('markdown-it');
    const builtins = metafile()
      .outputs['dist/index.js']!.imports.filter((i) => i.external)
      .map((i) => i.path.replace(/^node:/, ''));
    expect(builtins.filter((name) => NETWORK_BUILTINS.test(name))).toEqual([]);
  });

  it('is never loaded by the CLI, whose files hold none of it', () => {
    const run = runRecordingImports(['--answers', join(REPO, 'examples/web-agency.yaml'), '--out', join(tempDir(), 'out')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.files).not.toContain('dist/index.js');
    expect(outputOf('source/index.ts')).toBe('dist/index.js');
    const cliOutputs = Object.entries(metafile().outputs).filter(([name]) => name !== 'dist/index.js');
    expect(cliOutputs.filter(([, output]) => 'source/index.ts' in output.inputs).map(([name]) => name)).toEqual([]);
  });

  it('ships its types as one declaration that imports nothing', () => {
    const types = readFileSync(join(REPO, 'dist/index.d.ts'), 'utf8');
    expect(types).not.toMatch(/^\s*import\b|\bfrom\s+['"]/m);
    for (const name of ['renderDocuments', 'checkAnswers', 'OutputDocument', 'Finding']) expect(types).toContain(name);
  });
});
