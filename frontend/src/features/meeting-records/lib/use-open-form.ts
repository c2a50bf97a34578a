import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Which form of a page is open, kept in the address (?param=value) as the plan editor keeps its
 * node: after signing in again the same form is open, with its draft, and the page can be bookmarked.
 */
export function useOpenForm(param: string) {
  const [params, setParams] = useSearchParams();
  const value = params.get(param) ?? undefined;
  const set = useCallback((next?: string) => setParams((prev) => {
    const copy = new URLSearchParams(prev);
    if (next === undefined) copy.delete(param);
    else copy.set(param, next);
    return copy;
  }, { replace: true, preventScrollReset: true }), [param, setParams]);
  return { value, open: (next: string) => set(next), close: () => set(undefined) };
}
