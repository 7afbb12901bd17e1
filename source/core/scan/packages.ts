/**
 * Package names in dependency lists: package.json and composer.json (their dependency
 * sections only), and the lock files of npm, Yarn, pnpm and Composer. A package named in a
 * script or a README is no dependency and is not found here.
 */
import type { FileKind } from './file-kinds.js';

export interface PackageRef {
  name: string;
  at: number;
}

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const COMPOSER_SECTIONS = ['require', 'require-dev'];

/** Keys of the JSON objects named `sections` at any depth, with their offsets; a syntax error throws. */
function dependencyKeys(text: string, sections: readonly string[]): PackageRef[] {
  JSON.parse(text); // valid JSON, or the caller reports the file
  const refs: PackageRef[] = [];
  const section = new RegExp(`"(${sections.join('|')})"\\s*:\\s*\\{`, 'g');
  for (const m of text.matchAll(section)) {
    // A dependency list holds strings only, so it ends at the first `}` outside a string.
    const key = /"((?:[^"\\]|\\.)*)"\s*(:)?|\}/g;
    key.lastIndex = m.index + m[0].length;
    for (let k = key.exec(text); k && k[0] !== '}'; k = key.exec(text)) {
      if (k[2]) refs.push({ name: k[1]!, at: k.index + 1 });
    }
  }
  return refs;
}

/** package-lock.json: "node_modules/a/node_modules/@scope/b": {…}, and lockfile v1's "b": {…}. */
const NPM_LOCK_KEY = /"((?:[^"]*\/)?node_modules\/)?((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*\{/g;
/** yarn.lock: `name@range, name@range:` at the start of a line, quoted or not (Yarn 1 and Berry). */
const YARN_ENTRY = /^"?((?:@[\w.-]+\/)?[\w.-]+)@/gm;
/** pnpm-lock.yaml: `  /name@1.0.0:`, `  /name/1.0.0:` (v5), `  'name@1.0.0':`, and importers' `      name:`. */
const PNPM_ENTRY = /^[ \t]+['"]?\/?((?:@[\w.-]+\/)?[\w.-]+)(?:@|\/\d|['"]?:)/gm;
const COMPOSER_LOCK_NAME = /"name"\s*:\s*"([\w.-]+\/[\w.-]+)"/g;

/** The name is the match's last occurrence of it: "node_modules/node" names `node` at its end. */
const all = (re: RegExp, text: string, group: number): PackageRef[] =>
  [...text.matchAll(re)].map((m) => ({ name: m[group]!, at: m.index + m[0].lastIndexOf(m[group]!) }));

/** The packages a manifest or lock file depends on; throws a SyntaxError on a JSON file that is not valid. */
export function packageRefs(kind: FileKind, text: string): PackageRef[] {
  switch (kind) {
    case 'npm-manifest':
      return dependencyKeys(text, NPM_SECTIONS);
    case 'composer-manifest':
      return dependencyKeys(text, COMPOSER_SECTIONS);
    case 'npm-lock':
      JSON.parse(text);
      return all(NPM_LOCK_KEY, text, 2);
    case 'yarn-lock':
      return all(YARN_ENTRY, text, 1);
    case 'pnpm-lock':
      return all(PNPM_ENTRY, text, 1);
    case 'composer-lock':
      JSON.parse(text);
      return all(COMPOSER_LOCK_NAME, text, 1);
    default:
      return [];
  }
}
