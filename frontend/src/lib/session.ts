/**
 * The staff sign-in session. The access token lives only in this module's memory (never in storage a
 * script could read after the tab is gone); the refresh token is the gateway's HttpOnly cookie on
 * /auth, so a reload or a new tab gets a fresh access token from POST /auth/refresh.
 *
 * The refresh cookie is single-use and a replay ends the session, so refreshes never overlap: one at
 * a time in this tab (one shared promise) and, where the browser has Web Locks, across tabs.
 */

import type { components } from '@/lib/api/gateway';

/** A staff member and a signed-in answer (POST /auth/login, /auth/refresh), as the gateway's document describes them. */
export type StaffMember = components['schemas']['StaffView'];
export type TokenResponse = components['schemas']['TokenResponse'];

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-in'; user: StaffMember; token: string; expiresAt: number }
  /** `expired`: a session ended by itself (the last user is kept to offer their name again). */
  | { status: 'signed-out'; reason: 'signed-out' | 'expired' | 'none'; lastUser?: string };

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
export const REFRESH_MARGIN_MS = 60_000;
const RETRY_AFTER_NETWORK_ERROR_MS = 15_000;
const LOCK = 'kyoso-auth-refresh';
const CHANNEL = 'kyoso-auth';

let state: SessionState = { status: 'unknown' };
const listeners = new Set<() => void>();
let inFlight: Promise<SessionState> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

function set(next: SessionState) {
  state = next;
  listeners.forEach((l) => l());
}

export function getSession(): SessionState {
  return state;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function schedule(delay: number) {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void refresh().catch(() => schedule(RETRY_AFTER_NETWORK_ERROR_MS)), Math.max(0, delay));
}

/** Takes a login or refresh answer: the session is signed in until the token's expiry. */
export function signedIn(answer: TokenResponse) {
  const expiresAt = Date.parse(answer.expiresAt) || Date.now() + answer.expiresIn * 1000;
  set({ status: 'signed-in', user: answer.user, token: answer.accessToken, expiresAt });
  schedule(expiresAt - Date.now() - REFRESH_MARGIN_MS);
}

function ended(reason: 'signed-out' | 'expired' | 'none') {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const lastUser = state.status === 'signed-in' ? state.user.username : state.status === 'signed-out' ? state.lastUser : undefined;
  set({ status: 'signed-out', reason, lastUser });
}

async function exchangeCookie(): Promise<SessionState> {
  const response = await globalThis.fetch(new Request(`${globalThis.location?.origin ?? ''}/auth/refresh`, { method: 'POST', credentials: 'same-origin' }));
  if (response.ok) {
    signedIn((await response.json()) as TokenResponse);
  } else if (response.status === 401) {
    // A session that was running has run out; one that never was is simply not there.
    ended(state.status === 'signed-in' || (state.status === 'signed-out' && state.reason === 'expired') ? 'expired' : 'none');
  } else {
    throw new Error(`refresh failed: HTTP ${response.status}`);
  }
  return state;
}

/**
 * Asks the gateway for a new access token with the refresh cookie. Resolves to the new state (signed
 * in, or signed out when the session has ended); rejects on a network error, leaving the state as it
 * was so a short outage does not sign anybody out.
 */
export function refresh(): Promise<SessionState> {
  inFlight ??= (async () => {
    try {
      const locks = globalThis.navigator?.locks;
      return locks ? await locks.request(LOCK, exchangeCookie) : await exchangeCookie();
    } finally {
      inFlight = undefined;
    }
  })();
  return inFlight;
}

/** On first use: a refresh cookie from an earlier visit signs the member in again without a password. */
export function restore(): Promise<SessionState> {
  if (state.status !== 'unknown') return Promise.resolve(state);
  // Gateway unreachable: offer sign-in rather than wait forever (signing in will say what is wrong).
  return refresh().catch(() => {
    if (state.status === 'unknown') ended('none');
    return state;
  });
}

/** A token good for at least the refresh margin, renewed first if needed; undefined if not signed in. */
export async function accessToken(): Promise<string | undefined> {
  if (state.status !== 'signed-in') return undefined;
  if (state.expiresAt - Date.now() > REFRESH_MARGIN_MS / 2) return state.token;
  const next = await refresh().catch(() => state);
  return next.status === 'signed-in' ? next.token : undefined;
}

/** Marks the session as ended by the server (a request with our token came back 401 and refresh failed). */
export function expire() {
  if (state.status === 'signed-in') ended('expired');
}

/** Ends the session here, on the gateway, and in this browser's other tabs. */
export async function signOut(): Promise<void> {
  try {
    await globalThis.fetch(new Request(`${globalThis.location?.origin ?? ''}/auth/logout`, { method: 'POST', credentials: 'same-origin' }));
  } finally {
    ended('signed-out');
    channel?.postMessage('signed-out');
  }
}

channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === 'signed-out' && state.status === 'signed-in') ended('signed-out');
});

// Timers sleep in background tabs: when the tab comes back, renew a token that is about to lapse.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.status === 'signed-in' && state.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      void refresh().catch(() => undefined);
    }
  });
}

/** For tests: back to the state of a fresh page. */
export function resetSession() {
  if (timer) clearTimeout(timer);
  timer = undefined;
  inFlight = undefined;
  state = { status: 'unknown' };
  listeners.forEach((l) => l());
}
