/**
 * The fixture sites (a static site, a WordPress theme, a Vite app): every service they load is
 * found at its file, line and column, and nothing else is — not the services their blog posts,
 * README, comments, code blocks and links only mention. Places are given as a snippet of the
 * file with `|` at the spot, so the expected lines follow the fixtures, not the scanner.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSite } from '../source/io/scan-site.js';
import { positionOf } from './support/check.js';
import { REPO } from './support/cli.js';
import { catalogs } from './support/replay.js';

const SITES = join(REPO, 'test', 'fixtures', 'sites');

/** service id, file in the site, the spot in that file. */
type Expected = [service: string, file: string, at: string][];

const EXPECTED: Record<string, Expected> = {
  static: [
    ['crisp', 'js/chat.js', 'window.|CRISP_WEBSITE_ID'],
    ['crisp', 'js/chat.js', "s.src = '|https://client.crisp.chat/l.js'"],
    ['google-analytics', 'index.html', 'src="|https://www.googletagmanager.com/gtag/js?id=G-ABC123"'],
    ['google-analytics', 'index.html', "    |gtag('config', 'G-ABC123');"],
    ['google-fonts', 'css/style.css', 'src: url(|//fonts.gstatic.com'],
    ['google-fonts', 'index.html', 'rel="preconnect" href="|https://fonts.googleapis.com"'],
    ['google-fonts', 'index.html', 'href="|https://fonts.gstatic.com" crossorigin'],
    ['google-fonts', 'index.html', '<link href="|https://fonts.googleapis.com/css2'],
    ['google-maps', 'contact.html', 'src="|https://www.google.com/maps/embed'],
    ['google-recaptcha', 'contact.html', 'src="|https://www.google.com/recaptcha/api.js"'],
    ['google-recaptcha', 'contact.html', 'class="|g-recaptcha"'],
    ['meta-pixel', 'index.html', '|fbq("init"'],
    ['meta-pixel', 'index.html', "|fbq('track'"],
    ['meta-pixel', 'index.html', 'src="|https://www.facebook.com/tr?id'],
    ['vimeo', 'blog/embedding-videos.md', 'src="|https://player.vimeo.com/video/76979871"'],
    ['youtube', 'index.html', 'src="|https://www.youtube.com/embed/dQw4w9WgXcQ"'],
  ],
  wordpress: [
    ['google-fonts', 'functions.php', "'lies-fonts', '|https://fonts.googleapis.com"],
    ['google-fonts', 'style.css', '@import url("|https://fonts.googleapis.com'],
    ['google-maps', 'functions.php', "'|https://maps.googleapis.com/maps/api/js?key="],
    ['google-tag-manager', 'header.php', "{'|gtm.start'"],
    ['google-tag-manager', 'header.php', "'|https://www.googletagmanager.com/gtm.js?id='"],
    ['google-tag-manager', 'header.php', 'src="|https://www.googletagmanager.com/ns.html'],
    ['stripe', 'composer.json', '"|stripe/stripe-php": "^13.0"'],
    ['stripe', 'functions.php', '"|https://js.stripe.com/v3/"'],
    ['tawk-to', 'footer.php', 'var |Tawk_API='],
    ['tawk-to', 'footer.php', 'var Tawk_API=|Tawk_API||'],
    ['tawk-to', 'footer.php', "src='|https://embed.tawk.to"],
    ['vimeo', 'template-parts/video.php', 'src="|https://player.vimeo.com/video/'],
  ],
  'vite-app': [
    ['google-analytics', 'package-lock.json', '"node_modules/|react-ga4"'],
    ['google-analytics', 'package.json', '"|react-ga4": "^2.1.0"'],
    ['google-fonts', 'src/styles.css', "url('|https://fonts.googleapis.com"],
    ['plausible', 'index.html', 'src="|https://plausible.io/js/script.js"'],
    ['stripe', 'package-lock.json', '"node_modules/|@stripe/stripe-js"'],
    ['stripe', 'package.json', '"|@stripe/stripe-js": "^4.1.0"'],
    ['youtube', 'src/App.tsx', "src={'|https://www.youtube-nocookie.com"],
  ],
};

const scanned = (site: string) => {
  const result = scanSite(join(SITES, site), catalogs);
  if (!result.ok) throw new Error(result.message);
  return result.scan;
};

describe.each(Object.keys(EXPECTED))('the fixture site %s', (site) => {
  const scan = scanned(site);
  const expected = EXPECTED[site]!.map(([service, file, at]) => {
    const { line, col } = positionOf(readFileSync(join(SITES, site, file), 'utf8'), at);
    return `${service} ${file}:${line}:${col}`;
  });

  it('yields every service it loads at its file, line and column, and nothing else', () => {
    expect(scan.findings.map((f) => `${f.service} ${f.file}:${f.line}:${f.column}`).sort()).toEqual([...expected].sort());
  });

  it('names each finding after its catalog entry and says what matched', () => {
    for (const f of scan.findings) {
      expect(f.name).toBe(catalogs.processors[f.service]!.name);
      const signatures = catalogs.processors[f.service]!.signatures!;
      if (f.kind === 'snippet') expect(signatures.snippets).toContain(f.matched);
      if (f.kind === 'package') expect(signatures.packages).toContain(f.matched);
      if (f.kind === 'host') expect(f.matched).toMatch(/^(https?:)?\/\//);
    }
  });

  it('reads it all and reports no problem', () => {
    expect(scan.unreadable).toEqual([]);
    expect(scan.skipped.limit + scan.skipped.large + scan.skipped.symlinks).toBe(0);
  });
});

describe('look-alike text', () => {
  it('a blog post about Google Analytics, gtag and the Meta Pixel, in prose and in a code block, yields nothing', () => {
    const inBlog = scanned('static').findings.filter((f) => f.file === 'blog/google-analytics-explained.html');
    expect(inBlog).toEqual([]);
  });

  it('Markdown prose, code blocks and code spans count for nothing; the video embedded as HTML counts', () => {
    const inPost = scanned('static').findings.filter((f) => f.file === 'blog/embedding-videos.md');
    expect(inPost.map((f) => f.service)).toEqual(['vimeo']);
  });

  it('a README, a package description and a readme.txt that name services yield nothing', () => {
    expect(scanned('vite-app').findings.filter((f) => f.file === 'README.md')).toEqual([]);
    const wordpress = scanned('wordpress');
    expect(wordpress.findings.filter((f) => f.file === 'readme.txt')).toEqual([]);
    expect(wordpress.skipped.other).toBe(1); // readme.txt is not a kind the scan reads
  });

  it('commented-out code loads nothing: Hotjar, removed in every site, is never found', () => {
    for (const site of Object.keys(EXPECTED)) expect(scanned(site).findings.filter((f) => f.service === 'hotjar')).toEqual([]);
  });
});
