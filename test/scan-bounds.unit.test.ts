/**
 * The scan stays within its bounds on trees no site has: 10,000 files, a symlink loop, a 2 GB
 * (sparse) file, a tree deeper than the depth limit, node_modules, files it cannot read. Each
 * is generated in a temporary folder; the scan finishes, says what it skipped, and still finds
 * what it can read.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCAN_LIMITS } from '../source/core/scan/types.js';
import { scanSite } from '../source/io/scan-site.js';
import { catalogs } from './support/replay.js';

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-wizard-scan-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const youtube = (id: string) => `<p>page ${id}</p>\n<iframe src="https://www.youtube.com/embed/${id}"></iframe>\n`;
const scan = (dir: string, limits = {}) => {
  const result = scanSite(dir, catalogs, { ...SCAN_LIMITS, ...limits });
  if (!result.ok) throw new Error(result.message);
  return result.scan;
};

describe('a 10,000-file tree', () => {
  const dir = temp();
  for (let d = 0; d < 100; d++) {
    mkdirSync(join(dir, `section-${d}`));
    for (let f = 0; f < 100; f++)
      writeFileSync(join(dir, `section-${d}`, `page-${f}.html`), d === 99 && f === 99 ? youtube('last') : '<p>x</p>\n');
  }

  it('is read to the last file, which is found', () => {
    const result = scan(dir);
    expect(result.read.files).toBe(10_000);
    expect(result.findings.map((f) => `${f.service} ${f.file}:${f.line}`)).toEqual(['youtube section-99/page-99.html:2']);
  });

  it('stops reading at the file limit and counts the files it left', () => {
    const result = scan(dir, { maxFiles: 2_500 });
    expect(result.read.files).toBe(2_500);
    expect(result.skipped.limit).toBe(7_500);
  });

  it('stops reading at the byte limit, and looks at no more entries than its limit', () => {
    expect(scan(dir, { maxTotalBytes: 9 * 1000 }).read.files).toBe(1_000); // '<p>x</p>\n' is 9 bytes
    const entries = scan(dir, { maxEntries: 50 });
    expect(entries.read.files).toBe(0); // the 100 folders come first, 50 of them entered, then no more entries
    expect(entries.skipped.limit).toBeGreaterThan(0);
  });
});

describe('a tree that would trap a walker', () => {
  it('does not follow a symlink loop, nor a link to a file or outside the folder', () => {
    const dir = temp();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'index.html'), youtube('inside'));
    symlinkSync('..', join(dir, 'a', 'b', 'up')); // a → b → up → a → …
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop'));
    symlinkSync('/etc/passwd', join(dir, 'a', 'passwd.js'));
    const outside = temp();
    writeFileSync(join(outside, 'secret.html'), youtube('outside'));
    symlinkSync(outside, join(dir, 'outside'));
    const result = scan(dir);
    expect(result.skipped.symlinks).toBe(4);
    expect(result.findings.map((f) => f.file)).toEqual(['a/b/index.html']);
  });

  it('skips a 2 GB file unread (sparse: it takes no disk), and reads its neighbour', () => {
    const dir = temp();
    writeFileSync(join(dir, 'huge.js'), '');
    truncateSync(join(dir, 'huge.js'), 2 * 1024 ** 3);
    writeFileSync(join(dir, 'small.html'), youtube('small'));
    const before = process.memoryUsage().rss;
    const result = scan(dir);
    expect(result.skipped.large).toBe(1);
    expect(result.read).toEqual({ files: 1, bytes: Buffer.byteLength(youtube('small')) });
    expect(process.memoryUsage().rss - before).toBeLessThan(SCAN_LIMITS.maxFileBytes * 4);
    expect(result.findings.map((f) => f.file)).toEqual(['small.html']);
  });

  it('does not enter folders deeper than its depth limit, nor node_modules or .git', () => {
    const dir = temp();
    let deep = dir;
    for (let level = 1; level <= 6; level++) {
      deep = join(deep, `level-${level}`);
      mkdirSync(deep);
      writeFileSync(join(deep, 'page.html'), youtube(`level-${level}`));
    }
    for (const ignored of ['node_modules/tracker', '.git/hooks']) {
      mkdirSync(join(dir, ignored), { recursive: true });
      writeFileSync(join(dir, ignored, 'index.js'), "s.src = 'https://static.hotjar.com/c/hotjar-1.js';");
    }
    const result = scan(dir, { maxDepth: 3 });
    expect(result.findings.map((f) => f.file.split('/').length - 1).sort()).toEqual([1, 2, 3]);
    expect(result.skipped.deep).toBe(1);
    expect(result.skipped.ignored).toBe(2);
  });

  it('reports a package.json that is not JSON, and goes on', () => {
    const dir = temp();
    writeFileSync(join(dir, 'package.json'), '{ "dependencies": { "react-ga4": ');
    writeFileSync(join(dir, 'index.html'), youtube('after'));
    const result = scan(dir);
    expect(result.unreadable).toEqual([{ file: 'package.json', reason: expect.stringMatching(/^not valid JSON/) }]);
    expect(result.findings.map((f) => f.service)).toEqual(['youtube']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder and a file it may not read, and goes on', () => {
    const dir = temp();
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'index.html'), youtube('private'));
    writeFileSync(join(dir, 'locked.html'), youtube('locked'));
    writeFileSync(join(dir, 'open.html'), youtube('open'));
    chmodSync(join(dir, 'private'), 0o000);
    chmodSync(join(dir, 'locked.html'), 0o000);
    try {
      const result = scan(dir);
      expect(result.unreadable).toEqual([
        { file: 'locked.html', reason: 'EACCES' },
        { file: 'private', reason: 'EACCES' },
      ]);
      expect(result.findings.map((f) => f.file)).toEqual(['open.html']);
    } finally {
      chmodSync(join(dir, 'private'), 0o755);
    }
  });

  it('lists the first places up to its limit and counts the rest', () => {
    const dir = temp();
    writeFileSync(join(dir, 'many.html'), youtube('x').repeat(30));
    const result = scan(dir, { maxFindings: 10 });
    expect(result.findings).toHaveLength(10);
    expect(result.skipped.findings).toBe(20);
  });

  it('refuses a path that is no folder, or none at all', () => {
    const dir = temp();
    writeFileSync(join(dir, 'index.html'), '');
    expect(scanSite(join(dir, 'index.html'), catalogs)).toEqual({ ok: false, message: expect.stringMatching(/is not a folder/) });
    expect(scanSite(join(dir, 'nothing'), catalogs)).toEqual({ ok: false, message: expect.stringMatching(/ENOENT/) });
  });
});
