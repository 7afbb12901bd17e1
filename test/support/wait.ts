/** Waiting for a condition instead of sleeping for a guessed time. */
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `holds()` is true; fails after `timeout` ms, saying what it waited for. */
export async function waitUntil(holds: () => boolean, what: string, timeout = 8000, poll = 20): Promise<void> {
  for (let waited = 0; !holds(); waited += poll) {
    if (waited >= timeout) throw new Error(`timed out waiting until ${what}`);
    await delay(poll);
  }
}
