/** The phrases check looks for in the user's prose, in English, Dutch, French and German. */
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, containsWords, findPhrase, NO_COOKIES, PRIVACY_SHIELD, VAGUE_RETENTION } from '../source/core/check/text.js';

const finds = (patterns: readonly RegExp[], text: string) => findPhrase({ en: text }, patterns);

describe('phrases in prose', () => {
  it.each([
    'We keep your data as long as necessary.',
    'for as long as is necessary for our purposes',
    'no longer than necessary',
    'Wij bewaren uw gegevens zolang als nodig.',
    'zo lang als noodzakelijk',
    'niet langer dan nodig',
    'aussi longtemps que nécessaire',
    'le temps nécessaire au traitement',
    'tant que cela est nécessaire',
    'so lange wie nötig',
    'solange es erforderlich ist',
    'nicht länger als notwendig',
  ])('"%s" is vague retention', (text) => {
    expect(finds(VAGUE_RETENTION, text)).toBeDefined();
  });

  it.each(['10 years from the end of the financial year', 'zolang u klant bent', 'tant que vous êtes client', 'solange Sie Kunde sind'])(
    '"%s" is not',
    (text) => {
      expect(finds(VAGUE_RETENTION, text)).toBeUndefined();
    },
  );

  it.each(['anonymous statistics', 'anonieme statistieken', 'des statistiques anonymes', 'anonyme Statistiken', 'völlig anonym'])(
    '"%s" claims anonymity',
    (text) => {
      expect(finds(ANONYMOUS, text)).toBeDefined();
    },
  );

  it.each(['we anonymise IP addresses', 'IP-adressen worden geanonimiseerd', 'adresses IP anonymisées', 'IP-Adressen werden anonymisiert'])(
    '"%s" does not (anonymising is not a claim that the data are anonymous)',
    (text) => {
      expect(finds(ANONYMOUS, text)).toBeUndefined();
    },
  );

  it.each([
    'cookieless statistics',
    'We do not use cookies.',
    'zonder cookies',
    'cookievrije statistieken',
    'sans cookies',
    'aucun cookie',
    'keine Cookies',
    'cookiefreie Statistiken',
  ])('"%s" claims no cookies', (text) => {
    expect(finds(NO_COOKIES, text)).toBeDefined();
  });

  it.each([
    'EU-US Privacy Shield',
    'het EU-VS-privacyschild',
    'bouclier de protection des données UE-États-Unis',
    'EU-US-Datenschutzschild',
  ])('"%s" names the Privacy Shield', (text) => {
    expect(finds(PRIVACY_SHIELD, text)).toBeDefined();
  });

  it('compares names as whole words, without case, accents or punctuation', () => {
    expect(containsWords('You can complain to the Privacy Commission.', 'Privacy Commission')).toBe(true);
    expect(containsWords('Commission de la protection de la vie privee', 'Commission de la protection de la vie privée')).toBe(true);
    expect(containsWords('the Privacy Commissioner', 'Privacy Commission')).toBe(false);
  });
});
