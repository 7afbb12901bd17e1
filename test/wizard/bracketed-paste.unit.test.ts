/**
 * Bracketed paste mode is switched off on every way out: when the wizard returns, when the
 * process exits (a crash ends in 'exit' too), and on SIGHUP, SIGINT and SIGTERM, which then
 * still end the process. A stand-in for `process` records what would happen.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON, enableBracketedPaste } from '../../source/wizard/bracketed-paste.js';

function fakeProcess() {
  const host = Object.assign(new EventEmitter(), {
    pid: 4242,
    kills: [] as [number, string][],
    kill(pid: number, signal: string) {
      host.kills.push([pid, signal]);
    },
  });
  const written: string[] = [];
  const restore = enableBracketedPaste((text) => written.push(text), host);
  return { host, written, restore };
}

describe('bracketed paste mode', () => {
  it('is switched on at once (ESC[?2004h) and off (ESC[?2004l) once, however many ways out are taken', () => {
    const { host, written, restore } = fakeProcess();
    expect(BRACKETED_PASTE_ON).toBe('\u001b[?2004h');
    expect(BRACKETED_PASTE_OFF).toBe('\u001b[?2004l');
    expect(written).toEqual([BRACKETED_PASTE_ON]);
    restore();
    restore();
    host.emit('exit', 0);
    expect(written).toEqual([BRACKETED_PASTE_ON, BRACKETED_PASTE_OFF]);
    expect(host.listenerCount('exit') + host.listenerCount('SIGTERM')).toBe(0);
  });

  it('is switched off when the process exits without the wizard returning (an uncaught error)', () => {
    const { host, written } = fakeProcess();
    host.emit('exit', 1);
    expect(written).toEqual([BRACKETED_PASTE_ON, BRACKETED_PASTE_OFF]);
  });

  it.each(['SIGHUP', 'SIGINT', 'SIGTERM'])('is switched off on %s, which is then raised again to end the process', (signal) => {
    const { host, written } = fakeProcess();
    host.emit(signal, signal);
    expect(written).toEqual([BRACKETED_PASTE_ON, BRACKETED_PASTE_OFF]);
    expect(host.kills).toEqual([[4242, signal]]);
    // Raised again with no listener of ours left, so the signal's default action ends the process.
    expect(host.listenerCount(signal)).toBe(0);
  });

  it('does not fail when the terminal is already gone', () => {
    const host = Object.assign(new EventEmitter(), { pid: 1, kill: () => {} });
    let calls = 0;
    const restore = enableBracketedPaste(() => {
      if (calls++ > 0) throw Object.assign(new Error('EIO'), { code: 'EIO' });
    }, host);
    expect(() => restore()).not.toThrow();
    expect(calls).toBe(2);
  });
});
