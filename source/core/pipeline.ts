/**
 * The one way from answers to findings: read (answers file text) or validate (an answers object,
 * such as a wizard draft turned into answers), then run every check rule. Replay, batch, `check`,
 * `export` and the wizard's review and finish all come through here; rendering is
 * pipeline-generate.ts, writing is io/write-files.ts. Pure, and it loads no renderer: `check`
 * and the review screen stay light.
 */
import { type AnswersIssue, readAnswers, validateAnswers } from './answers/parse.js';
import { formatPath, type PathSegment, type Problem } from './answers/problems.js';
import type { Answers } from './answers/schema.js';
import type { CatalogFiles } from './catalogs/schema.js';
import { checkModel, type Finding, findingMessage, type LocatedFinding, locateFindings } from './check/check.js';
import type { Language } from './languages.js';
import { type Model, resolveAnswers } from './model/resolve.js';
import type { SiteScan } from './scan/types.js';

export interface CheckOptions {
  /** The output languages; by default those the answers name. */
  languages?: Language[];
  /** The language check's messages are written in (the reader's); English by default. */
  uiLanguage?: Language;
  /** A scan of the site's files (`check --site DIR`): the site rules hold the answers against it. */
  site?: SiteScan;
}

/** The answers and every finding, sorted by place and rule; or the structural problems that stopped the check. */
export type Checked<F extends Finding, P> =
  | { ok: true; answers: Answers; model: Model; languages: Language[]; findings: F[] }
  | { ok: false; problems: P[] };

/** A problem of answers that have no file: where in the answers, and what. */
export type PathProblem = Pick<Problem, 'path' | 'message'>;

export type TextCheck = Checked<LocatedFinding, Problem>;
export type ObjectCheck = Checked<Finding, PathProblem>;

/** Answers file text → located findings, or its YAML and schema problems located in the file. */
export function readAndCheck(text: string, file: string, catalogs: CatalogFiles, options: CheckOptions = {}): TextCheck {
  const read = readAnswers(text, file, catalogs, options);
  if (!read.ok) return read;
  // Resolved once: the rules read this model, and so does rendering after the gate.
  const model = resolveAnswers(read.answers, catalogs, options.site);
  const findings = locateFindings(checkModel(model, read.languages, options.uiLanguage), read.locate);
  return { ok: true, answers: read.answers, model, languages: read.languages, findings };
}

/**
 * An answers object in memory → findings, with no YAML in between (there is no file to point
 * into): problems and findings come in the order of the object's own keys, as they would in the
 * file `export` writes of it.
 */
export function checkAnswersObject(data: unknown, catalogs: CatalogFiles, options: CheckOptions = {}): ObjectCheck {
  const valid = validateAnswers(data, catalogs, options);
  const place = placesIn(data);
  if (!valid.ok) {
    const issues = [...valid.issues].sort((a, b) => place(a.path) - place(b.path));
    return { ok: false, problems: issues.map((issue: AnswersIssue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const model = resolveAnswers(valid.answers, catalogs);
  const findings = checkModel(model, valid.languages, options.uiLanguage).sort(
    (a, b) => place(a.path) - place(b.path) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { ok: true, answers: valid.answers, model, languages: valid.languages, findings };
}

/** What rendering needs: answers without check errors, and the warnings to print after it. */
export type Gated<P> = { ok: true; answers: Answers; model: Model; languages: Language[]; warnings: P[] } | { ok: false; problems: P[] };

/** A replay or the wizard's finish writes nothing while there is an error; warnings do not stop it. */
export function gate<F extends Finding, P>(checked: Checked<F, P>, asProblem: (finding: F, prefix: string) => P): Gated<P> {
  if (!checked.ok) return checked;
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: errors.map((f) => asProblem(f, '')) };
  const warnings = checked.findings.filter((f) => f.severity === 'warning').map((f) => asProblem(f, 'warning: '));
  return { ok: true, answers: checked.answers, model: checked.model, languages: checked.languages, warnings };
}

/** A located finding as a problem line of the file, the way replay lists it. */
export const locatedProblem =
  (file: string) =>
  (f: LocatedFinding, prefix: string): Problem => ({
    file,
    line: f.line,
    col: f.col,
    path: formatPath(f.path),
    message: `${prefix}${findingMessage(f)}`,
  });

export const pathProblem = (f: Finding, prefix: string): PathProblem => ({
  path: formatPath(f.path),
  message: `${prefix}${findingMessage(f)}`,
});

/** For replay: the answers of a file and check's warnings, or every problem that stops it. */
export function readForReplay(text: string, file: string, catalogs: CatalogFiles, options: CheckOptions = {}): Gated<Problem> {
  return gate(readAndCheck(text, file, catalogs, options), locatedProblem(file));
}

/** For the wizard's finish and `export`: the same gate over an answers object. */
export function checkForReplay(data: unknown, catalogs: CatalogFiles, options: CheckOptions = {}): Gated<PathProblem> {
  return gate(checkAnswersObject(data, catalogs, options), pathProblem);
}

/**
 * Each path's place in the object, in the order its keys are written (depth first); a path that
 * is not there (a missing field) takes the place of its nearest ancestor that is.
 */
const ROOT_PLACE = 0;

function placesIn(data: unknown): (path: readonly PathSegment[]) => number {
  const places = new Map<string, number>();
  const walk = (value: unknown, path: PathSegment[]) => {
    places.set(JSON.stringify(path), places.size);
    if (value === null || typeof value !== 'object') return;
    const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (const [key, item] of entries) walk(item, [...path, key]);
  };
  walk(data, []);
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const place = places.get(JSON.stringify(path.slice(0, n)));
      if (place !== undefined) return place;
    }
    return ROOT_PLACE;
  };
}
