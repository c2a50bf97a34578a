import type { paths } from '@/lib/api/comment';

/** The queue's query as comment-service takes it (GET /api/v1/consultations/{id}/submissions). */
export type QueueQuery = NonNullable<paths['/api/v1/consultations/{id}/submissions']['get']['parameters']['query']>;

export type QueueState = 'all' | NonNullable<QueueQuery['state']>;
export type QueueSort = NonNullable<QueueQuery['sort']>;

export const STATES: QueueState[] = ['all', 'unsplit', 'split', 'unanswered', 'answered'];
export const SORTS: QueueSort[] = ['received-desc', 'received-asc', 'receipt'];

export interface QueueFilter {
  q: string;
  state: QueueState;
  channel: string;
  section: string;
  attribute: string;
  sort: QueueSort;
  /** 1-based, as people count pages; the API counts from 0. */
  page: number;
}

export const PAGE_SIZE = 50;

export const DEFAULT_FILTER: QueueFilter = { q: '', state: 'all', channel: '', section: '', attribute: '', sort: 'received-desc', page: 1 };

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/**
 * The filter as it stands in the address (?q=&state=&channel=&section=&attribute=&sort=&page=), so a
 * reload, the back button and a visit to a submission keep it. Nonsense falls back to the default;
 * channel, section and attribute go to the server as they are (it answers 400 for a value it does not know).
 */
export function filterFromParams(params: URLSearchParams): QueueFilter {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    state: oneOf(STATES, params.get('state'), 'all'),
    channel: params.get('channel') ?? '',
    section: params.get('section') ?? '',
    attribute: params.get('attribute') ?? '',
    sort: oneOf(SORTS, params.get('sort'), 'received-desc'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function filterToParams(f: QueueFilter): URLSearchParams {
  const p = new URLSearchParams();
  (Object.keys(DEFAULT_FILTER) as (keyof QueueFilter)[]).forEach((k) => {
    if (f[k] !== DEFAULT_FILTER[k]) p.set(k, String(f[k]));
  });
  return p;
}

/** The API's query for the filter: defaults left out, so equal filters make equal requests (and cache keys). */
export function toQuery(f: QueueFilter): QueueQuery {
  const q = f.q.trim();
  return {
    page: f.page - 1,
    size: PAGE_SIZE,
    ...(q && { q }),
    ...(f.state !== 'all' && { state: f.state }),
    ...(f.channel && { channel: f.channel as QueueQuery['channel'] }),
    ...(f.section && { section: f.section }),
    ...(f.attribute && { attribute: f.attribute as QueueQuery['attribute'] }),
    ...(f.sort !== DEFAULT_FILTER.sort && { sort: f.sort }),
  };
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
