/**
 * The catalog's `signatures`, indexed for matching: which service a URL's host (and path)
 * belongs to, which snippet markers to look for, which package names. Built once per scan.
 */
import type { CatalogFiles } from '../catalogs/schema.js';

interface HostRule {
  service: string;
  /** A path prefix (`/gtm.js`), or '' for the whole host. */
  path: string;
}

export interface SignatureIndex {
  /** The service a URL is loaded from, or undefined (a relative URL, a host no service has). */
  serviceOfUrl(url: string): string | undefined;
  /** Every snippet marker at once, longest first: one pass over a piece of code finds them all. */
  snippets: RegExp | undefined;
  serviceOfSnippet: ReadonlyMap<string, string>;
  serviceOfPackage: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Host and path of an absolute (`https://…`) or protocol-relative (`//…`) URL; undefined for any other. */
export function hostAndPath(url: string): { host: string; path: string } | undefined {
  const m = /^\s*(?:https?:)?\/\/([^/?#\s"'`\\]+)([^?#\s"'`]*)/i.exec(url);
  if (!m) return undefined;
  const authority = m[1]!.slice(m[1]!.lastIndexOf('@') + 1);
  const host = authority.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  return host ? { host, path: m[2] || '/' } : undefined;
}

export function buildSignatureIndex(catalogs: CatalogFiles): SignatureIndex {
  const exact = new Map<string, HostRule[]>();
  const wildcard = new Map<string, HostRule[]>();
  const serviceOfSnippet = new Map<string, string>();
  const serviceOfPackage = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [service, entry] of Object.entries(catalogs.processors)) {
    const s = entry.signatures;
    if (!s) continue;
    names.set(service, entry.name);
    for (const pattern of s.hosts ?? []) {
      const slash = pattern.indexOf('/');
      const host = slash < 0 ? pattern : pattern.slice(0, slash);
      const rule = { service, path: slash < 0 ? '' : pattern.slice(slash) };
      const [map, key] = host.startsWith('*.') ? [wildcard, host.slice(2)] : [exact, host];
      map.set(key, [...(map.get(key) ?? []), rule]);
    }
    for (const snippet of s.snippets ?? []) if (!serviceOfSnippet.has(snippet)) serviceOfSnippet.set(snippet, service);
    for (const name of s.packages ?? []) if (!serviceOfPackage.has(name)) serviceOfPackage.set(name, service);
  }

  /** The rule with the longest path prefix that the path starts with. */
  const best = (rules: HostRule[] | undefined, path: string) =>
    rules?.filter((r) => path.startsWith(r.path)).sort((a, b) => b.path.length - a.path.length)[0]?.service;

  const serviceOfUrl = (url: string) => {
    const at = hostAndPath(url);
    if (!at) return undefined;
    const found = best(exact.get(at.host), at.path);
    if (found) return found;
    // *.example.com: the longest registered suffix of the host, never the host itself.
    const labels = at.host.split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      const suffix = best(wildcard.get(labels.slice(i).join('.')), at.path);
      if (suffix) return suffix;
    }
    return undefined;
  };

  const markers = [...serviceOfSnippet.keys()].sort((a, b) => b.length - a.length);
  return {
    serviceOfUrl,
    snippets: markers.length > 0 ? new RegExp(markers.map(escapeRegExp).join('|'), 'g') : undefined,
    serviceOfSnippet,
    serviceOfPackage,
    names,
  };
}
