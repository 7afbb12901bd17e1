/**
 * The command the user typed to start the wizard, so that the hints it prints can be typed back
 * as they are: `npm start --` from a clone, `npx privacy-wizard` when run through npx, and
 * `privacy-wizard` when installed on the PATH.
 */
export function commandName(env: NodeJS.ProcessEnv, argv: readonly string[]): string {
  if (env.npm_lifecycle_event === 'start') return 'npm start --';
  const script = argv[1] ?? '';
  // npx runs the package from its cache (…/_npx/…); `npm exec` says so in npm_command.
  if (env.npm_command === 'exec' || /[\\/]_npx[\\/]/.test(script)) return 'npx privacy-wizard';
  return 'privacy-wizard';
}
