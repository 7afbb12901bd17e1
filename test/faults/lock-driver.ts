/** A child for test/session-faults.test.ts: tries to lock argv[2], prints "got" or "busy", holds it for argv[3] ms. */
import { lockSession, ProfileInUseError } from '../../source/session/session-lock.js';

const [path, holdMs] = process.argv.slice(2);
try {
  const release = lockSession(path!);
  process.stdout.write('got\n');
  setTimeout(release, Number(holdMs));
} catch (error) {
  process.stdout.write(error instanceof ProfileInUseError ? 'busy\n' : `error ${(error as Error).message}\n`);
}
