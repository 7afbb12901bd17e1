/**
 * The pieces of the matcher, one by one: where a URL counts as loaded, what a comment hides,
 * how a host pattern matches, where package names are read. Each case is what a real site has
 * (a minified snippet, a JSX component, a yarn.lock) or what a naive matcher gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { blankComments } from '../source/core/scan/comments.js';
import { markdownExtract, markupExtract, scriptExtract, styleExtract } from '../source/core/scan/extract.js';
import { fileKind } from '../source/core/scan/file-kinds.js';
import { packageRefs } from '../source/core/scan/packages.js';
import { scanFileText } from '../source/core/scan/scan-file.js';
import { buildSignatureIndex, hostAndPath } from '../source/core/scan/signature-index.js';
import { catalogs } from './support/replay.js';

const index = buildSignatureIndex(catalogs);
const urls = (e: { loads: { url: string }[] }) => e.loads.map((l) => l.url);
const services = (file: string, text: string) => {
  const result = scanFileText(file, fileKind(file.split('/').pop()!)!, text, index);
  if (!result.ok) throw new Error(result.problem);
  return result.findings.map((f) => f.service);
};

describe('comments', () => {
  it('are blanked in place, keeping lines and columns; strings and URLs in them are kept', () => {
    const code = 'a = \'https://x.example/\'; // gone\n/* gone\ntoo */ b = "//y.example";';
    const blanked = blankComments(code, 'js');
    expect(blanked).toHaveLength(code.length);
    expect(blanked.split('\n').map((line) => line.trimEnd())).toEqual(["a = 'https://x.example/';", '', '       b = "//y.example";']);
  });

  it('are told apart from regular expressions and divisions', () => {
    expect(blankComments('x = /https:\\/\\//.test(u); // c', 'js').trimEnd()).toBe('x = /https:\\/\\//.test(u);');
    expect(blankComments('y = a / b; z = c / d // c', 'js').trimEnd()).toBe('y = a / b; z = c / d');
  });

  it('in PHP include # lines but not #[attributes]; in CSS // starts none', () => {
    expect(blankComments('#[Pure]\n# gone\n$a = 1;', 'php')).toBe('#[Pure]\n      \n$a = 1;');
    expect(blankComments('a { b: url(//fonts.gstatic.com/x) }', 'css')).toBe('a { b: url(//fonts.gstatic.com/x) }');
  });
});

describe('a URL counts where it is loaded', () => {
  it('in the src and href of loading tags, srcset candidates included; not in links or canonical URLs', () => {
    const html = [
      '<img srcset="https://a.example/1.jpg 1x, https://b.example/2.jpg 2x">',
      '<a href="https://c.example/">a link</a>',
      '<link rel="canonical" href="https://d.example/">',
      '<link rel="stylesheet" href="https://e.example/s.css">',
      '<form action="https://f.example/subscribe"></form>',
    ].join('\n');
    expect(urls(markupExtract(html, 'html'))).toEqual([
      'https://a.example/1.jpg',
      'https://b.example/2.jpg',
      'https://e.example/s.css',
      'https://f.example/subscribe',
    ]);
  });

  it('in scripts: import, dynamic import, fetch, a src set, a loader object; not in a string nothing loads', () => {
    const js = [
      "import x from 'https://a.example/m.js';",
      "const m = await import('https://b.example/m.js');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the script under test has a template literal
      'fetch(`https://c.example/api?id=${id}`);',
      "script.src = 'https://d.example/s.js';",
      "useHead({ script: [{ src: 'https://e.example/s.js' }] });",
      "const docs = 'https://f.example/docs';",
    ].join('\n');
    expect(urls(scriptExtract(js))).toEqual([
      'https://a.example/m.js',
      'https://b.example/m.js',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the URL as the template literal has it
      'https://c.example/api?id=${id}',
      'https://d.example/s.js',
      'https://e.example/s.js',
    ]);
  });

  it('in JSX: lowercase tags and Next.js <Script>; not a component such as <Link href>', () => {
    const tsx = [
      '<Script src="https://a.example/s.js" strategy="afterInteractive" />',
      '<iframe src={`https://b.example/embed`} onLoad={() => ok()} />',
      '<Link href="https://c.example/">go</Link>',
    ].join('\n');
    expect(urls(scriptExtract(tsx))).toEqual(['https://a.example/s.js', 'https://b.example/embed']);
  });

  it('in CSS: url() and @import, not in comments', () => {
    const css =
      '/* @import url(https://a.example/x.css); */\n@import "https://b.example/y.css";\np { background: url( "//c.example/i.png" ) }';
    expect(urls(styleExtract(css))).toEqual(['https://b.example/y.css', '//c.example/i.png']);
  });

  it('in PHP: wp_enqueue_script and wp_register_style URLs, and markup the code echoes', () => {
    const php = `<?php
wp_register_style( 'f', "https://a.example/f.css" );
wp_enqueue_script(
  'm',
  'https://b.example/m.js?key=' . KEY
);
echo '<iframe src="https://c.example/embed"></iframe>';
// wp_enqueue_script( 'old', 'https://d.example/old.js' );
`;
    expect(urls(markupExtract(php, 'php'))).toEqual(['https://a.example/f.css', 'https://b.example/m.js?key=', 'https://c.example/embed']);
  });

  it('not in HTML comments, text, or Twig and Handlebars comments', () => {
    const twig =
      '<!-- <script src="https://a.example/x.js"></script> -->\n{# <script src="https://b.example/x.js"></script> #}\n<p>https://c.example</p>';
    expect(urls(markupExtract(twig, 'twig'))).toEqual([]);
    expect(urls(markupExtract('{{!-- <script src="https://a.example/x.js"></script> --}}', 'handlebars'))).toEqual([]);
  });

  it('in Markdown only in raw HTML, not in fenced code, code spans or autolinks', () => {
    const md =
      '```\n<script src="https://a.example/x.js"></script>\n```\n`<img src="https://b.example/i.png">` <https://c.example>\n\n<video src="https://d.example/v.mp4"></video>\n';
    expect(urls(markdownExtract(md))).toEqual(['https://d.example/v.mp4']);
  });
});

describe('snippet markers', () => {
  it('count in scripts and tags, not in a page text or a JSON-LD block', () => {
    expect(services('a.html', "<script>fbq('init', '1');</script>")).toEqual(['meta-pixel']);
    expect(services('b.html', "<p>fbq('init', '1')</p>")).toEqual([]);
    expect(services('c.html', '<script type="application/ld+json">{"x": "fbq(\'init\'"}</script>')).toEqual([]);
    // A script held back until consent (type="text/plain", as consent managers do) still runs once given.
    expect(services('d.html', '<script type="text/plain" data-category="analytics">gtag(\'config\', \'G-1\');</script>')).toEqual([
      'google-analytics',
    ]);
  });

  it('count in Liquid and Twig tags (template code), not in their comments', () => {
    expect(services('theme.liquid', '<head>{{ content_for_header }}</head>')).toEqual(['shopify']);
    expect(services('theme.liquid', '{% comment %}{{ content_for_header }}{% endcomment %}')).toEqual([]);
  });
});

describe('host patterns', () => {
  it('parse absolute and protocol-relative URLs only, without user, port or query', () => {
    expect(hostAndPath('https://user@WWW.Example.com:8443/a/b?c#d')).toEqual({ host: 'www.example.com', path: '/a/b' });
    expect(hostAndPath('//cdn.example.com')).toEqual({ host: 'cdn.example.com', path: '/' });
    expect(hostAndPath('/js/app.js')).toBeUndefined();
    expect(hostAndPath('data:text/javascript,1')).toBeUndefined();
  });

  it('tell apart services on one host by their path prefix', () => {
    expect(index.serviceOfUrl('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('google-analytics');
    expect(index.serviceOfUrl('https://www.googletagmanager.com/gtm.js?id=GTM-1')).toBe('google-tag-manager');
    expect(index.serviceOfUrl('https://www.google.com/recaptcha/api.js')).toBe('google-recaptcha');
    expect(index.serviceOfUrl('https://www.google.com/maps/embed?pb=1')).toBe('google-maps');
    expect(index.serviceOfUrl('https://www.google.com/search?q=1')).toBeUndefined();
  });

  it('match subdomains with *., never the bare domain nor a look-alike', () => {
    expect(index.serviceOfUrl('https://acme.matomo.cloud/matomo.js')).toBe('matomo-cloud');
    expect(index.serviceOfUrl('https://matomo.cloud/')).toBeUndefined();
    expect(index.serviceOfUrl('https://evilmatomo.cloud/')).toBeUndefined();
    expect(index.serviceOfUrl('https://fonts.googleapis.com.example.org/css')).toBeUndefined();
  });
});

describe('package names', () => {
  it('in package.json only from the dependency sections', () => {
    const json = '{"description": "react-ga4", "scripts": {"react-ga4": "x"}, "devDependencies": {"react-ga4": "^2"}}';
    expect(packageRefs('npm-manifest', json).map((r) => [r.name, json.slice(r.at, r.at + r.name.length)])).toEqual([
      ['react-ga4', 'react-ga4'],
    ]);
  });

  it('in yarn.lock (v1 and Berry), pnpm-lock.yaml (v5, v6, v9) and composer.lock', () => {
    const yarn = '"@stripe/stripe-js@^4.0.0", "@stripe/stripe-js@^4.1.0":\n  version "4.1.0"\nreact-ga4@npm:^2.1.0:\n  version: 2.1.0\n';
    expect(packageRefs('yarn-lock', yarn).map((r) => r.name)).toEqual(['@stripe/stripe-js', 'react-ga4']);
    const pnpm =
      "importers:\n  .:\n    dependencies:\n      react-ga4:\n        specifier: ^2\npackages:\n  /@stripe/stripe-js/4.1.0:\n  /plausible-tracker@0.3.8:\n  '@hotjar/browser@1.0.9':\n";
    // Keys such as `dependencies:` are read too; only names of the catalog's packages ever match.
    expect(packageRefs('pnpm-lock', pnpm).flatMap((r) => (index.serviceOfPackage.has(r.name) ? [r.name] : []))).toEqual([
      'react-ga4',
      '@stripe/stripe-js',
      'plausible-tracker',
      '@hotjar/browser',
    ]);
    expect(packageRefs('composer-lock', '{"packages": [{"name": "stripe/stripe-php", "version": "v13"}]}').map((r) => r.name)).toEqual([
      'stripe/stripe-php',
    ]);
  });

  it('a package.json that is not JSON is a problem of that file', () => {
    expect(scanFileText('package.json', 'npm-manifest', '{"dependencies": ', index)).toEqual({
      ok: false,
      problem: expect.stringMatching(/^not valid JSON/),
    });
  });
});
