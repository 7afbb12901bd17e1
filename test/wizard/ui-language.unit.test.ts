import { describe, expect, it } from 'vitest';
import { detectUiLanguage } from '../../source/core/locale/ui-language.js';

describe('the wizard’s own language', () => {
  it.each([
    [{ LANG: 'nl_BE.UTF-8' }, undefined, 'nl'],
    [{ LANG: 'fr_BE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, undefined, 'de'],
    [{ LANG: 'es_ES.UTF-8' }, undefined, 'en'],
    [{}, undefined, 'en'],
    [{ LANG: 'nl_BE.UTF-8' }, 'fr', 'fr'],
  ])('%j with --ui-lang %s speaks %s', (env, flag, expected) => {
    expect(detectUiLanguage(env as NodeJS.ProcessEnv, flag)).toBe(expected);
  });

  it.each([
    [{ LANG: 'en_GB.UTF-8' }, undefined, 'nl', 'nl'],
    [{ LANG: 'en_GB.UTF-8' }, 'fr', 'nl', 'fr'],
    [{ LANG: 'de_DE.UTF-8' }, undefined, 'xx', 'de'],
  ])('%j with --ui-lang %s, resuming a session shown in %s, speaks %s', (env, flag, session, expected) => {
    expect(detectUiLanguage(env as NodeJS.ProcessEnv, flag, session)).toBe(expected);
  });
});
