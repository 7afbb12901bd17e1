/** In-process `check` of an answers file, and where a marked piece of text sits in a file. */
import { readFileSync } from 'node:fs';
import { formatPath } from '../../source/core/answers/problems.js';
import type { LocatedFinding } from '../../source/core/check/check.js';
import type { Language } from '../../source/core/languages.js';
import { readAndCheck } from '../../source/core/pipeline.js';
import type { SiteScan } from '../../source/core/scan/types.js';
import { scanSite } from '../../source/io/scan-site.js';
import { catalogs } from './replay.js';

export interface CheckedFinding extends LocatedFinding {
  pathText: string;
}

export function checkFile(file: string, languages?: Language[], site?: SiteScan): CheckedFinding[] {
  return checkText(readFileSync(file, 'utf8'), file, languages, site);
}

export function checkText(text: string, file = 'answers.yaml', languages?: Language[], site?: SiteScan): CheckedFinding[] {
  const result = readAndCheck(text, file, catalogs, { ...(languages ? { languages } : {}), ...(site ? { site } : {}) });
  if (!result.ok)
    throw new Error(
      `${file} is not a valid answers file:\n${result.problems.map((p) => `${p.line}:${p.col} ${p.path} ${p.message}`).join('\n')}`,
    );
  return result.findings.map((f) => ({ ...f, pathText: formatPath(f.path) }));
}

/**
 * 1-based line and column of a place in `text`, given as a snippet of it with `|` marking the
 * spot (without a mark: the snippet's start). The snippet must occur exactly once.
 */
export function positionOf(text: string, marked: string): { line: number; col: number } {
  const mark = Math.max(0, marked.indexOf('|'));
  const snippet = marked.replace('|', '');
  const offset = text.indexOf(snippet);
  if (offset < 0 || text.indexOf(snippet, offset + 1) >= 0) throw new Error(`the snippet must occur once: ${snippet}`);
  const before = text.slice(0, offset + mark).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

/** The scan of a site folder (`check --site`), or the reason it failed as an error. */
export function siteScan(dir: string): SiteScan {
  const result = scanSite(dir, catalogs);
  if (!result.ok) throw new Error(result.message);
  return result.scan;
}
