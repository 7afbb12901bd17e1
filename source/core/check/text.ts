/** Reading the user's own prose: where it is, and phrases a notice must not contain. */
import type { PathSegment } from '../answers/problems.js';
import type { Prose } from '../answers/schema.js';
import { isLanguage, LANGUAGE_TABLE, LANGUAGES, type LanguageEntry } from '../languages.js';
import type { Model } from '../model/resolve.js';

export interface ProseAt {
  path: PathSegment[];
  prose: Prose;
}

/** A prose map is an object whose keys are all output languages. */
export const isProse = (value: object): value is Prose => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLanguage);
};

const proseOf = new WeakMap<Model, ProseAt[]>();
/** Every prose map of the answers, with its path; several rules read them, so gathered once per model (a model is one check's). */
export function modelProse(model: Model): ProseAt[] {
  let found = proseOf.get(model);
  if (!found) {
    found = proseAt(model.answers, []);
    proseOf.set(model, found);
  }
  return found;
}

function proseAt(value: unknown, path: PathSegment[]): ProseAt[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => proseAt(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  if (isProse(value)) return [{ path, prose: value }];
  return Object.entries(value).flatMap(([key, child]) => proseAt(child, [...path, key]));
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

/** One kind of phrase in every language's list (core/languages.ts), in the table's order. */
const phrasesOf = (kind: keyof LanguageEntry['phrases']): readonly RegExp[] =>
  LANGUAGES.flatMap((lang): readonly RegExp[] => LANGUAGE_TABLE[lang].phrases[kind]);

/** "As long as necessary" and its kin, in every output language. */
export const VAGUE_RETENTION = phrasesOf('vagueRetention');
/** Claims that data are anonymous. */
export const ANONYMOUS = phrasesOf('anonymous');
/** Claims that no cookies are used. */
export const NO_COOKIES = phrasesOf('noCookies');
/** The EU-US Privacy Shield under its names in the output languages. */
export const PRIVACY_SHIELD = phrasesOf('privacyShield');

/** Lowercase words without accents or punctuation, for comparing names. */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A test of whether a name, already normalized (normalizeName), occurs in `text` as whole words; the text is normalized once. */
export function normalizedWordsOf(text: string): (normalizedName: string) => boolean {
  const words = ` ${normalizeName(text)} `;
  return (name) => words.includes(` ${name} `);
}

/** Whether `name` occurs in `text` as whole words. */
export const containsWords = (text: string, name: string): boolean => normalizedWordsOf(text)(normalizeName(name));
