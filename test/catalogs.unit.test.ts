import { describe, expect, it } from 'vitest';
import { danglingReferences } from '../source/core/catalogs/references.js';
import { catalogs } from './support/replay.js';

const c = catalogs;

describe('the shipped catalogs', () => {
  it('refer only to ids that exist', () => {
    expect(danglingReferences(c)).toEqual([]);
  });

  it('refuse what Art. 9(1) data a category holds when the category is not special', () => {
    const identity = c['data-categories'].identity!;
    const holdsSpecial = c['data-categories']['patient-file']!.holdsSpecial;
    const changed = { ...c, 'data-categories': { ...c['data-categories'], identity: { ...identity, holdsSpecial } } };
    expect(danglingReferences(changed)).toEqual(['data-categories.identity.holdsSpecial: the category is not marked special']);
  });

  it("refuse a preset's business-customer category that is not one of its data categories", () => {
    const preset = c['activity-presets']['contact-form']!;
    const changed = {
      ...c,
      'activity-presets': { ...c['activity-presets'], 'contact-form': { ...preset, businessCustomersOnly: ['order-history'] } },
    };
    expect(danglingReferences(changed)).toEqual([
      "activity-presets.contact-form.businessCustomersOnly: 'order-history' is not one of its dataCategories",
    ]);
  });

  it("refuse a preset's source that names data the preset does not have", () => {
    const preset = c['activity-presets']['employer-training']!;
    const changed = {
      ...c,
      'activity-presets': {
        ...c['activity-presets'],
        'employer-training': { ...preset, source: [{ from: 'employer-client', data: ['identity', 'order-history'] }] },
      },
    };
    expect(danglingReferences(changed)).toEqual([
      "activity-presets.employer-training.source: 'order-history' (from 'employer-client') is not one of its dataCategories",
    ]);
  });

  // The French and Dutch reviews: "… programme de fidélité : cumuler des points … : exécution
  // d'un contrat", where the record of processing puts a colon between a purpose and its basis.
  it('name every purpose without a colon of its own, in every language', () => {
    const withColon = Object.entries(c.purposes).flatMap(([id, purpose]) =>
      Object.entries(purpose.label).flatMap(([lang, text]) => (text.includes(':') ? [`${id}.${lang}: ${text}`] : [])),
    );
    expect(Object.keys(c.purposes).length).toBeGreaterThan(40);
    expect(withColon).toEqual([]);
  });

  // A preset's suggestion must not leave data without a period (check rule retention-data): a
  // period whose preset keeps only some data (accounting-10y) needs another beside it.
  it('give every data category of an activity preset a period in its suggested retention', () => {
    const presets = c['retention-presets'];
    const uncovered = Object.entries(c['activity-presets']).flatMap(([id, preset]) => {
      const kept = new Set(preset.retention.flatMap((r) => presets[r.preset]!.keeps ?? preset.dataCategories));
      return preset.dataCategories.filter((category) => !kept.has(category)).map((category) => `${id}: ${category}`);
    });
    expect(Object.values(presets).some((p) => p.keeps)).toBe(true);
    expect(uncovered).toEqual([]);
  });

  it('know at least 25 processors across the services a small business uses', () => {
    const processors = Object.values(c.processors);
    expect(processors.length).toBeGreaterThanOrEqual(25);
    const categories = new Set(processors.map((p) => p.category));
    for (const category of [
      'hosting',
      'email',
      'analytics',
      'payments',
      'newsletter',
      'crm',
      'remote-support',
      'accounting',
      'office-suite',
    ]) {
      expect(categories, category).toContain(category);
    }
  });

  it('recognise at least 25 web services in a site, each sign belonging to one service only', () => {
    const withSignatures = Object.entries(c.processors).filter(([, p]) => p.signatures);
    expect(withSignatures.length).toBeGreaterThanOrEqual(25);
    const owner = new Map<string, string>();
    for (const [id, p] of withSignatures) {
      const signs = [...(p.signatures!.hosts ?? []), ...(p.signatures!.snippets ?? []), ...(p.signatures!.packages ?? [])];
      for (const sign of signs) {
        expect(owner.get(sign), `${sign} in ${id}`).toBeUndefined();
        owner.set(sign, id);
      }
    }
  });

  it('give every processor outside the EEA a valid safeguard, and the DPF only to US transfers', () => {
    for (const [id, p] of Object.entries(c.processors)) {
      const outside = p.countries.filter((country) => !c.countries.eea.includes(country));
      expect(Boolean(p.safeguard), id).toBe(outside.length > 0);
      if (p.safeguard) expect(c.safeguards[p.safeguard]?.valid, id).toBe(true);
      if (p.safeguard === 'dpf') expect(outside, id).toEqual(['US']);
      if (p.safeguard === 'adequacy')
        for (const country of outside) expect(c.countries.adequacy[country], `${id} ${country}`).toBeDefined();
    }
  });

  it('mark the EU-US Privacy Shield as invalid since Schrems II', () => {
    expect(c.safeguards['privacy-shield']).toMatchObject({ valid: false, invalidSince: '2020-07-16' });
  });

  it('know the EEA and the UK adequacy decision with its end date', () => {
    expect(c.countries.eu).toHaveLength(27);
    expect(c.countries.eea).toHaveLength(30);
    expect(c.countries.adequacy.GB?.validUntil).toBe('2031-12-27');
    expect(c.countries.adequacy.US).toBeUndefined();
    expect(c.countries.digitalConsentAge.BE?.age).toBe(13);
  });

  it('have the Belgian authority complete in all four languages, with its former names', () => {
    const be = Object.values(c['supervisory-authorities']).filter((a) => a.country === 'BE');
    expect(be).toHaveLength(1);
    const authority = be[0]!;
    expect(authority.name).toEqual({
      en: 'Data Protection Authority',
      nl: 'Gegevensbeschermingsautoriteit',
      fr: 'Autorité de protection des données',
      de: 'Datenschutzbehörde',
    });
    expect(typeof authority.address).toBe('object');
    expect(authority.email).toBe('contact@apd-gba.be');
    expect(authority.phone).toBe('+32 2 274 48 00');
    expect(authority.formerNames?.join(' ')).toMatch(/Commissie voor de bescherming van de persoonlijke levenssfeer/);
  });

  it('cite a source for every legal retention reason', () => {
    for (const [id, reason] of Object.entries(c['retention-reasons'])) {
      if (reason.kind === 'law') expect(reason.source, id).toBeTruthy();
    }
  });

  it('translate every longer label: no English copy in another language', () => {
    const copies: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value as Record<string, unknown>;
        if (typeof v.en === 'string' && typeof v.nl === 'string' && typeof v.fr === 'string' && typeof v.de === 'string') {
          // A postal address keeps its street and city; only the country name is translated, and
          // some country names are the same in two languages (France, Cyprus in Dutch).
          const postal = path.endsWith('.address');
          for (const lang of ['nl', 'fr', 'de'] as const) {
            if (v.en.length > 24 && v[lang] === v.en && !postal) copies.push(`${path}.${lang}`);
          }
          return;
        }
        for (const [key, child] of Object.entries(v)) visit(child, `${path}.${key}`);
      }
    };
    visit(c, 'catalogs');
    expect(copies).toEqual([]);
  });
});
