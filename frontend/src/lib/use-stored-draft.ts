import { useCallback, useEffect, useRef, useState } from 'react';

export interface StoredDraft<T> {
  value: T;
  savedAt: string;
}

/**
 * localStorage keeps a resident's draft on the device until it is sent; sessionStorage keeps a staff
 * member's draft for this tab only, through a sign-in again, and not after the tab is closed.
 */
export type DraftStore = 'local' | 'session';

function storageOf(store: DraftStore): Storage | undefined {
  try {
    return store === 'local' ? localStorage : sessionStorage;
  } catch {
    return undefined;
  }
}

function read<T>(storage: Storage | undefined, key: string): StoredDraft<T> | undefined {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Form state that survives a reload, a crash, a failed send or an expired session: every change is
 * written to the chosen storage under `key` until `clear()` is called after the server accepted it.
 */
export function useStoredDraft<T>(key: string, initial: () => T, store: DraftStore = 'local') {
  const storage = storageOf(store);
  const [restored] = useState(() => read<T>(storage, key));
  const [value, setStateValue] = useState<T>(() => restored?.value ?? initial());
  const [savedAt, setSavedAt] = useState<string | undefined>(restored?.savedAt);
  const cleared = useRef(false);
  // Only what the person changed is a draft: an untouched form (e.g. the server's values) is not kept.
  const changed = useRef(restored !== undefined);

  const setValue = useCallback((next: T | ((prev: T) => T)) => {
    changed.current = true;
    cleared.current = false;
    setStateValue(next);
  }, []);

  useEffect(() => {
    if (cleared.current || !changed.current) return;
    const now = new Date().toISOString();
    try {
      storage?.setItem(key, JSON.stringify({ value, savedAt: now } satisfies StoredDraft<T>));
      setSavedAt(now);
    } catch {
      // Storage full or disabled: the form still works, only without the safety net.
    }
  }, [storage, key, value]);

  const clear = useCallback(() => {
    cleared.current = true;
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing stored.
    }
    setSavedAt(undefined);
  }, [storage, key]);

  const reset = useCallback(() => {
    changed.current = false;
    setStateValue(initial());
  }, [initial]);

  return { value, setValue, savedAt, restored: restored !== undefined, clear, reset };
}
