/**
 * One file's text → the places it shows a catalog service: a host it loads from, a snippet
 * marker in its code, a package in its dependency list. Pure: the walker gives the text.
 */
import { type Extract, markdownExtract, markupExtract, scriptExtract, styleExtract } from './extract.js';
import type { FileKind } from './file-kinds.js';
import { packageRefs } from './packages.js';
import type { SignatureIndex } from './signature-index.js';
import type { SignKind, SiteFinding } from './types.js';

/** A URL as matched, cut to a length a report line holds. */
const MAX_MATCHED = 120;
const shorten = (url: string) => {
  // A template may build the URL (`…/video/' . $id . '`): up to where the literal part ends.
  const literal = url.split(/[\s'"`]/)[0]!;
  return literal.length > MAX_MATCHED ? `${literal.slice(0, MAX_MATCHED - 1)}…` : literal;
};

/** Offset → 1-based line and column, from the line starts (found once per file that has a finding). */
function locator(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

function extractOf(kind: FileKind, text: string): Extract | undefined {
  switch (kind) {
    case 'html':
    case 'php':
    case 'twig':
    case 'liquid':
    case 'handlebars':
      return markupExtract(text, kind);
    case 'markdown':
      return markdownExtract(text);
    case 'script':
      return scriptExtract(text);
    case 'style':
      return styleExtract(text);
    default:
      return undefined;
  }
}

export type FileScan = { ok: true; findings: SiteFinding[] } | { ok: false; problem: string };

export function scanFileText(file: string, kind: FileKind, text: string, index: SignatureIndex): FileScan {
  const hits: { service: string; at: number; kind: SignKind; matched: string }[] = [];
  const extract = extractOf(kind, text);
  if (extract) {
    for (const { url, at } of extract.loads) {
      const service = index.serviceOfUrl(url);
      if (service) hits.push({ service, at, kind: 'host', matched: shorten(url) });
    }
    const snippets = index.snippets;
    if (snippets) {
      for (const region of extract.regions) {
        for (const m of region.text.matchAll(snippets)) {
          hits.push({ service: index.serviceOfSnippet.get(m[0])!, at: region.start + m.index, kind: 'snippet', matched: m[0] });
        }
      }
    }
  } else {
    let refs: ReturnType<typeof packageRefs>;
    try {
      refs = packageRefs(kind, text);
    } catch (error) {
      return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
    }
    for (const { name, at } of refs) {
      const service = index.serviceOfPackage.get(name);
      if (service) hits.push({ service, at, kind: 'package', matched: name });
    }
  }
  if (hits.length === 0) return { ok: true, findings: [] };
  const locate = locator(text);
  // One place is one finding, however many ways it was seen (a tag inside a script is found twice).
  const seen = new Set<string>();
  const findings: SiteFinding[] = [];
  for (const hit of hits.sort((a, b) => a.at - b.at)) {
    const key = `${hit.service} ${hit.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      service: hit.service,
      name: index.names.get(hit.service)!,
      file,
      ...locate(hit.at),
      kind: hit.kind,
      matched: hit.matched,
    });
  }
  return { ok: true, findings };
}
