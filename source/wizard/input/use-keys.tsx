/**
 * Keys for one screen, applied in order to the state each one finds.
 *
 * Ink's `useInput` hands a handler the state of the last render: keys that arrive together (a
 * paste, an SSH link, a fast typist) all reach the same closure, so `↓ ↓ ↓ Enter` chose the item
 * of before the arrows, and a 6,000-character paste read in 4,096-byte slices kept only the last
 * slice. Here the state lives in a ref that each key updates before the next is read, and a key
 * that ends the screen (Enter on a valid answer, Esc) hands the keys after it to the next screen.
 * One reader for the whole wizard turns input into keys, so a bracketed paste that arrives in
 * several reads is gathered whole whichever screen is showing.
 */
import { useStdin } from 'ink';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { createKeyReader, type Key } from './keys.js';

interface KeyBus {
  /** The keys that arrived after the screen that read them had ended, for the next screen. */
  queue: Key[];
  /** The screens reading keys (one at a time). */
  screens: Set<(keys: Key[]) => void>;
}

const Keys = createContext<KeyBus>({ queue: [], screens: new Set() });

export function KeyQueueProvider({ children }: { children: ReactNode }) {
  const [bus] = useState<KeyBus>(() => ({ queue: [], screens: new Set() }));
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    const read = createKeyReader();
    // The raw input events (escape sequences already apart), read by the same parser as useInput.
    const listener = (input: string) => {
      const keys = read(input);
      if (keys.length > 0) for (const screen of bus.screens) screen(keys);
    };
    events.on('input', listener);
    return () => {
      events.removeListener('input', listener);
    };
  }, [events, bus]);
  return <Keys.Provider value={bus}>{children}</Keys.Provider>;
}

/** Returned by a key handler: this screen is done; later keys belong to the next one. */
export const LEAVE = Symbol('leave');

/**
 * `onKey(state, key)` returns the next state, or LEAVE after it has called what ends the screen.
 * It is called synchronously per key with the state the previous key left; the component renders
 * the returned state.
 */
export function useKeyState<S>(initial: () => S, onKey: (state: S, key: Key) => S | typeof LEAVE): S {
  const bus = useContext(Keys);
  const { queue } = bus;
  const [state, setState] = useState(initial);
  const current = useRef(state);
  const left = useRef(false);
  /** Renders so far, and the render that was on screen when the screen ended. */
  const renders = useRef(0);
  renders.current++;
  const leftAt = useRef(0);
  const handler = useRef(onKey);
  handler.current = onKey;
  const feed = useRef((keys: Key[]) => {
    for (let i = 0; i < keys.length; i++) {
      if (left.current) {
        queue.push(...keys.slice(i));
        break;
      }
      const next = handler.current(current.current, keys[i]!);
      if (next === LEAVE) {
        left.current = true;
        leftAt.current = renders.current;
      } else current.current = next;
    }
    setState(current.current);
  }).current;

  const { setRawMode } = useStdin();
  useEffect(() => {
    setRawMode(true);
    bus.screens.add(feed);
    if (queue.length > 0) feed(queue.splice(0));
    return () => {
      bus.screens.delete(feed);
      setRawMode(false);
    };
  }, [setRawMode, feed, bus, queue]);
  // Rendered again after LEAVE and still on screen (the answer led nowhere new): listen again.
  // Not in the commit that ended it: keys fed on mount can end a screen before this effect runs.
  useEffect(() => {
    if (!left.current || renders.current === leftAt.current) return;
    left.current = false;
    if (queue.length > 0) feed(queue.splice(0));
  });
  return state;
}
