/**
 * Which files of a site the scan reads, and how: by name for manifests and lock files, by
 * extension for the rest. Everything else (images, fonts, archives, source maps) is not read.
 */

export type FileKind =
  /** HTML and the templates of Vue and Svelte: tags and scripts count, text does not. */
  | 'html'
  | 'php'
  | 'twig'
  | 'liquid'
  | 'handlebars'
  | 'markdown'
  /** JavaScript and TypeScript, JSX included. */
  | 'script'
  | 'style'
  | 'npm-manifest'
  | 'composer-manifest'
  | 'npm-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'composer-lock';

const BY_NAME: Record<string, FileKind> = {
  'package.json': 'npm-manifest',
  'composer.json': 'composer-manifest',
  'package-lock.json': 'npm-lock',
  'npm-shrinkwrap.json': 'npm-lock',
  'yarn.lock': 'yarn-lock',
  'pnpm-lock.yaml': 'pnpm-lock',
  'composer.lock': 'composer-lock',
};

const BY_EXTENSION: Record<string, FileKind> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  vue: 'html',
  svelte: 'html',
  astro: 'html',
  php: 'php',
  phtml: 'php',
  twig: 'twig',
  njk: 'twig',
  liquid: 'liquid',
  hbs: 'handlebars',
  handlebars: 'handlebars',
  mustache: 'handlebars',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  js: 'script',
  mjs: 'script',
  cjs: 'script',
  jsx: 'script',
  ts: 'script',
  mts: 'script',
  cts: 'script',
  tsx: 'script',
  css: 'style',
  scss: 'style',
  sass: 'style',
  less: 'style',
};

/** Folders never entered: installed packages and version control, not the site's own files. */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

export function fileKind(name: string): FileKind | undefined {
  const byName = BY_NAME[name];
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? BY_EXTENSION[name.slice(dot + 1).toLowerCase()] : undefined;
}
