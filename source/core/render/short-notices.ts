/**
 * The short notices (README, "Short notices"): for each activity that collects data at a form or
 * a camera, a text of at most SHORT_NOTICE_WORDS words, in Markdown (a section per activity) and
 * as HTML snippets to paste. The sentences are the templates' (templates/<lang>/short-notice.mustache);
 * which retention detail a text gives is decided here, by its length.
 */
import Mustache from 'mustache';
import type { Language } from '../languages.js';
import type { ActivityModel, Model } from '../model/resolve.js';
import {
  RETENTION_DETAIL,
  type RetentionDetail,
  type ShortNoticeView,
  shortNoticeActivities,
  shortNoticeView,
} from '../view/short-notices.js';
import { defineDocument, SHORT_NOTICES } from './documents.js';
import { escapeHtml, escapeMarkdown, settleBlockStarts } from './escape.js';
import { renderInlineMarkdown } from './markdown-html.js';
import { tidyMarkdown } from './notice.js';
import { labels, renderTemplate, templatePath } from './templates.js';

/** The most a short text may have: what fits beside a form or on a sign and is still read. */
export const SHORT_NOTICE_WORDS = 80;

/**
 * Words as a word processor counts them: runs of characters between white space, leaving out
 * those without a letter or a digit (a dash standing alone, a lone colon of French typography).
 */
export const countWords = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** One short text: its view, its plain text (the mention of a camera sign first) and its length. */
export interface ShortNotice {
  activity: ActivityModel;
  /** The activity's index in the answers, for check's paths. */
  index: number;
  view: ShortNoticeView;
  text: string;
  words: number;
}

const plain = (value: string): string => value;

/** The text's paragraphs, one a line of the template, each value escaped for the format. */
const paragraphs = (view: ShortNoticeView, escapeValue: (value: string) => string): string[] =>
  renderTemplate(templatePath(SHORT_NOTICES.templates.text, view.lang), view, escapeValue)
    .split('\n')
    .filter((line) => line.trim() !== '');

/** A text as people read it: the camera sign's mention, then its sentences, a line each. */
export function shortNoticeText(view: ShortNoticeView): string {
  return [view.mention, ...paragraphs(view, plain)].filter((line) => line !== null).join('\n');
}

/** An activity's short text with this much retention detail. */
function shortNoticeWith(model: Model, activity: ActivityModel, index: number, lang: Language, detail: RetentionDetail): ShortNotice {
  const view = shortNoticeView(model, activity, lang, detail);
  const text = shortNoticeText(view);
  return { activity, index, view, text, words: countWords(text) };
}

/** The detail shortNoticeOf falls back on: the retention left to the notice. */
const LEAST_DETAIL = RETENTION_DETAIL.at(-1)!;

/**
 * An activity's short text: the most retention detail that keeps it within SHORT_NOTICE_WORDS,
 * else the least (check's rule short-notice-length reports that it runs over).
 */
export function shortNoticeOf(model: Model, activity: ActivityModel, index: number, lang: Language): ShortNotice {
  let notice: ShortNotice | undefined;
  for (const detail of RETENTION_DETAIL) {
    // With one rule, stating the first is stating them all.
    if (detail === 'first' && activity.retention.length < 2) continue;
    notice = shortNoticeWith(model, activity, index, lang, detail);
    if (notice.words <= SHORT_NOTICE_WORDS) break;
  }
  return notice!;
}

/**
 * How many words an activity's short text runs to when it runs over SHORT_NOTICE_WORDS, else
 * undefined: what check reports (short-notice-length), decided as shortNoticeOf decides. The text
 * with the least retention detail is written first: when it fits, a text that fits exists and
 * shortNoticeOf writes one. In the examples it always fits, so check writes one text for each of
 * their 204 activities × languages, where shortNoticeOf (most detail first) wrote up to 275.
 */
export function shortNoticeOverBy(model: Model, activity: ActivityModel, index: number, lang: Language): number | undefined {
  if (shortNoticeWith(model, activity, index, lang, LEAST_DETAIL).words <= SHORT_NOTICE_WORDS) return undefined;
  const { words } = shortNoticeOf(model, activity, index, lang);
  return words > SHORT_NOTICE_WORDS ? words : undefined;
}

/** Every activity's short text in one language, in the answers' order. */
export const shortNotices = (model: Model, lang: Language): ShortNotice[] =>
  shortNoticeActivities(model).map(({ activity, index }) => shortNoticeOf(model, activity, index, lang));

export interface ShortNoticesView {
  lang: Language;
  controller: string;
  notices: ShortNoticeView[];
}

export function shortNoticesView(model: Model, lang: Language): ShortNoticesView {
  const ctl = model.answers.controller;
  return {
    lang,
    controller: ctl.tradeName ?? ctl.legalName,
    notices: shortNotices(model, lang).map((notice) => notice.view),
  };
}

/** The id of a text's snippet: prefixed, and with its language, so that snippets pasted side by side never share one. */
export const snippetId = (view: ShortNoticeView): string => `privacy-short-notice-${view.lang}-${view.id}`;

export function renderShortNoticesMarkdown(view: ShortNoticesView): string {
  const l = labels(view.lang).short;
  const title = Mustache.render(l.title, view, {}, { escape: (value: unknown) => escapeMarkdown(String(value)) });
  const notices = view.notices.map((notice) => ({ ...notice, paragraphs: paragraphs(notice, escapeMarkdown) }));
  return tidyMarkdown(
    renderTemplate(
      templatePath(SHORT_NOTICES.templates.markdown, view.lang),
      { title, intro: l.intro, none: l.none, notices },
      escapeMarkdown,
    ),
  );
}

/**
 * The snippets, one <section> per text with its own lang and id and no style of its own, so that
 * it takes the page's. The text goes through Markdown, as the notice's HTML does: the same
 * escaping, and the notice's address as a link.
 */
export function renderShortNoticesHtml(view: ShortNoticesView): string {
  const l = labels(view.lang).short;
  const notices = view.notices.map((notice) => ({
    ...notice,
    anchor: snippetId(notice),
    region: l.region,
    paragraphs: paragraphs(notice, escapeMarkdown).map((line) => renderInlineMarkdown(settleBlockStarts(line))),
  }));
  return renderTemplate(templatePath(SHORT_NOTICES.templates.html, view.lang), { none: l.none, notices }, escapeHtml);
}

export const shortNoticesDocument = defineDocument(SHORT_NOTICES, shortNoticesView, {
  md: renderShortNoticesMarkdown,
  html: renderShortNoticesHtml,
});
