import { useLocation } from 'react-router';
import { getSession } from '@/lib/session';
import { useStoredDraft } from '@/lib/use-stored-draft';

const PREFIX = 'kyoso.staff-draft:';

/**
 * A staff form's draft, kept in this tab's sessionStorage under the member, the route and the form:
 * when the session expires mid-form, the member signs in again on the same route and finds what they
 * had typed. Keyed by member so someone else signing in at this desk does not get it. Never put
 * passwords in a draft.
 */
export function useSessionDraft<T>(formId: string, initial: () => T) {
  const { pathname } = useLocation();
  const session = getSession();
  const member = session.status === 'signed-in' ? session.user.username : 'anonymous';
  return useStoredDraft<T>(`${PREFIX}${member}:${pathname}:${formId}`, initial, 'session');
}

/** Forgets every staff draft of this tab (on sign-out). */
export function clearSessionDrafts() {
  try {
    Object.keys(sessionStorage).filter((k) => k.startsWith(PREFIX)).forEach((k) => sessionStorage.removeItem(k));
  } catch {
    // Storage disabled: nothing was kept.
  }
}
