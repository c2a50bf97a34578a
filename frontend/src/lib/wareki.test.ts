import { daysLeft, fiscalYearLabel, fiscalYearOf, fiscalYearWithSeireki, seirekiDate, warekiDate, warekiDateWithWeekday, warekiMonthWithSeireki } from './wareki';

describe('和暦 helpers', () => {
  it('writes a date in the Japanese era beside the Gregorian one', () => {
    expect(warekiDate('2025-10-29')).toBe('令和7年10月29日');
    expect(warekiDateWithWeekday('2025-08-25')).toBe('令和7年8月25日(月)');
    expect(seirekiDate('2025-10-29')).toBe('2025年10月29日');
  });

  it('writes a month planned without its day in both calendars', () => {
    expect(warekiMonthWithSeireki('2025-06')).toBe('令和7年6月（2025年6月）');
    expect(warekiMonthWithSeireki('2026-01')).toBe('令和8年1月（2026年1月）');
    expect(warekiMonthWithSeireki('2019-05')).toBe('令和元年5月（2019年5月）');
  });

  it('writes 元年 for the first year of an era', () => {
    expect(warekiDate('2019-05-01')).toBe('令和元年5月1日');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
  });

  it('names fiscal years April to March in Tokyo time', () => {
    expect(fiscalYearLabel(2026)).toBe('令和8年度');
    expect(fiscalYearWithSeireki(2026)).toBe('令和8年度（2026年度）');
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    // 2026-03-31T16:00Z is already 1 April in Kanazawa.
    expect(fiscalYearOf('2026-03-31T16:00:00Z')).toBe(2026);
  });

  it('counts the days left until a deadline, the last day included', () => {
    const now = new Date('2025-11-20T10:00:00+09:00');
    expect(daysLeft('2025-12-19', now)).toBe(29);
    expect(daysLeft('2025-11-20', now)).toBe(0);
    expect(daysLeft('2025-11-19', now)).toBe(-1);
  });
});
