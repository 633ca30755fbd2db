import { useEffect, useRef, useState } from 'react';
import type { KeyWarning } from '../../../shared/profile-schemas.ts';
import { useBridge } from '../../lib/bridge-context.tsx';

const debounceMs = 300;

/** What the window keeps of a warning: never its message, which might quote the key. */
export type KeyWarningShown = Pick<KeyWarning, 'code' | 'fixable'>;

/**
 * Asks the host to look at a key being typed or pasted, a moment after the last keystroke. The key
 * is read from the field when the timer fires and is passed straight to the host; only the
 * warnings' codes are kept.
 */
export function useKeyCheck(profileId: string, read: () => string) {
  const bridge = useBridge();
  const [warnings, setWarnings] = useState<KeyWarningShown[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Answers can overtake each other; only the one for the latest text counts.
  const latest = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function checkNow(): Promise<KeyWarningShown[]> {
    clearTimeout(timer.current);
    const call = ++latest.current;
    const key = read();
    if (!key) {
      setWarnings([]);
      return [];
    }
    const result = await bridge['keys.check']({ profileId, key });
    if (call !== latest.current) return [];
    // A host without the check must not stop a key from being added; it still cleans what it stores.
    const found = result.ok ? result.value.map(({ code, fixable }) => ({ code, fixable })) : [];
    setWarnings(found);
    return found;
  }

  function checkSoon(): void {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void checkNow(), debounceMs);
  }

  function reset(): void {
    clearTimeout(timer.current);
    latest.current += 1;
    setWarnings([]);
  }

  return { warnings, checkNow, checkSoon, reset };
}
