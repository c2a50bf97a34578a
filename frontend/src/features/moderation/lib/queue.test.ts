import { DEFAULT_FILTER, filterFromParams, filterToParams, PAGE_SIZE, pageCount, toQuery } from './queue';

describe('the submissions queue', () => {
  it('keeps the filter in the address, defaults left out, nonsense ignored', () => {
    const f = { ...DEFAULT_FILTER, q: '子育て 支援', state: 'unanswered' as const, channel: 'fax', section: 'guidelines', page: 2 };
    expect(filterToParams(f).toString()).toBe('q=%E5%AD%90%E8%82%B2%E3%81%A6+%E6%94%AF%E6%8F%B4&state=unanswered&channel=fax&section=guidelines&page=2');
    expect(filterFromParams(filterToParams(f))).toEqual(f);
    expect(filterFromParams(new URLSearchParams('state=x&sort=y&page=-1'))).toEqual(DEFAULT_FILTER);
    expect(filterFromParams(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('asks the server for the page counted from 0, with only what differs from its defaults', () => {
    expect(toQuery(DEFAULT_FILTER)).toEqual({ page: 0, size: PAGE_SIZE });
    expect(toQuery({ ...DEFAULT_FILTER, q: '  dx ', state: 'unsplit', channel: 'post', section: 'guidelines', attribute: 'resident', sort: 'receipt', page: 3 }))
      .toEqual({ page: 2, size: PAGE_SIZE, q: 'dx', state: 'unsplit', channel: 'post', section: 'guidelines', attribute: 'resident', sort: 'receipt' });
    expect(toQuery({ ...DEFAULT_FILTER, q: '   ' })).toEqual({ page: 0, size: PAGE_SIZE });
  });

  it('counts pages of 50, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(2 * PAGE_SIZE + 1)).toBe(3);
  });
});
