import type { OpinionItem, StaffSubmission } from '../api/moderation';

/** An item still waits for the city's answer when it is public and lacks the answer or its category. */
export const isUnanswered = (i: OpinionItem) => !i.hidden && (!i.answer?.trim() || !i.category);

export interface QueueRow {
  submission: StaffSubmission;
  items: number;
  unanswered: number;
}

export type ItemsFilter = 'all' | 'none' | 'has' | 'unanswered';
export type QueueSort = 'received-desc' | 'received-asc' | 'receipt';

export interface QueueFilter {
  channel: string;
  attribute: string;
  items: ItemsFilter;
  q: string;
  sort: QueueSort;
  page: number;
}

export const PAGE_SIZE = 50;

export const DEFAULT_FILTER: QueueFilter = { channel: '', attribute: '', items: 'all', q: '', sort: 'received-desc', page: 1 };

/** The filter as it stands in the address (?channel=&attribute=&items=&q=&sort=&page=), so it survives a visit to a submission. */
export function filterFromParams(params: URLSearchParams): QueueFilter {
  const items = params.get('items');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    channel: params.get('channel') ?? '',
    attribute: params.get('attribute') ?? '',
    items: items === 'none' || items === 'has' || items === 'unanswered' ? items : 'all',
    q: params.get('q') ?? '',
    sort: sort === 'received-asc' || sort === 'receipt' ? sort : 'received-desc',
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

// Full-width and half-width, kana case: NFKC and lower case so "ＤＸ" finds "dx".
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Joins the submissions with their items' counts (one pass over each list, fine for thousands). */
export function queueRows(submissions: StaffSubmission[], items: OpinionItem[]): QueueRow[] {
  const counts = new Map<string, { items: number; unanswered: number }>();
  for (const i of items) {
    const c = counts.get(i.receipt ?? '') ?? { items: 0, unanswered: 0 };
    c.items += 1;
    if (isUnanswered(i)) c.unanswered += 1;
    counts.set(i.receipt ?? '', c);
  }
  return submissions.map((s) => ({ submission: s, ...(counts.get(s.receipt ?? '') ?? { items: 0, unanswered: 0 }) }));
}

/** The rows the filter keeps, sorted; paging is applied by pageOf. */
export function applyFilter(rows: QueueRow[], f: QueueFilter): QueueRow[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const kept = rows.filter(({ submission: s, items, unanswered }) => {
    if (f.channel && s.channel?.code !== f.channel) return false;
    if (f.attribute && s.attribute?.code !== f.attribute) return false;
    if (f.items === 'none' && items > 0) return false;
    if (f.items === 'has' && items === 0) return false;
    if (f.items === 'unanswered' && unanswered === 0) return false;
    if (words.length) {
      const hay = fold(`${s.receipt ?? ''} ${s.text ?? ''} ${s.attributeDetail ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const at = (r: QueueRow) => r.submission.receivedAt ?? '';
  const by: Record<QueueSort, (a: QueueRow, b: QueueRow) => number> = {
    'received-desc': (a, b) => at(b).localeCompare(at(a)),
    'received-asc': (a, b) => at(a).localeCompare(at(b)),
    receipt: (a, b) => (a.submission.receipt ?? '').localeCompare(b.submission.receipt ?? ''),
  };
  return kept.sort(by[f.sort]);
}

export function pageOf<T>(rows: T[], page: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE), page: p, pages };
}

/** The distinct values of a labelled field, for a filter's options. */
export function optionsOf(submissions: StaffSubmission[], pick: (s: StaffSubmission) => { code?: string; label?: string } | undefined) {
  const seen = new Map<string, string>();
  for (const s of submissions) {
    const v = pick(s);
    if (v?.code && !seen.has(v.code)) seen.set(v.code, v.label ?? v.code);
  }
  return [...seen].map(([code, label]) => ({ code, label }));
}
