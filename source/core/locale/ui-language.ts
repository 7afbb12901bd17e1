import { isLanguage, type Language } from '../languages.js';

/**
 * The wizard's own language: --ui-lang, else the one the resumed session was last shown in
 * (chosen with --ui-lang then, it holds without it), else the locale of the environment, else English.
 */
export function detectUiLanguage(env: NodeJS.ProcessEnv, flag?: string, session?: string): Language {
  if (flag && isLanguage(flag)) return flag;
  if (session && isLanguage(session)) return session;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const prefix = env[name]?.slice(0, 2).toLowerCase();
    if (prefix && isLanguage(prefix)) return prefix;
  }
  return 'en';
}
