/**
 * The cookie catalog (questions/catalogs/cookies.yaml): keyed by processor id, checked at build
 * like the other catalogs' references, and wide enough to declare the web services `scan` finds.
 */
import { describe, expect, it } from 'vitest';
import { danglingReferences } from '../source/core/catalogs/references.js';
import type { CatalogFiles } from '../source/core/catalogs/schema.js';
import { catalogs } from './support/replay.js';

const withCookies = (change: (c: CatalogFiles) => void): string[] => {
  const copy = structuredClone(catalogs);
  change(copy);
  return danglingReferences(copy);
};

describe('the cookie catalog', () => {
  it('has no dangling reference as shipped', () => {
    expect(danglingReferences(catalogs)).toEqual([]);
  });

  it('fails the build on an unknown processor id, an unknown category or a cookie listed twice', () => {
    const ga = catalogs.cookies['google-analytics']!;
    expect(withCookies((c) => (c.cookies['google-analytix'] = ga))).toContain(
      "cookies.google-analytix: unknown processor 'google-analytix' (the cookie catalog is keyed by processor id)",
    );
    expect(withCookies((c) => (c.cookies['google-analytics']!.cookies[0]!.category = 'statistics'))).toContain(
      "cookies.google-analytics: unknown cookie category 'statistics'",
    );
    expect(withCookies((c) => c.cookies['google-analytics']!.cookies.push(ga.cookies[0]!))).toContain(
      "cookies.google-analytics: cookie '_ga' listed twice",
    );
  });

  it('knows the cookies of every service that always tracks visitors', () => {
    const tracking = Object.entries(catalogs.processors).filter(([, p]) => p.trackingCookies);
    expect(tracking.length).toBeGreaterThan(5);
    for (const [id] of tracking) expect(catalogs.cookies[id]?.cookies.length, id).toBeGreaterThan(0);
    expect(withCookies((c) => delete c.cookies.hotjar)).toContain(
      'processors.hotjar: trackingCookies, but cookies.yaml lists none of its cookies',
    );
  });

  it('covers at least 25 services, each with its provider’s pages as source; those without cookies say so', () => {
    const entries = Object.entries(catalogs.cookies);
    expect(entries.length).toBeGreaterThanOrEqual(25);
    for (const [id, entry] of entries) for (const url of entry.source.split(' ; ')) expect(url, id).toMatch(/^https:\/\/\S+$/);
    expect(catalogs.cookies.plausible?.cookies).toEqual([]);
    // The web services scan recognises: at least 25 of them have their cookies (or none) declared.
    const scanned = Object.keys(catalogs.processors).filter((id) => catalogs.processors[id]!.signatures);
    expect(scanned.filter((id) => id in catalogs.cookies).length).toBeGreaterThanOrEqual(25);
  });

  it('gives every cookie a purpose in every language and a lifetime', () => {
    for (const [id, entry] of Object.entries(catalogs.cookies)) {
      for (const cookie of entry.cookies) {
        expect(Object.keys(cookie.purpose).sort(), `${id} ${cookie.name}`).toEqual(['de', 'en', 'fr', 'nl']);
        expect(cookie.lifetime === 'session' || Object.keys(cookie.lifetime).length === 1).toBe(true);
      }
    }
  });
});
