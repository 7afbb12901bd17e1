/** How diff pairs the items of two versions: by what they are (a catalog id, a name), never by their place in a list. */
import type { Prose } from '../answers/schema.js';
import type { MessageParam } from '../check/messages.js';
import { LANGUAGES, type Language } from '../languages.js';
import type { Ref } from '../model/resolve.js';

/** The user's own text, the same whatever order its languages were written in. */
const proseKey = (own: Prose): string => JSON.stringify(LANGUAGES.map((lang) => own[lang] ?? null));

/** A catalog reference or the user's own text in its place, as one comparable string. */
export const refKey = <E>(ref: Ref<E>): string => (ref.own === undefined ? ref.id : `own:${proseKey(ref.own)}`);

/** Lowercase-with-dashes, for a change's id: the user's own text by its first language's words. */
export function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  return base || 'item';
}

/** A reference in a change's id: its catalog id, or `own-` and the slug of the user's words. */
export function refSubject<E>(ref: Ref<E>): string {
  if (ref.own === undefined) return ref.id;
  const first = LANGUAGES.map((lang) => ref.own[lang]).find((text) => text !== undefined) ?? '';
  return `own-${slug(first)}`;
}

export interface Paired<T> {
  /** In both versions: the old item and its index, the new one and its index. */
  both: { old: T; oldIndex: number; new: T; newIndex: number }[];
  added: { item: T; index: number }[];
  removed: { item: T; index: number }[];
}

/** Items with one key are paired in their order; the rest were added or removed. */
export function pairUp<T>(olds: readonly T[], news: readonly T[], key: (item: T) => string): Paired<T> {
  const waiting = new Map<string, { item: T; index: number }[]>();
  olds.forEach((item, index) => {
    const k = key(item);
    waiting.set(k, [...(waiting.get(k) ?? []), { item, index }]);
  });
  const both: Paired<T>['both'] = [];
  const added: Paired<T>['added'] = [];
  news.forEach((item, index) => {
    const match = waiting.get(key(item))?.shift();
    if (match) both.push({ old: match.item, oldIndex: match.index, new: item, newIndex: index });
    else added.push({ item, index });
  });
  const removed = [...waiting.values()].flat().sort((a, b) => a.index - b.index);
  return { both, added, removed };
}

/** A text made in each language the diff is rendered in (a retention period as the notice words it). */
export const inLanguages = (languages: readonly Language[], make: (lang: Language) => string): MessageParam => ({
  text: Object.fromEntries(languages.map((lang) => [lang, make(lang)])) as Partial<Record<Language, string>>,
});
