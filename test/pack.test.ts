/**
 * The package as `npx` users get it: `npm pack`, install the tarball into an empty folder,
 * and run the installed CLI from there. Nothing here may come from the repository's own
 * node_modules: the folder sits outside the repository and installs only the tarball (and
 * whatever dependencies the tarball declares).
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './support/cli.js';

/** The npm variables of the `npm test` that runs us would steer the nested npm to the repository. */
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));

function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), input: '', ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

interface PackedFile {
  path: string;
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  bin: Record<string, string>;
};
const work = tempDir();
const project = join(work, 'project');
let packedFiles: string[] = [];

beforeAll(() => {
  // --ignore-scripts: `npm test` has just built dist/; prepack would rebuild it while other
  // test files run the CLI from it.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: PackedFile[] }];
  packedFiles = info.files.map((file) => file.path);

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "pack-test", "private": true }\n');
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, info.filename)], project);
  expect(installed.status, installed.stderr).toBe(0);
}, 300_000);

describe('the packed tarball', () => {
  it('ships what runs and nothing of the repository besides', () => {
    const roots = pkg.files.filter((entry) => !entry.startsWith('!')).map((entry) => entry.replace(/\/$/, ''));
    const outside = packedFiles.filter(
      (path) =>
        !['package.json', 'README.md', 'LICENSE'].includes(path) && !roots.some((root) => path === root || path.startsWith(`${root}/`)),
    );
    expect(outside).toEqual([]);
    expect(
      packedFiles.filter(
        (path) =>
          /(^|\/)(test|tests|fixtures|bench|docs|scripts|source|tools)\//.test(path) || /\.(test|spec)\.[jt]sx?$|\.(png|map)$/.test(path),
      ),
    ).toEqual([]);
    for (const needed of [
      Object.values(pkg.bin)[0]!,
      'schema/answers.schema.json',
      'templates/en/notice.md.mustache',
      'questions/wizard.yaml',
      'dist/index.js',
      'dist/index.d.ts',
      'examples/integrations/eleventy/_data/privacyNotices.js',
    ]) {
      expect(packedFiles).toContain(needed.replace(/^\.\//, ''));
    }
  });

  it('declares no runtime dependency, so npx installs nothing but the bundle it was tested with', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/privacy-wizard/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.peerDependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['privacy-wizard']);
  });

  const npx = (...args: string[]) => run('npx', ['--no', '--', 'privacy-wizard', ...args], project);

  it('installs a CLI that npx runs: --version and --help', () => {
    const version = npx('--version');
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const help = npx('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toBe(runCli(['--help']).stdout);
  });

  it('replays the example it ships into the same bytes as the repository build', () => {
    const example = join(project, 'node_modules/privacy-wizard/examples/web-agency.yaml');
    const replayed = npx('--answers', example, '--out', join(work, 'installed'));
    expect(replayed.status, replayed.stderr).toBe(0);
    const reference = runCli(['--answers', join(REPO, 'examples/web-agency.yaml'), '--out', join(work, 'repo')]);
    expect(reference.status, reference.stderr).toBe(0);
    const files = readdirSync(join(work, 'repo')).sort();
    expect(readdirSync(join(work, 'installed')).sort()).toEqual(files);
    expect(files).toContain('privacy-notice.en.html');
    for (const file of files) expect(readFileSync(join(work, 'installed', file)), file).toEqual(readFileSync(join(work, 'repo', file)));
  });

  it('checks the example it ships and finds no errors', () => {
    const checked = npx('check', join(project, 'node_modules/privacy-wizard/examples/web-agency.yaml'), '--json');
    expect(checked.status, checked.stderr).toBe(0);
    expect((JSON.parse(checked.stdout) as { counts: { errors: number } }).counts.errors).toBe(0);
  });

  it('prints the JSON Schema it ships', () => {
    const schema = npx('schema');
    expect(schema.status, schema.stderr).toBe(0);
    expect(schema.stdout).toBe(readFileSync(join(project, 'node_modules/privacy-wizard/schema/answers.schema.json'), 'utf8'));
  });

  const installedPackage = (...path: string[]) => join(project, 'node_modules/privacy-wizard', ...path);
  /** The files the repository's CLI writes from an answers file, by name: what the library must give. */
  function cliFiles(answers: string, format: string): Map<string, Buffer> {
    const out = join(tempDir(), 'cli');
    const result = runCli(['--answers', answers, '--out', out, '--format', format]);
    expect(result.status, result.stderr).toBe(0);
    return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  }

  it("runs the README's library example from the installed package: the CLI's files, byte for byte", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const example = /<!-- library example[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'privacy-wizard'");
    // Where a site build would be: a folder whose node_modules holds the installed package.
    writeFileSync(join(project, 'build-legal.mjs'), example!);
    copyFileSync(installedPackage('examples/web-agency.yaml'), join(project, 'answers.yaml'));
    const ran = run(process.execPath, ['build-legal.mjs'], project);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stderr).toBe('');
    const expected = cliFiles(join(project, 'answers.yaml'), 'md,html,csv');
    expect(ran.stdout).toBe(`${expected.size} files written to site/legal\n`);
    const written = join(project, 'site/legal');
    expect(readdirSync(written).sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(readFileSync(join(written, name)).equals(bytes), name).toBe(true);
  });

  it('gives TypeScript its types through package.json exports', () => {
    const dir = join(project, 'typed');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] } }),
    );
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { type Finding, type OutputDocument, checkAnswers, renderDocuments } from 'privacy-wizard';",
        "const result = renderDocuments('version: 1', { formats: ['fragment'], languages: ['nl'], uiLanguage: 'de' });",
        'const files: OutputDocument[] = result.files;',
        'const findings: Finding[] = checkAnswers({ version: 1 }).findings;',
        '// @ts-expect-error: pdf is not a format',
        "renderDocuments('', { formats: ['pdf'] });",
        'export const names: string[] = files.map((f) => f.name).concat(findings.map((f) => f.message));',
        '',
      ].join('\n'),
    );
    const tsc = run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it("runs the Eleventy example's data file with node (no Eleventy): the CLI's fragments", () => {
    const site = join(project, 'eleventy-site');
    mkdirSync(join(site, '_data'), { recursive: true });
    mkdirSync(join(site, 'legal'));
    copyFileSync(installedPackage('examples/integrations/eleventy/_data/privacyNotices.js'), join(site, '_data/privacyNotices.js'));
    copyFileSync(installedPackage('examples/webshop.yaml'), join(site, 'legal/answers.yaml'));
    writeFileSync(join(site, 'package.json'), '{ "type": "module", "private": true }\n');
    const script = "const { default: data } = await import('./_data/privacyNotices.js'); process.stdout.write(JSON.stringify(data()));";
    const ran = run(process.execPath, ['--input-type=module', '-e', script], site);
    expect(ran.status, ran.stderr).toBe(0);
    const pages = JSON.parse(ran.stdout) as { lang: string; html: string }[];
    const expected = cliFiles(join(site, 'legal/answers.yaml'), 'fragment');
    expect(pages.map((p) => `privacy-notice.${p.lang}.fragment.html`).sort()).toEqual([...expected.keys()].sort());
    for (const page of pages) expect(Buffer.from(page.html).equals(expected.get(`privacy-notice.${page.lang}.fragment.html`)!)).toBe(true);
  });

  it("runs the CI example's pre-commit hook: 0 after a replay, 1 naming the file edited since", () => {
    mkdirSync(join(project, 'clients'));
    copyFileSync(installedPackage('examples/consultant.yaml'), join(project, 'clients/consultant.yaml'));
    expect(npx('--answers', 'clients/*.yaml', '--out', 'site/legal', '--quiet').status).toBe(0);
    const hook = installedPackage('examples/integrations/ci/pre-commit');
    const clean = run('sh', [hook], project);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout + clean.stderr).toBe('');
    const edited = join(project, 'site/legal/consultant/privacy-notice.fr.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nedited\n`);
    const stale = run('sh', [hook], project);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('site/legal/consultant/privacy-notice.fr.md is out of date');
    expect(stale.stderr).toContain('pre-commit: regenerate with:');
  });
});
