/**
 * A site's scan held against the answers, decided once: which service the site loads is named
 * by which recipient, which named service the site no longer loads, which activities rest on
 * consent, and which cookie categories a service's cookies fall in. `check --site` and
 * `scan --answers` read this.
 */
import type { Answers } from '../answers/schema.js';
import type { CatalogFiles } from '../catalogs/schema.js';
import type { SiteFinding, SiteScan } from '../scan/types.js';
import type { EntryOf } from './types.js';

type Processor = EntryOf<'processors'>;

export interface SiteServiceModel {
  id: string;
  entry: Processor;
  /** Every place the site shows it, in file and line order; the first is the one reported. */
  seen: SiteFinding[];
  /** The recipients that name it by `service:` (indexes into answers.recipients). */
  recipients: number[];
  /** The cookie categories its cookies fall in; none for a service that sets no tracking cookies. */
  cookieCategories: string[];
}

export interface SiteModel {
  /** The folder as the user named it. */
  dir: string;
  services: SiteServiceModel[];
  /** Recipients naming a service that has signatures, which the site does not load. */
  unused: { recipient: number; id: string; entry: Processor }[];
  /** The ids of the activities that rest on consent for at least one purpose. */
  consentActivities: string[];
}

/**
 * The cookie category of a service that sets tracking cookies, by what the service is:
 * statistics → analytics; advertising pixels and embedded video players, whose cookies serve
 * the provider's advertising → marketing; a chat that remembers the visitor → preferences.
 * Any other tracking service: marketing, the category that asks consent most plainly.
 */
const COOKIE_CATEGORY_OF: Partial<Record<Processor['category'], string>> = {
  analytics: 'analytics',
  advertising: 'marketing',
  video: 'marketing',
  chat: 'preferences',
};

export function cookieCategoriesOf(entry: Processor, catalogs: CatalogFiles): string[] {
  if (!entry.trackingCookies) return [];
  const category = COOKIE_CATEGORY_OF[entry.category] ?? 'marketing';
  return category in catalogs['cookie-categories'] ? [category] : [];
}

export function resolveSite(scan: SiteScan, answers: Answers, catalogs: CatalogFiles): SiteModel {
  const byService = new Map<string, SiteFinding[]>();
  for (const finding of scan.findings) byService.set(finding.service, [...(byService.get(finding.service) ?? []), finding]);
  const namedBy = (id: string) => answers.recipients.flatMap((r, i) => (r.service === id ? [i] : []));

  const services = [...byService].flatMap(([id, seen]): SiteServiceModel[] => {
    const entry = catalogs.processors[id];
    if (!entry) return [];
    const ordered = [...seen].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    return [{ id, entry, seen: ordered, recipients: namedBy(id), cookieCategories: cookieCategoriesOf(entry, catalogs) }];
  });
  const unused = answers.recipients.flatMap((r, recipient) => {
    const entry = r.service ? catalogs.processors[r.service] : undefined;
    return r.service && entry?.signatures && !byService.has(r.service) ? [{ recipient, id: r.service, entry }] : [];
  });
  const consentActivities = answers.activities.filter((act) => act.purposes.some((p) => p.basis === 'consent')).map((act) => act.id);
  return { dir: scan.dir, services, unused, consentActivities };
}

/** A site file as a person opens it: the folder as they named it, joined to the file. */
export function sitePath(dir: string, file: string): string {
  const base = dir.replace(/[/\\]+$/, '');
  return base === '' && dir !== '' ? `${dir[0]}${file}` : `${base || '.'}/${file}`;
}

/** A place as FILE:LINE:COL, the way editors and terminals open it. */
export const placeOf = (dir: string, f: Pick<SiteFinding, 'file' | 'line' | 'column'>): string =>
  `${sitePath(dir, f.file)}:${f.line}:${f.column}`;
