import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Kpi } from '../api/measures';

/**
 * A KPI's actual values by fiscal year against the values expected on the straight line to its
 * target. The same figures are in the table beside it, so the chart is never the only way to read
 * them: it is hidden from assistive technology and kept out of the tab order.
 */
export function ProgressChart({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const data = [...(kpi.progress ?? [])]
    .sort((a, b) => (a.fiscalYear?.year ?? 0) - (b.fiscalYear?.year ?? 0))
    .map((p) => ({ year: p.fiscalYear?.label ?? String(p.fiscalYear?.year ?? ''), actual: p.actual, expected: p.expected }));
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
          <XAxis dataKey="year" tick={{ fill: '#333' }} />
          <YAxis tick={{ fill: '#333' }} />
          <Tooltip />
          <Legend />
          <Line type="linear" dataKey="expected" name={t('measures.expected')} stroke="#666" strokeDasharray="6 4" dot={false} />
          <Line type="linear" dataKey="actual" name={t('measures.actual')} stroke="#0031d8" strokeWidth={3} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
