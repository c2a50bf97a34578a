import { fiscalYearOf } from '@/lib/wareki';

/**
 * The 年度 a secretary's form offers: from the council's first records (令和3年度) to a few years
 * ahead, and any year a record already has.
 */
export function yearsAround(keep?: number, now: Date = new Date()) {
  const current = fiscalYearOf(now);
  const years = new Set<number>();
  for (let y = 2021; y <= current + 3; y++) years.add(y);
  if (keep) years.add(keep);
  return { current, years: [...years].sort((a, b) => a - b) };
}
