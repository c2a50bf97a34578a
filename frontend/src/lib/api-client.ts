import createClient from 'openapi-fetch';
import type { paths as CommentPaths } from './api/comment';
import type { paths as GatewayPaths } from './api/gateway';
import type { paths as MeetingPaths } from './api/meeting';
import type { paths as PlanPaths } from './api/plan';

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
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/**
 * The one API client: same origin as the SPA (the gateway), so no CORS. fetch is looked up per call
 * so tests can stub it.
 */
export const api = createClient<ApiPaths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request) => globalThis.fetch(request),
});

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(result: R): NonNullable<R['data']> {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data as NonNullable<R['data']>;
}
