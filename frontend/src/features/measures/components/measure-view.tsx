import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../api/measures';
import { KpiView } from './kpi-view';
import { StatusBadge } from './status-badge';

/** One measure (施策): its department, status in words and each KPI; says so when it has none yet. */
export function MeasureView({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const headingId = useId();
  const kpis = [...(measure.kpis ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return (
    <article aria-labelledby={headingId} className="space-y-3 border-l-4 border-blue-200 pl-4">
      <h3 id={headingId} className="text-std-20B-150" lang="ja">{measure.title}</h3>
      {measure.description && <p lang="ja" className="whitespace-pre-line">{measure.description}</p>}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{t('measures.department')}</dt>
        <dd lang={measure.department ? 'ja' : undefined}>{measure.department ?? t('measures.noDepartment')}</dd>
        <dt className="font-bold">{t('measures.status')}</dt>
        {/* Without a KPI there is nothing to judge by, whatever the service computed. */}
        <dd><StatusBadge status={kpis.length ? measure.status : undefined} /></dd>
      </dl>
      {kpis.length === 0 ? (
        <p className="font-bold">{t('measures.noKpi')}</p>
      ) : (
        <div className="space-y-4">
          {kpis.map((k) => (
            <KpiView key={k.id} kpi={k} />
          ))}
        </div>
      )}
    </article>
  );
}
