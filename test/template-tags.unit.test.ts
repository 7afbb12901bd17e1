/**
 * Every tag of every template resolves to a field of the view it is rendered with: no silent
 * empty output, no silent fallback to an outer field. Views come from every example and from
 * fixtures that switch on every optional part, so every tag is reached at least once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { withChangesSince } from '../source/core/diff/diff.js';
import { LANGUAGES } from '../source/core/languages.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { cookieDeclarationView } from '../source/core/render/cookie-declaration.js';
import { COOKIE_DECLARATION, NOTICE } from '../source/core/render/documents.js';
import { noticePageView, renderNoticeMarkdown } from '../source/core/render/notice.js';
import { retentionTableView } from '../source/core/render/retention-table.js';
import { labels, templatePaths } from '../source/core/render/templates.js';
import { buildNoticeView } from '../source/core/view/notice-view.js';
import { exampleFiles, REPO } from './support/cli.js';
import { base, edited } from './support/diff.js';
import { catalogs, loadAnswers } from './support/replay.js';
import { checkTags, collectTags, type TagReport } from './support/template-tags.js';

const answerFiles = [
  ...exampleFiles(),
  join(REPO, 'test/fixtures/everything.yaml'),
  join(REPO, 'test/fixtures/outside-eu.yaml'),
  join(REPO, 'test/fixtures/minimal.yaml'),
  join(REPO, 'test/fixtures/cookies.yaml'),
];
/** Written alone, and beside the other documents (which the notice and the declaration link). */
const contexts = [{ documents: [] }, { documents: [NOTICE.id, COOKIE_DECLARATION.id] }];
const loaded = answerFiles.map((file) => ({ file, ...loadAnswers(file) }));

function report(template: string): TagReport {
  return { problems: [], verified: new Set(), allTags: collectTags(template) };
}

function expectAllVerified(r: TagReport, template: string) {
  expect(r.problems).toEqual([]);
  const unreached = [...r.allTags].filter((start) => !r.verified.has(start)).map((start) => template.slice(start, start + 40));
  expect(unreached).toEqual([]);
}

describe.each(LANGUAGES)('templates for %s', (lang) => {
  it('the notice template names only fields of its view', () => {
    const template = readFileSync(templatePaths.notice(lang), 'utf8');
    const r = report(template);
    for (const { file, answers } of loaded) {
      for (const context of contexts) checkTags(template, buildNoticeView(resolveAnswers(answers, catalogs), lang, context), file, r);
    }
    // "What this version changes" (--changes-from): with changes, and with none.
    const earlier = resolveAnswers(
      edited((a) => a.activities.pop()),
      catalogs,
    );
    const now = resolveAnswers(base, catalogs);
    checkTags(template, buildNoticeView(withChangesSince(now, earlier, LANGUAGES), lang), 'changes since', r);
    checkTags(template, buildNoticeView(withChangesSince(now, now, LANGUAGES), lang), 'no changes since', r);
    expectAllVerified(r, template);
  });

  it('the cookie declaration template names only fields of its view', () => {
    const template = readFileSync(templatePaths.cookies(lang), 'utf8');
    const r = report(template);
    for (const { file, answers } of loaded) {
      for (const context of contexts) checkTags(template, cookieDeclarationView(resolveAnswers(answers, catalogs), lang, context), file, r);
    }
    expectAllVerified(r, template);
  });

  it('the HTML page template names only fields of its view', () => {
    const template = readFileSync(templatePaths.html(), 'utf8');
    const r = report(template);
    for (const { file, answers } of loaded) {
      const markdown = renderNoticeMarkdown(buildNoticeView(resolveAnswers(answers, catalogs), lang));
      checkTags(template, noticePageView(markdown, lang), file, r);
    }
    expectAllVerified(r, template);
  });

  it('the retention table template and intro name only fields of their view', () => {
    const template = readFileSync(templatePaths.retention(), 'utf8');
    const intro = labels(lang).retention.intro;
    const r = report(template);
    const ri = report(intro);
    for (const { file, answers } of loaded) {
      const view = retentionTableView(resolveAnswers(answers, catalogs), lang);
      const overlap = view.periodsOverlap ? 'o' : null;
      checkTags(template, { ...view, title: 't', intro: 'i', columns: labels(lang).retention.columns, overlap }, file, r);
      checkTags(intro, view, file, ri);
    }
    expectAllVerified(r, template);
    expectAllVerified(ri, intro);
  });
});

describe('translations of the notice and the cookie declaration', () => {
  const tagSequence = (template: string): string[] => {
    const out: string[] = [];
    const walk = (tokens: unknown[][]) => {
      for (const token of tokens) {
        if (['name', '&', '#', '^'].includes(token[0] as string)) out.push(`${token[0]}${token[1]}`);
        if (Array.isArray(token[4])) {
          walk(token[4] as unknown[][]);
          out.push(`/${token[1]}`);
        }
      }
    };
    walk(Mustache.parse(template) as unknown as unknown[][]);
    return out;
  };
  const english = tagSequence(readFileSync(templatePaths.notice('en'), 'utf8'));
  const englishCookies = tagSequence(readFileSync(templatePaths.cookies('en'), 'utf8'));

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s has the same tags, in the same order, as English', (lang) => {
    expect(tagSequence(readFileSync(templatePaths.notice(lang), 'utf8'))).toEqual(english);
    expect(tagSequence(readFileSync(templatePaths.cookies(lang), 'utf8'))).toEqual(englishCookies);
  });
});
