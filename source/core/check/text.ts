/** Reading the user's own prose: where it is, and phrases a notice must not contain. */
import type { PathSegment } from '../answers/problems.js';
import type { Prose } from '../answers/schema.js';
import { isLanguage } from '../languages.js';

export interface ProseAt {
  path: PathSegment[];
  prose: Prose;
}

/** A prose map is an object whose keys are all output languages. */
export const isProse = (value: object): value is Prose => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLanguage);
};

/** Every prose map in a value (the answers), with its path. */
export function proseIn(value: unknown, path: PathSegment[] = []): ProseAt[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => proseIn(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  if (isProse(value)) return [{ path, prose: value }];
  return Object.entries(value).flatMap(([key, child]) => proseIn(child, [...path, key]));
}

/** The first text matching one of the patterns, in any language of the prose. */
export function findPhrase(prose: Prose, patterns: readonly RegExp[]): string | undefined {
  for (const text of Object.values(prose)) {
    for (const pattern of patterns) {
      const match = text === undefined ? null : pattern.exec(text);
      if (match) return match[0];
    }
  }
  return undefined;
}

/** "As long as necessary" and its kin, in English, Dutch, French and German. */
export const VAGUE_RETENTION: readonly RegExp[] = [
  /\b(?:for\s+)?as\s+long\s+as\s+(?:(?:it\s+)?is\s+|we\s+)?(?:necessary|needed|required|need\s+(?:it|them))\b/i,
  /\bno\s+longer\s+than\s+(?:is\s+)?(?:necessary|needed|required)\b/i,
  /\bzo\s*lang\s+(?:als\s+|dat\s+)?(?:(?:het|dit)\s+)?(?:nodig|noodzakelijk|vereist)\b/i,
  /\bniet\s+langer\s+dan\s+(?:nodig|noodzakelijk|vereist)\b/i,
  /\b(?:aussi\s+longtemps\s+que|tant\s+que)\s+(?:(?:c'est|cela\s+est|c’est)\s+)?(?:n[ée]cessaire|requis)\b/i,
  /\b(?:le\s+temps|la\s+dur[ée]e)\s+n[ée]cessaire\b/i,
  /\bpas\s+plus\s+longtemps\s+que\s+n[ée]cessaire\b/i,
  /\bso\s*lange?\s+(?:wie\s+)?(?:(?:es|dies)\s+)?(?:n[öo]tig|erforderlich|notwendig)\b/i,
  /\bnicht\s+l[äa]nger\s+als\s+(?:n[öo]tig|erforderlich|notwendig)\b/i,
];

/** Claims that data are anonymous. */
export const ANONYMOUS: readonly RegExp[] = [
  /\banonym(?:ous(?:ly)?|e[nrs]?|ement)?\b/i,
  /\banoniem(?:e)?\b/i,
];

/** Claims that no cookies are used. */
export const NO_COOKIES: readonly RegExp[] = [
  /\b(?:no|without|zero)\s+(?:tracking\s+)?cookies\b/i,
  /\bcookie[-\s]?(?:less|free)\b/i,
  /\b(?:do(?:es)?\s+not|don't|never)\s+(?:use|set|place)\s+(?:any\s+)?(?:tracking\s+)?cookies\b/i,
  /\b(?:geen|zonder)\s+(?:tracking\s*)?cookies\b/i,
  /\bcookie-?(?:vrij|loos)e?\b/i,
  /\b(?:sans|aucun|pas\s+de)\s+cookies?\b/i,
  /\b(?:keine|ohne)\s+(?:Tracking-?)?Cookies\b/i,
  /\bcookie-?(?:frei|los)(?:e[nrs]?)?\b/i,
];

/** The EU-US Privacy Shield under its names in our four languages. */
export const PRIVACY_SHIELD: readonly RegExp[] = [
  /\bprivacy[\s-]?(?:shield|schild)\b/i,
  /\bbouclier\s+de\s+protection\s+des\s+donn[ée]es\b/i,
  /\bdatenschutz-?schild\b/i,
];

/** Lowercase words without accents or punctuation, for comparing names. */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A test of whether a name occurs in `text` as whole words; the text is normalized once. */
export function wordsOf(text: string): (name: string) => boolean {
  const words = ` ${normalizeName(text)} `;
  return (name) => words.includes(` ${normalizeName(name)} `);
}

/** Whether `name` occurs in `text` as whole words. */
export const containsWords = (text: string, name: string): boolean => wordsOf(text)(name);
