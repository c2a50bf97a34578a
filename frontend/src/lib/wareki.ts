// 和暦 beside 西暦: the city's documents date everything in the Japanese era; we always show both.
const TOKYO = 'Asia/Tokyo';

const eraDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: TOKYO,
});
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: TOKYO });
const weekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: TOKYO });

/** Parses an ISO date (2025-10-29) as that calendar day in Tokyo, or an instant as is. */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+09:00`) : new Date(value);
}

/** The JDK and ICU write 1年 for the first year of an era; documents write 元年. */
function gannen(label: string): string {
  return label.replace(/(令和|平成|昭和|大正|明治)1年/, '$1元年');
}

/** 令和7年10月29日 */
export function warekiDate(value: string | Date): string {
  return gannen(eraDate.format(toDate(value)));
}

const eraMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: TOKYO });

/** 2025-06 as 令和7年6月（2025年6月）: a step planned only to the month, as the city's schedules write it. */
export function warekiMonthWithSeireki(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${gannen(eraMonth.format(toDate(`${month}-01`)))}（${year}年${m}月）`;
}

/** 令和7年10月29日(水) */
export function warekiDateWithWeekday(value: string | Date): string {
  const d = toDate(value);
  return `${warekiDate(d)}(${weekday.format(d)})`;
}

/** 2025-10-29 as 2025年10月29日 (Tokyo). */
export function seirekiDate(value: string | Date): string {
  const d = toDate(value);
  const parts = new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: TOKYO })
    .formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

/** 令和8年度: the fiscal year (April–March) named by the year it starts in. */
export function fiscalYearLabel(year: number): string {
  return gannen(eraYear.format(new Date(`${year}-07-01T00:00:00+09:00`))) + '度';
}

/** The fiscal year a day falls in: April–March, Tokyo time. */
export function fiscalYearOf(value: string | Date): number {
  const d = toDate(value);
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: 'numeric', timeZone: TOKYO }).formatToParts(d);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 4 ? year : year - 1;
}

/** 令和8年度（2026年度） */
export function fiscalYearWithSeireki(year: number, label?: string): string {
  return `${label ?? fiscalYearLabel(year)}（${year}年度）`;
}

/** Whole days from `now` until the end of the day `until` (Tokyo); 0 on the last day, negative after. */
export function daysLeft(until: string | Date, now: Date = new Date()): number {
  const end = toDate(until);
  const tokyoDay = (d: Date) => Math.floor((d.getTime() + 9 * 3600_000) / 86_400_000);
  return tokyoDay(end) - tokyoDay(now);
}

const clock = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TOKYO });

/** 令和8年11月25日（2026年11月25日）14:05: an instant in Tokyo time, as audit trails show it. */
export function warekiDateTime(value: string | Date): string {
  const d = toDate(value);
  return `${warekiDate(d)}（${seirekiDate(d)}）${clock.format(d)}`;
}
