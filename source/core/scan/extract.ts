/**
 * What a file loads and where its code is. A file yields the URLs it loads (from tags, scripts,
 * style sheets and WordPress's enqueue calls) and its code regions, where snippet markers are
 * looked for. An HTML page's text, its comments and Markdown prose are in neither.
 */
import { blankComments, type CodeSyntax } from './comments.js';
import { loadedUrls, loadingTagsIn, parseTag } from './tags.js';

export interface Load {
  url: string;
  at: number;
}

/** A piece of code (comments blanked), starting at `start` in the file. */
export interface Region {
  start: number;
  text: string;
}

export interface Extract {
  loads: Load[];
  regions: Region[];
}

const URL_START = String.raw`(?:https?:)?\/\/`;

/** Where a script loads a URL: import, fetch, a `src`/`href` it sets, a loader function. */
const SCRIPT_LOADS = new RegExp(
  String.raw`(?:\bimport\s*\(?|\bfrom|\bfetch\s*\(|\bsendBeacon\s*\(|\bimportScripts\s*\(|\b(?:getScript|loadScript|loadJS|injectScript)\s*\(|\.(?:src|href|action)\s*=|\b(?:src|href)\s*:|setAttribute\s*\(\s*['"](?:src|href)['"]\s*,)\s*(['"\x60])(${URL_START}[^'"\x60\s]+)`,
  'g',
);
const STYLE_LOADS = new RegExp(String.raw`url\(\s*['"]?(${URL_START}[^'")\s]+)|@import\s+['"](${URL_START}[^'"\s]+)`, 'gi');
/** WordPress: wp_enqueue_script('handle', 'https://…'), and the _style and _register_ forms. */
const WP_ENQUEUE = new RegExp(
  String.raw`\bwp_(?:enqueue|register)_(?:script|style)\s*\(\s*(['"])[^'"]*\1\s*,\s*(['"])(${URL_START}[^'"\s]+)`,
  'g',
);

function matchesOf(re: RegExp, text: string, base: number, group: (m: RegExpMatchArray) => number): Load[] {
  const loads: Load[] = [];
  for (const m of text.matchAll(re)) {
    const g = group(m);
    const url = m[g]!;
    loads.push({ url, at: base + m.index + m[0].lastIndexOf(url) });
  }
  return loads;
}

const tagLoads = (code: string, base: number): Load[] =>
  loadingTagsIn(code).flatMap((tag) => loadedUrls(tag).map(({ url, at }) => ({ url, at: base + at })));

/** JavaScript or TypeScript (JSX included) at `base` in the file. */
export function scriptExtract(source: string, base = 0): Extract {
  const code = blankComments(source, 'js');
  return {
    loads: [...matchesOf(SCRIPT_LOADS, code, base, () => 2), ...tagLoads(code, base)],
    regions: [{ start: base, text: code }],
  };
}

export function styleExtract(source: string, base = 0): Extract {
  const code = blankComments(source, 'css');
  return { loads: matchesOf(STYLE_LOADS, code, base, (m) => (m[1] ? 1 : 2)), regions: [{ start: base, text: code }] };
}

function phpExtract(source: string, base: number): Extract {
  const code = blankComments(source, 'php' satisfies CodeSyntax);
  return {
    loads: [...matchesOf(WP_ENQUEUE, code, base, () => 3), ...matchesOf(SCRIPT_LOADS, code, base, () => 2), ...tagLoads(code, base)],
    regions: [{ start: base, text: code }],
  };
}

export type MarkupFlavour = 'html' | 'php' | 'twig' | 'liquid' | 'handlebars';

const TOKENS: Record<MarkupFlavour, RegExp> = {
  html: /<!--|<\/?[A-Za-z]/g,
  php: /<!--|<\?(?:php\b|=)?|<\/?[A-Za-z]/g,
  twig: /<!--|<\/?[A-Za-z]|\{#|\{\{|\{%/g,
  liquid: /<!--|<\/?[A-Za-z]|\{%-?\s*comment\s*-?%\}|\{%-?\s*raw\s*-?%\}|\{\{|\{%/g,
  handlebars: /<!--|<\/?[A-Za-z]|\{\{!--|\{\{!|\{\{/g,
};

/** Where `close` ends after `from` (just past it), or the end of the text. */
const past = (text: string, close: string | RegExp, from: number): number => {
  if (typeof close === 'string') {
    const at = text.indexOf(close, from);
    return at < 0 ? text.length : at + close.length;
  }
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
};

const NON_CODE_SCRIPT = /^(?:application\/(?:ld\+)?json|importmap|speculationrules)$/i;

/** HTML and templates: tags and the code in them count; text and comments do not. */
export function markupExtract(text: string, flavour: MarkupFlavour): Extract {
  const out: Extract = { loads: [], regions: [] };
  const add = (e: Extract) => {
    out.loads.push(...e.loads);
    out.regions.push(...e.regions);
  };
  const token = new RegExp(TOKENS[flavour].source, 'g');
  let i = 0;
  while (i < text.length) {
    token.lastIndex = i;
    const m = token.exec(text);
    if (!m) break;
    const at = m.index;
    const t = m[0];
    if (t === '<!--') i = past(text, '-->', at + 4);
    else if (t.startsWith('<?')) {
      const end = past(text, '?>', at + t.length);
      add(phpExtract(text.slice(at + t.length, end), at + t.length));
      i = end;
    } else if (t === '{#') i = past(text, '#}', at + 2);
    else if (t === '{{!--') i = past(text, '--}}', at + 5);
    else if (t === '{{!') i = past(text, '}}', at + 3);
    else if (/comment/.test(t)) i = past(text, /\{%-?\s*endcomment\s*-?%\}/g, at + t.length);
    else if (/raw/.test(t)) i = past(text, /\{%-?\s*endraw\s*-?%\}/g, at + t.length);
    else if (t === '{{' || t === '{%') {
      const end = past(text, t === '{{' ? '}}' : '%}', at + 2);
      out.regions.push({ start: at, text: text.slice(at, end) });
      i = end;
    } else if (t.startsWith('</')) i = past(text, '>', at + 2);
    else {
      const tag = parseTag(text, at);
      if (!tag) {
        i = at + 1;
        continue;
      }
      out.regions.push({ start: at, text: text.slice(at, tag.end) });
      out.loads.push(...loadedUrls(tag));
      const style = tag.attrs.get('style');
      if (style) add({ loads: styleExtract(style.value, style.at).loads, regions: [] });
      i = tag.end;
      const name = tag.name.toLowerCase();
      if (tag.selfClosing || !['script', 'style', 'textarea', 'title'].includes(name)) continue;
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const end = close.exec(text);
      const contentEnd = end ? end.index : text.length;
      const content = text.slice(i, contentEnd);
      if (name === 'script' && !NON_CODE_SCRIPT.test(tag.attrs.get('type')?.value.trim() ?? '')) add(scriptExtract(content, i));
      if (name === 'style') add(styleExtract(content, i));
      i = end ? end.index + end[0].length : text.length;
    }
  }
  return out;
}

/**
 * Markdown: fenced code blocks and code spans show code without running it, and prose is text;
 * what remains is raw HTML the page renders (an embedded video, a script).
 */
export function markdownExtract(text: string): Extract {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const withoutFences = text.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, blank);
  const withoutSpans = withoutFences.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
  return markupExtract(withoutSpans, 'html');
}
