import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LeaderCohort } from '../api/council';

/**
 * The leaders trained so far as stacked bars, one per recorded cohort: those trained before that
 * year and that year's trainees, summing to the cumulative count the city reports. The same figures
 * are in the table beside it, so the chart is never the only way to read them: it is hidden from
 * assistive technology and kept out of the tab order.
 */
export function CumulativeChart({ cohorts }: { cohorts: LeaderCohort[] }) {
  const { t } = useTranslation();
  const data = [...cohorts]
    .sort((a, b) => (a.fiscalYear?.year ?? 0) - (b.fiscalYear?.year ?? 0))
    .map((c) => {
      const total = c.cumulative?.count ?? c.traineeCount ?? 0;
      return { year: c.fiscalYear?.label ?? '', before: total - (c.traineeCount ?? 0), trainees: c.traineeCount ?? 0, total };
    });
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
          <XAxis dataKey="year" tick={{ fill: '#333' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#333' }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="before" stackId="a" name={t('council.cumulativeBefore')} fill="#7096f8" />
          <Bar dataKey="trainees" stackId="a" name={t('council.traineesPerYear')} fill="#0031d8">
            <LabelList dataKey="total" position="top" fill="#1a1a1a" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
