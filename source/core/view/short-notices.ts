/**
 * The resolved model → the short notices' views (WP260's layered approach: the essentials where
 * the data are collected, the rest in the full notice). One per activity the model says collects
 * data from the person at a form or a camera (`collection`), in one language. Every field a
 * template may name is always present (null or false when it does not apply), so that Mustache
 * never falls back to a field of an outer context.
 */
import type { Language } from '../languages.js';
import type { ActivityModel, Model, RetentionModel } from '../model/resolve.js';
import { localize } from '../model/text.js';
import { joinList } from './format.js';
import { activityName, retentionPeriod } from './retention.js';
import { postalAddress } from './sections/controller.js';

/**
 * How much of the retention a short text spells out, from the most to the least: every rule;
 * the first rule and a pointer to the notice for the others; only the pointer. A text takes the
 * first that keeps it within its word limit (render/short-notices.ts).
 */
export const RETENTION_DETAIL = ['all', 'first', 'notice'] as const;
export type RetentionDetail = (typeof RETENTION_DETAIL)[number];

export interface PurposeGroup {
  /** The purposes that share a legal basis, as one phrase: "processing your orders and your payments". */
  purposes: string;
  basis: string;
  /** The groups after the first are joined with "and for" (the last) or ", for". */
  first: boolean;
  last: boolean;
}

export interface RetentionItem {
  /** The data the period applies to; null when it applies to all of the activity's data. */
  data: string | null;
  period: string;
  last: boolean;
}

export interface ShortNoticeView {
  lang: Language;
  /** The activity's id in the answers: the snippet's id is made of it. */
  id: string;
  /** The activity's name: the heading the text goes under in the Markdown. */
  name: string;
  camera: boolean;
  /** The mention the law of the controller's country puts at the top of a camera sign; null for a form or without such a law. */
  mention: string | null;
  controller: string;
  /** The sign gives the controller's postal address and e-mail address (a form's page gives them already). */
  address: string | null;
  email: string | null;
  dpo: string | null;
  purposeGroups: PurposeGroup[];
  singlePurpose: boolean;
  retention: RetentionItem[];
  /** More than one period is stated. */
  severalPeriods: boolean;
  /** Several of the periods stated keep the same data (ActivityModel.periodsOverlap): the last to end applies. */
  untilLast: boolean;
  /** The text states the first rule only: the notice gives the others. */
  otherPeriods: boolean;
  /** The text states no period: the notice gives them. */
  retentionInNotice: boolean;
  /** A purpose rests on consent: the rights line says it can be withdrawn at any time (Art. 7(3)). */
  consent: boolean;
  noticeUrl: string | null;
}

/** The activities that get a short notice, in the answers' order, with their index there (for check's paths). */
export const shortNoticeActivities = (model: Model): { activity: ActivityModel; index: number }[] =>
  model.activities.flatMap((activity, index) => (activity.collection === undefined ? [] : [{ activity, index }]));

/** The purposes grouped by legal basis, in the order each basis first appears: one "(legal basis: …)" per basis. */
function purposeGroups(activity: ActivityModel, lang: Language): PurposeGroup[] {
  const groups = new Map<string, { basis: string; purposes: string[] }>();
  for (const p of activity.purposes) {
    const group = groups.get(p.basis.id) ?? { basis: localize(p.basis.entry.label, lang), purposes: [] };
    group.purposes.push(localize(p.purpose.label, lang));
    groups.set(p.basis.id, group);
  }
  return [...groups.values()].map((group, i, all) => ({
    purposes: joinList(group.purposes, lang, 'actions'),
    basis: group.basis,
    first: i === 0,
    last: i === all.length - 1,
  }));
}

/** The data a rule keeps, or null when they are all of the activity's (the text then needs not name them). */
function ruleData(rule: RetentionModel, activity: ActivityModel, lang: Language): string | null {
  const covered = rule.covers.map((label) => localize(label, lang));
  const all = activity.dataCategories.map((ref) => localize(ref.label, lang));
  return covered.join('\n') === all.join('\n') ? null : joinList(covered, lang);
}

export function shortNoticeView(model: Model, activity: ActivityModel, lang: Language, detail: RetentionDetail): ShortNoticeView {
  const { answers } = model;
  const ctl = answers.controller;
  const camera = activity.collection === 'camera';
  const rules = detail === 'notice' ? [] : detail === 'first' ? activity.retention.slice(0, 1) : activity.retention;
  // The periods of all the data first, those of some data after them, each with the data it keeps.
  const items = rules
    .map((rule) => ({ data: ruleData(rule, activity, lang), period: retentionPeriod(rule, lang) }))
    .sort((a, b) => Number(a.data !== null) - Number(b.data !== null));
  return {
    lang,
    id: activity.answer.id,
    name: activityName(activity, lang),
    camera,
    mention: camera && model.cameraSign ? localize(model.cameraSign, lang) : null,
    controller: ctl.legalForm ? `${ctl.legalName} ${ctl.legalForm}` : ctl.legalName,
    address: camera ? postalAddress(model, lang) : null,
    email: camera ? ctl.email : null,
    dpo: camera ? (answers.dpo?.email ?? null) : null,
    purposeGroups: purposeGroups(activity, lang),
    singlePurpose: activity.purposes.length === 1,
    retention: items.map((item, i) => ({ ...item, last: i === items.length - 1 })),
    severalPeriods: items.length > 1 || (detail === 'first' && activity.retention.length > 1),
    untilLast: rules.length > 1 && activity.periodsOverlap,
    otherPeriods: detail === 'first' && activity.retention.length > 1,
    retentionInNotice: detail === 'notice',
    consent: activity.purposes.some((p) => p.basis.id === 'consent'),
    noticeUrl: answers.noticeUrl ?? null,
  };
}
