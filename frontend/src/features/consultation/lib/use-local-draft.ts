import { useCallback, useEffect, useRef, useState } from 'react';

export interface StoredDraft<T> {
  value: T;
  savedAt: string;
}

function read<T>(key: string): StoredDraft<T> | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Form state that survives a reload, a crash or a failed send: every change is written to this
 * device's localStorage under `key` until `clear()` is called after the server accepted it.
 */
export function useLocalDraft<T>(key: string, initial: () => T) {
  const [restored] = useState(() => read<T>(key));
  const [value, setValue] = useState<T>(() => restored?.value ?? initial());
  const [savedAt, setSavedAt] = useState<string | undefined>(restored?.savedAt);
  const cleared = useRef(false);

  useEffect(() => {
    if (cleared.current) return;
    const now = new Date().toISOString();
    try {
      localStorage.setItem(key, JSON.stringify({ value, savedAt: now } satisfies StoredDraft<T>));
      setSavedAt(now);
    } catch {
      // Storage full or disabled: the form still works, only without the safety net.
    }
  }, [key, value]);

  const clear = useCallback(() => {
    cleared.current = true;
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
    setSavedAt(undefined);
  }, [key]);

  const reset = useCallback(() => {
    cleared.current = false;
    setValue(initial());
  }, [initial]);

  return { value, setValue, savedAt, restored: restored !== undefined, clear, reset };
}
