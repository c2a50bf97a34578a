import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import * as session from '@/lib/session';
import { login } from '../api/auth';
import { clearSessionDrafts } from '../lib/use-session-draft';
import { hasRole, type Role } from '../lib/roles';

interface Auth {
  state: session.SessionState;
  user: session.StaffMember | undefined;
  can: (role: Role) => boolean;
  signIn: (username: string, password: string) => Promise<void>;
  /** Ends the session and forgets this tab's unsaved staff drafts and cached reads (the next person here must not see them). */
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | undefined>(undefined);

/**
 * The staff session for the console: restores it from the refresh cookie on first render, follows
 * the session store (refreshes, expiry, sign-out in another tab) and offers sign-in and sign-out.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const state = useSyncExternalStore(session.subscribe, session.getSession);
  const queryClient = useQueryClient();

  useEffect(() => {
    // A network error leaves the state unknown; the gate offers sign-in then (see AdminGate).
    session.restore().catch(() => undefined);
  }, []);

  const value = useMemo<Auth>(() => {
    const user = state.status === 'signed-in' ? state.user : undefined;
    return {
      state,
      user,
      can: (role) => hasRole(user?.roles, role),
      signIn: async (username, password) => {
        await login(username, password);
      },
      signOut: async () => {
        clearSessionDrafts();
        await session.signOut();
        // What this member could read (accounts, drafts) must not be shown to the next one.
        queryClient.clear();
      },
    };
  }, [state, queryClient]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
