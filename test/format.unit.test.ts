import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, joinList } from '../source/core/view/format.js';

describe('language-aware formatting', () => {
  it.each([
    ['en', '15 January 2026'],
    ['nl', '15 januari 2026'],
    ['fr', '15 janvier 2026'],
    ['de', '15. Januar 2026'],
  ] as const)('writes dates in %s', (lang, expected) => {
    expect(formatDate('2026-01-15', lang)).toBe(expected);
  });

  it('writes the first of the month as an ordinal in French only', () => {
    expect(formatDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026');
  });

  it.each([
    ['en', { years: 10 }, '10 years'],
    ['nl', { years: 1 }, '1 jaar'],
    ['fr', { months: 12 }, '12\u00a0mois'],
    // CLDR separates "ans" with an ordinary space; French typography keeps number and unit together.
    ['fr', { years: 10 }, '10\u00a0ans'],
    ['fr', { days: 1500 }, '1\u202f500\u00a0jours'],
    ['de', { days: 30 }, '30 Tage'],
    ['de', { weeks: 6 }, '6 Wochen'],
  ] as const)('writes durations in %s', (lang, period, expected) => {
    expect(formatPeriod(period, lang)).toBe(expected);
  });

  it('joins lists the way each language does', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(joinList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(joinList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });

  // The German review: "Personen, die mit uns Kontakt aufnehmen und Kauf- und Mietinteressenten"
  // reads the interested parties as what the enquirers take up; "Kontaktdaten und Fotos und
  // Videoaufnahmen" chains "und".
  it('closes a German clause with a comma before "und", and joins an item with its own "und" by "sowie"', () => {
    const enquirers = 'Personen, die mit uns Kontakt aufnehmen';
    expect(joinList([enquirers, 'Lieferanten'], 'de')).toBe(`${enquirers}, und Lieferanten`);
    expect(joinList(['Kunden', enquirers, 'Lieferanten'], 'de')).toBe(`Kunden, ${enquirers}, und Lieferanten`);
    expect(joinList([enquirers, 'Kauf- und Mietinteressenten'], 'de')).toBe(`${enquirers}, sowie Kauf- und Mietinteressenten`);
    expect(joinList(['Identifikationsdaten', 'Kontaktdaten', 'Fotos und Videoaufnahmen'], 'de')).toBe(
      'Identifikationsdaten, Kontaktdaten sowie Fotos und Videoaufnahmen',
    );
    // A comma inside brackets opens no clause.
    expect(joinList(['Identifikationsdaten (Name, Vorname)', 'Kontaktdaten'], 'de')).toBe(
      'Identifikationsdaten (Name, Vorname) und Kontaktdaten',
    );
    // The other languages need no comma after a clause.
    expect(joinList(['people who write to us, as enquirers', 'customers'], 'en')).toBe(
      'people who write to us, as enquirers and customers',
    );
  });

  // "sellers and landlords and prospective buyers and tenants" reads as four groups joined alike.
  it.each([
    ['en', ['sellers and landlords', 'prospective buyers and tenants'], 'sellers and landlords, and prospective buyers and tenants'],
    [
      'nl',
      ['verkopers en verhuurders', 'kandidaat-kopers en kandidaat-huurders'],
      'verkopers en verhuurders alsook kandidaat-kopers en kandidaat-huurders',
    ],
    [
      'fr',
      ['vendeurs et bailleurs', 'candidats acheteurs et locataires'],
      'vendeurs et bailleurs ainsi que candidats acheteurs et locataires',
    ],
    ['en', ['identification data', 'contact details', 'photos and videos'], 'identification data, contact details, and photos and videos'],
    ['fr', ['coordonnées', 'données de formation et d’examen'], 'coordonnées ainsi que données de formation et d’examen'],
  ] as const)('%s: joins a last item that holds its own "and" apart: %s', (lang, items, joined) => {
    expect(joinList(items, lang)).toBe(joined);
  });

  // The Dutch review: "opleidings- en examengegevens" is one word; the French review: "ainsi que"
  // cannot stand before an infinitive, so a list of purposes keeps "et".
  it('leaves a compound’s own "en" and a list of French purposes alone', () => {
    expect(joinList(['contactgegevens', 'opleidings- en examengegevens'], 'nl')).toBe('contactgegevens en opleidings- en examengegevens');
    const purposes = ['gérer votre affiliation', 'vous affilier à notre fédération et à son assurance'];
    expect(joinList(purposes, 'fr', 'actions')).toBe(`${purposes[0]} et ${purposes[1]}`);
    // "que" is elided before a vowel.
    expect(joinList(['vendeurs et bailleurs', 'acheteurs et locataires'], 'fr')).toBe(
      "vendeurs et bailleurs ainsi qu'acheteurs et locataires",
    );
  });

  it.each([
    ['en', 'identification data, contact details and company details'],
    ['nl', 'identificatiegegevens, contactgegevens en bedrijfsgegevens'],
    ['fr', 'identification, coordonnées et entreprise'],
  ] as const)('%s: keeps the plain "and" where no item holds one', (lang, joined) => {
    const items = joined.split(/, | and | en | et /);
    expect(joinList(items, lang)).toBe(joined);
  });
});
