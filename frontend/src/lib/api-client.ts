import createClient from 'openapi-fetch';
import type { paths as CommentPaths } from './api/comment';
import type { paths as GatewayPaths } from './api/gateway';
import type { paths as MeetingPaths } from './api/meeting';
import type { paths as PlanPaths } from './api/plan';
import * as session from './session';

/** Every public path of the gateway, from the services' generated OpenAPI types. */
export type ApiPaths = PlanPaths & CommentPaths & MeetingPaths & GatewayPaths;

/** An RFC 9457 problem as every service answers errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field?: string; message?: string }[];
  /** On a 409 from optimistic locking: the record as the server holds it now. */
  current?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** Seconds from Retry-After (429, 503), when the server said. */
    readonly retryAfter?: number,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/**
 * Server messages are written "日本語 / English"; this picks the reader's half (the whole text when
 * it has no such halves).
 */
export function inLanguage(message: string | undefined, language: string): string {
  if (!message) return '';
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return language.startsWith('en') ? message.slice(at + 3) : message.slice(0, at);
}

// Sign-in itself travels on the refresh cookie, never with a bearer token.
const SESSION_PATHS = new Set(['/auth/login', '/auth/refresh', '/auth/logout']);

/**
 * Which requests carry the staff member's access token: every write to the services, everything
 * under /auth that needs a signed-in member, and — for the staff console's client — reads too.
 * Public reads go without, so the citizens' pages look the same to everybody.
 */
function wantsToken(request: Request, staffReads: boolean): boolean {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/auth/')) return !SESSION_PATHS.has(pathname) && pathname !== '/auth/jwks.json';
  if (!pathname.startsWith('/api/v1/')) return false;
  return staffReads || !['GET', 'HEAD'].includes(request.method);
}

/**
 * fetch with the access token: renewed before it lapses, and once more after a 401 (the token may
 * have expired on the way); when that fails too the session is marked expired, and the console asks
 * the member to sign in again. fetch is looked up per call so tests can stub it.
 */
function authorizedFetch(staffReads: boolean) {
  return async (request: Request): Promise<Response> => {
    if (!wantsToken(request, staffReads)) return globalThis.fetch(request);
    const token = await session.accessToken();
    if (!token) return globalThis.fetch(request);
    const again = request.clone();
    request.headers.set('Authorization', `Bearer ${token}`);
    const response = await globalThis.fetch(request);
    if (response.status !== 401) return response;
    const renewed = await session.refresh().catch(() => undefined);
    if (renewed?.status !== 'signed-in') {
      session.expire();
      return response;
    }
    again.headers.set('Authorization', `Bearer ${renewed.token}`);
    const retried = await globalThis.fetch(again);
    if (retried.status === 401) session.expire();
    return retried;
  };
}

const baseUrl = globalThis.location?.origin ?? '';

// Both clients read JSON only. They ask for it (a browser's default Accept: */* may get the CSV of an
// operation that also answers text/csv for open data), and are typed for it, so such an operation is
// typed by its JSON body whatever its document says of the CSV one.
const JSON_ONLY = { Accept: 'application/json' };

/** The one API client of the public site: same origin as the SPA (the gateway), so no CORS. */
export const api = createClient<ApiPaths, 'application/json'>({ baseUrl, headers: JSON_ONLY, fetch: authorizedFetch(false) });

/** The staff console's client: as `api`, but reads send the token too (drafts are not public). */
export const staffApi = createClient<ApiPaths, 'application/json'>({ baseUrl, headers: JSON_ONLY, fetch: authorizedFetch(true) });

/**
 * The body of a JSON answer. Public collections also answer text/csv (open data, `?format=csv`), which
 * the generated types add to the data as `string`; the SPA reads JSON, so that member is left out.
 */
export type JsonData<R extends { data?: unknown }> = Exclude<NonNullable<R['data']>, string>;

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(result: R): JsonData<R> {
  if (result.error !== undefined || !result.response.ok) {
    const retryAfter = Number(result.response.headers.get('Retry-After'));
    throw new ApiError(result.response.status, result.error as Problem | undefined, retryAfter > 0 ? retryAfter : undefined);
  }
  return result.data as JsonData<R>;
}

/**
 * As unwrap, for the few answers whose body the service's OpenAPI document does not describe yet
 * (the gateway's /auth answers): the caller names the type.
 */
export function unwrapAs<T>(result: { data?: unknown; error?: unknown; response: Response }): T {
  return unwrap(result) as T;
}
