import type { OpinionItem, StaffSubmission } from '../api/moderation';
import { applyFilter, DEFAULT_FILTER, filterFromParams, filterToParams, isUnanswered, PAGE_SIZE, pageOf, queueRows } from './queue';

const sub = (receipt: string, receivedAt: string, channel: string, attribute: string | undefined, text: string): StaffSubmission => ({
  receipt, receivedAt, channel: { code: channel, label: channel }, attribute: attribute ? { code: attribute, label: attribute } : undefined, text,
});
const item = (id: number, receipt: string, answer?: string, category?: string, hidden = false): OpinionItem => ({
  id, receipt, summary: `要旨${id}`, answer, category, hidden, version: 0,
});

const submissions = [
  sub('PC-0001', '2025-11-18T09:00:00+09:00', 'web', 'resident', '行動指針にＤＸ人材の育成を'),
  sub('PC-0002', '2025-11-20T10:30:00+09:00', 'post', 'worker', '窓口の手続を電子化して'),
  sub('PC-0003', '2025-11-19T12:00:00+09:00', 'fax', undefined, '高齢者の見守り'),
];
const items = [
  item(1, 'PC-0001', '反映しました。', 'reflected'),
  item(2, 'PC-0001', '参考とします。'),
  item(3, 'PC-0002', undefined, undefined, true),
];
const rows = queueRows(submissions, items);
const receipts = (f: Partial<typeof DEFAULT_FILTER>) => applyFilter(rows, { ...DEFAULT_FILTER, ...f }).map((r) => r.submission.receipt);

describe('the submissions queue', () => {
  it('counts each submission’s items and those still unanswered (hidden ones need no answer)', () => {
    expect(rows.map((r) => [r.items, r.unanswered])).toEqual([[2, 1], [1, 0], [0, 0]]);
    expect(isUnanswered(item(9, 'x', '回答', undefined))).toBe(true);
    expect(isUnanswered(item(9, 'x', '  ', 'other'))).toBe(true);
  });

  it('filters by channel, attribute and items, newest first by default', () => {
    expect(receipts({})).toEqual(['PC-0002', 'PC-0003', 'PC-0001']);
    expect(receipts({ channel: 'post' })).toEqual(['PC-0002']);
    expect(receipts({ attribute: 'resident' })).toEqual(['PC-0001']);
    expect(receipts({ items: 'none' })).toEqual(['PC-0003']);
    expect(receipts({ items: 'has' })).toEqual(['PC-0002', 'PC-0001']);
    expect(receipts({ items: 'unanswered' })).toEqual(['PC-0001']);
  });

  it('searches text and receipt with every word, full-width folded (ＤＸ finds dx)', () => {
    expect(receipts({ q: 'dx 育成' })).toEqual(['PC-0001']);
    expect(receipts({ q: 'pc-0003' })).toEqual(['PC-0003']);
    expect(receipts({ q: 'dx 見守り' })).toEqual([]);
  });

  it('sorts oldest first or by receipt', () => {
    expect(receipts({ sort: 'received-asc' })).toEqual(['PC-0001', 'PC-0003', 'PC-0002']);
    expect(receipts({ sort: 'receipt', channel: '' })).toEqual(['PC-0001', 'PC-0002', 'PC-0003']);
  });

  it('pages by 50 and keeps a page beyond the last on the last', () => {
    const many = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => i);
    expect(pageOf(many, 3)).toMatchObject({ rows: [100], page: 3, pages: 3 });
    expect(pageOf(many, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ rows: [], page: 1, pages: 1 });
  });

  it('keeps the filter in the address, defaults left out, nonsense ignored', () => {
    const f = { ...DEFAULT_FILTER, channel: 'fax', items: 'unanswered' as const, page: 2 };
    expect(filterToParams(f).toString()).toBe('channel=fax&items=unanswered&page=2');
    expect(filterFromParams(filterToParams(f))).toEqual(f);
    expect(filterFromParams(new URLSearchParams('items=x&sort=y&page=-1'))).toEqual(DEFAULT_FILTER);
  });
});
