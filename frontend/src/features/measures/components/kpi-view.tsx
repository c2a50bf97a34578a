import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/status';
import { fiscalYearWithSeireki } from '@/lib/wareki';
import type { Kpi } from '../api/measures';
import { StatusBadge } from './status-badge';

// recharts is large: it loads only when a chart is on screen.
const ProgressChart = lazy(() => import('./progress-chart').then((m) => ({ default: m.ProgressChart })));

type YearValue = NonNullable<Kpi['target']>;

/** Amounts with their unit, and values with their 年度 in 和暦 and 西暦, in the reader's number format. */
export function useValueText() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'ja-JP');
  return {
    amount: (value: number | undefined, unit: string | undefined) =>
      value === undefined || value === null ? '—' : `${number.format(value)}${unit ? ` ${unit}` : ''}`,
    inYear: (v: YearValue | undefined, unit: string | undefined) =>
      v?.value === undefined || v.value === null
        ? t('measures.noValue')
        : t('measures.valueIn', {
            value: `${number.format(v.value)}${unit ? ` ${unit}` : ''}`,
            year: v.fiscalYear?.year ? fiscalYearWithSeireki(v.fiscalYear.year, v.fiscalYear.label) : '',
          }),
  };
}

/** One KPI: unit, baseline, target with its 年度, and the yearly progress as a chart and a table. */
export function KpiView({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const headingId = useId();
  const text = useValueText();
  const progress = [...(kpi.progress ?? [])].sort((a, b) => (a.fiscalYear?.year ?? 0) - (b.fiscalYear?.year ?? 0));
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
      <h4 id={headingId} className="text-std-17B-170">
        <span className="sr-only">{t('measures.kpi')}：</span>
        <span lang="ja">{kpi.name}</span>
      </h4>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{t('measures.status')}</dt>
        <dd><StatusBadge status={kpi.status} /></dd>
        <dt className="font-bold">{t('measures.unit')}</dt>
        <dd lang="ja">{kpi.unit}</dd>
        <dt className="font-bold">{t('measures.baseline')}</dt>
        <dd>{text.inYear(kpi.baseline, kpi.unit)}</dd>
        <dt className="font-bold">{t('measures.target')}</dt>
        <dd>{text.inYear(kpi.target, kpi.unit)}</dd>
      </dl>
      {progress.length === 0 ? (
        <p>{t('measures.noProgress')}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Suspense fallback={<Loading />}>
            <ProgressChart kpi={kpi} />
          </Suspense>
          <div className="min-w-0 overflow-x-auto" tabIndex={0} role="region" aria-label={t('measures.progressCaption', { name: kpi.name })}>
            <table className="w-full border-collapse text-left">
              <caption className="text-left font-bold">{t('measures.progress')}</caption>
              <thead>
                <tr className="border-b-2 border-solid-gray-600">
                  <th scope="col" className="whitespace-nowrap p-2">{t('measures.fiscalYear')}</th>
                  <th scope="col" className="whitespace-nowrap p-2">{t('measures.actual')}</th>
                  <th scope="col" className="whitespace-nowrap p-2">{t('measures.expected')}</th>
                  <th scope="col" className="whitespace-nowrap p-2">{t('measures.status')}</th>
                  <th scope="col" className="whitespace-nowrap p-2">{t('measures.note')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.map((p) => (
                  <tr key={p.fiscalYear?.year} className="border-b border-solid-gray-420">
                    <th scope="row" className="whitespace-nowrap p-2 font-normal">
                      {p.fiscalYear?.year ? fiscalYearWithSeireki(p.fiscalYear.year, p.fiscalYear.label) : ''}
                    </th>
                    <td className="whitespace-nowrap p-2">{text.amount(p.actual, kpi.unit)}</td>
                    <td className="whitespace-nowrap p-2">{text.amount(p.expected, kpi.unit)}</td>
                    <td className="p-2"><StatusBadge status={p.status} /></td>
                    <td className="p-2" lang="ja">{p.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
