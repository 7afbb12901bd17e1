/**
 * A question's article ("Art. 13(1)(a) GDPR", as the bank writes it) as the UI language cites
 * it, in the style of the legal-bases catalog: "art. 13, lid 1, a), AVG", "art. 13, paragraphe 1,
 * point a), du RGPD", "Art. 13 Abs. 1 lit. a DSGVO". The regulation's name follows docs/terms.md.
 */
import type { Language } from '../languages.js';

const CITE = /Art\. (\d+(?:–\d+)?)(?:\((\d+)\))?(?:\(([a-z])\))?/;
const FORMAT: Record<Exclude<Language, 'en'>, (n: string, p?: string, x?: string) => string> = {
  nl: (n, p, x) => `art. ${n}${p ? `, lid ${p}` : ''}${x ? `, ${x})` : ''}`,
  fr: (n, p, x) => `art. ${n}${p ? `, paragraphe ${p}` : ''}${x ? `, point ${x})` : ''}`,
  de: (n, p, x) => `Art. ${n}${p ? ` Abs. ${p}` : ''}${x ? ` lit. ${x}` : ''}`,
};
const REGULATION = { nl: 'AVG', fr: 'du RGPD', de: 'DSGVO' };
const EPRIVACY = { nl: 'e-privacyrichtlijn', fr: 'directive vie privée et communications électroniques', de: 'ePrivacy-Richtlinie' };

export function articleText(article: string, lang: Language): string {
  if (lang === 'en') return article;
  const match = CITE.exec(article);
  if (!match) return article;
  const cited = FORMAT[lang](match[1]!, match[2], match[3]);
  if (article.startsWith('ePrivacy Directive')) return `${EPRIVACY[lang]}, ${cited}`;
  if (article.endsWith(' GDPR')) return `${cited}${lang === 'nl' && match[3] ? ',' : ''} ${REGULATION[lang]}`;
  return article;
}
