import { isLanguage, type Language } from '../languages.js';

/** The wizard's own language: --ui-lang, else the locale of the environment, else English. */
export function detectUiLanguage(env: NodeJS.ProcessEnv, flag?: string): Language {
  if (flag && isLanguage(flag)) return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const prefix = env[name]?.slice(0, 2).toLowerCase();
    if (prefix && isLanguage(prefix)) return prefix;
  }
  return 'en';
}
