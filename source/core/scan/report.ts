/**
 * What `privacy-wizard scan` prints: the services found, grouped, each place as FILE:LINE:COL
 * (text, in the reader's language) or every finding (JSON, for tools, the same bytes anywhere);
 * with --answers, what to add to the answers file as YAML the user can paste.
 */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import { type Message, msg, renderCount, renderMessage } from '../check/messages.js';
import type { Language } from '../languages.js';
import type { SiteModel } from '../model/site.js';
import { SCAN_LIMITS, type SiteScan, type Skipped } from './types.js';

const mebibytes = (bytes: number, lang: Language) => `${Math.round(bytes / 1024 / 1024)} ${lang === 'fr' ? 'Mio' : 'MiB'}`;

function notRead(skipped: Skipped, lang: Language): string[] {
  const parts: [keyof Skipped, Record<string, string | number>][] = [
    ['large', { size: mebibytes(SCAN_LIMITS.maxFileBytes, lang) }],
    ['symlinks', {}],
    ['special', {}],
    ['deep', { depth: SCAN_LIMITS.maxDepth }],
    ['limit', { files: SCAN_LIMITS.maxFiles, total: mebibytes(SCAN_LIMITS.maxTotalBytes, lang) }],
    ['ignored', {}],
    ['other', {}],
    ['findings', {}],
  ];
  return parts.filter(([kind]) => skipped[kind] > 0).map(([kind, params]) => renderCount(`scan.${kind}`, skipped[kind], lang, params));
}

export function scanTextReport(scan: SiteScan, lang: Language): string {
  const services = [...new Set(scan.findings.map((f) => f.service))];
  const lines = [
    renderMessage(
      msg('scan.summary', {
        dir: scan.dir,
        files: renderCount('scan.files', scan.read.files, lang),
        services: renderCount('scan.services', services.length, lang),
      }),
      lang,
    ),
  ];
  for (const service of services) {
    const findings = scan.findings.filter((f) => f.service === service);
    const places = findings.map((f) => `${f.file}:${f.line}:${f.column}`);
    const width = Math.max(...places.map((p) => p.length));
    lines.push('', `${findings[0]!.name} (${service})`, ...findings.map((f, i) => `  ${places[i]!.padEnd(width)}  ${f.matched}`));
  }
  const skipped = notRead(scan.skipped, lang);
  const problems = [
    ...scan.unreadable.map((u) => renderMessage(msg('scan.unreadable', { file: u.file, reason: u.reason }), lang)),
    ...(scan.unreadableMore > 0 ? [renderMessage(msg('scan.unreadable-more', { count: scan.unreadableMore }), lang)] : []),
  ];
  if (skipped.length > 0 || problems.length > 0) lines.push('');
  if (skipped.length > 0) lines.push(renderMessage(msg('scan.not-read', { what: skipped.join('; ') }), lang));
  lines.push(...problems);
  return `${lines.join('\n')}\n`;
}

/** A recipient for the answers file, from the catalog entry of a service the site loads. */
export interface SuggestedRecipient {
  service: string;
  role: 'processor' | 'controller';
  countries: string[];
  safeguard?: string;
  /** For a service with tracking cookies: the activities on consent (none yet: an empty list). */
  activities?: string[];
}

export interface Additions {
  answersFile: string;
  recipients: SuggestedRecipient[];
  /** The answers' cookie categories and those of the site's services, in catalog order; undefined when nothing is missing. */
  cookieCategories: string[] | undefined;
}

export function additionsFor(site: SiteModel, answers: Answers, catalogs: CatalogFiles, answersFile: string): Additions {
  const missing = site.services.filter((s) => s.recipients.length === 0);
  const recipients = missing.map(
    ({ id, entry }): SuggestedRecipient => ({
      service: id,
      role: entry.role ?? 'processor',
      countries: [...entry.countries],
      ...(entry.safeguard ? { safeguard: entry.safeguard } : {}),
      ...(entry.trackingCookies ? { activities: site.consentActivities } : {}),
    }),
  );
  const have = new Set(answers.cookies?.categories ?? []);
  const needed = new Set(site.services.flatMap((s) => s.cookieCategories));
  const lacking = [...needed].some((id) => !have.has(id));
  const all = Object.keys(catalogs['cookie-categories']).filter((id) => have.has(id) || needed.has(id));
  return { answersFile, recipients, cookieCategories: lacking ? all : undefined };
}

const comment = (message: Message, lang: Language) => renderMessage(message, lang);

/** The additions as YAML to paste: comments in the reader's language, keys and ids as the answers file has them. */
export function additionsYaml(add: Additions, lang: Language): string {
  const lines: string[] = [];
  if (add.recipients.length === 0) lines.push(comment(msg('scan.add.none', { file: add.answersFile }), lang));
  else {
    lines.push(comment(msg('scan.add.recipients', { file: add.answersFile }), lang), comment(msg('scan.add.confirm'), lang), 'recipients:');
    for (const r of add.recipients) {
      lines.push(`  - service: ${r.service}`, `    role: ${r.role}`, `    countries: [${r.countries.join(', ')}]`);
      if (r.safeguard) lines.push(`    safeguard: ${r.safeguard}`);
      if (r.activities) {
        lines.push(`    ${comment(r.activities.length > 0 ? msg('scan.add.consent') : msg('scan.add.consent-missing'), lang)}`);
        if (r.activities.length > 0) lines.push(`    activities: [${r.activities.join(', ')}]`);
      }
    }
  }
  if (add.cookieCategories) {
    lines.push('', comment(msg('scan.add.cookies'), lang), 'cookies:', `  categories: [${add.cookieCategories.join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Stable for tools: fixed keys in a fixed order, findings sorted by service, file, line and column. */
export function scanJsonReport(scan: SiteScan, add?: Additions): string {
  const report = {
    dir: scan.dir,
    services: [...new Set(scan.findings.map((f) => f.service))],
    findings: scan.findings.map((f) => ({
      service: f.service,
      name: f.name,
      file: f.file,
      line: f.line,
      column: f.column,
      kind: f.kind,
      matched: f.matched,
    })),
    read: scan.read,
    skipped: scan.skipped,
    unreadable: scan.unreadable,
    unreadableMore: scan.unreadableMore,
    ...(add ? { add: { recipients: add.recipients, cookieCategories: add.cookieCategories ?? null } } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The line under the problems of an answers file `scan --answers` could not use: how many, in the reader's language. */
export const invalidAnswersSummary = (file: string, problems: number, lang: Language): string =>
  renderMessage(msg('scan.invalid-answers', { file, problems: renderCount('report.problems', problems, lang) }), lang);
