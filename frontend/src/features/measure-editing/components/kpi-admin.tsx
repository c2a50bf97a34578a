import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValueText } from '@/features/measures/components/kpi-view';
import { StatusBadge } from '@/features/measures/components/status-badge';
import { ConfirmDelete } from '@/features/plan-editing/components/confirm-delete';
import { fiscalYearWithSeireki } from '@/lib/wareki';
import { type Kpi, useDeleteKpi, useDeleteProgress } from '../api/measures';
import { nextYear } from '../lib/values';
import { DeleteFailure } from './delete-failure';
import { KpiForm } from './kpi-form';
import { ProgressForm } from './progress-form';
import { ActionLabel } from '@/features/plan-editing/components/action-label';

type Open = { form: 'edit' } | { form: 'delete' } | { form: 'progress'; year?: number } | { form: 'delete-progress'; year: number };

/**
 * One KPI for its editors: its values and status, each year's actual with the service's judgement,
 * and the forms to edit or delete it and to record, correct or delete a year's actual.
 */
export function KpiAdmin({ plan, measure, measureTitle, kpi, years, planStart, onNotice }: {
  plan: string;
  measure: number;
  measureTitle: string;
  kpi: Kpi;
  years: number[];
  planStart?: number;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const text = useValueText();
  const [open, setOpen] = useState<Open>();
  const removeKpi = useDeleteKpi(plan, measure);
  const removeYear = useDeleteProgress(plan, measure, kpi.id ?? 0);
  const progress = [...(kpi.progress ?? [])].sort((a, b) => (a.fiscalYear?.year ?? 0) - (b.fiscalYear?.year ?? 0));
  const recorded = new Set(progress.map((p) => p.fiscalYear?.year));
  const free = years.filter((y) => !recorded.has(y));
  const name = kpi.name ?? '';
  const close = (text?: string) => {
    setOpen(undefined);
    if (text) onNotice(text);
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
      <h4 id={headingId} className="text-std-18B-160"><span className="sr-only">{t('measures.kpi')}：</span>{name}</h4>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="font-bold">{t('measures.status')}</dt>
        <dd><StatusBadge status={kpi.status} /></dd>
        <dt className="font-bold">{t('measures.unit')}</dt>
        <dd>{kpi.unit}</dd>
        <dt className="font-bold">{t('measures.baseline')}</dt>
        <dd>{text.inYear(kpi.baseline, kpi.unit)}</dd>
        <dt className="font-bold">{t('measures.target')}</dt>
        <dd>{text.inYear(kpi.target, kpi.unit)}</dd>
      </dl>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => setOpen({ form: 'edit' })}><ActionLabel short={t('measureAdmin.editKpiShort')} full={t('measureAdmin.editKpi', { name })} /></button>
        <button type="button" className="btn-secondary" onClick={() => setOpen({ form: 'delete' })}><ActionLabel short={t('measureAdmin.deleteKpiShort')} full={t('measureAdmin.deleteKpi', { name })} /></button>
      </div>
      {open?.form === 'edit' && <KpiForm plan={plan} measure={measure} measureTitle={measureTitle} kpi={kpi} years={years}
        onDone={(saved) => close(saved && t('measureAdmin.kpiSaved', { name: saved }))} />}
      {open?.form === 'delete' && (
        <ConfirmDelete title={t('measureAdmin.deleteKpiQuestion', { name })} consequence={t('measureAdmin.deleteKpiConsequence', { count: progress.length })}
          pending={removeKpi.isPending} onCancel={() => close()}
          onConfirm={() => removeKpi.mutate(kpi.id ?? 0, { onSuccess: () => close(t('measureAdmin.kpiDeleted', { name })) })}>
          <DeleteFailure error={removeKpi.error} />
        </ConfirmDelete>
      )}

      <h5 className="text-std-17B-170">{t('measures.progress')}</h5>
      {progress.length === 0 ? <p>{t('measures.noProgress')}</p> : (
        <ul className="space-y-2">
          {progress.map((p) => {
            const year = p.fiscalYear?.year ?? 0;
            const yearText = fiscalYearWithSeireki(year, p.fiscalYear?.label);
            return (
              <li key={year} className="space-y-2 rounded-8 bg-solid-gray-50 p-3">
                <p className="font-bold">{yearText}</p>
                <p>
                  {t('measures.actual')}: {text.amount(p.actual, kpi.unit)} ・ {t('measures.expected')}: {text.amount(p.expected, kpi.unit)}{' '}
                  <StatusBadge status={p.status} />
                </p>
                {p.note && <p>{t('measures.note')}: {p.note}</p>}
                <div className="flex flex-wrap gap-3">
                  <button type="button" className="btn-secondary" onClick={() => setOpen({ form: 'progress', year })}>
                    <ActionLabel short={t('measureAdmin.correct')} full={t('measureAdmin.correctYear', { name, year: yearText })} />
                  </button>
                  <button type="button" className="btn-secondary" onClick={() => setOpen({ form: 'delete-progress', year })}>
                    <ActionLabel short={t('measureAdmin.remove')} full={t('measureAdmin.deleteYear', { name, year: yearText })} />
                  </button>
                </div>
                {open?.form === 'progress' && open.year === year && (
                  <ProgressForm plan={plan} measure={measure} kpi={kpi} entry={p} years={years}
                    onDone={(saved) => close(saved && t('measureAdmin.progressSaved', { name, year: saved }))} />
                )}
                {open?.form === 'delete-progress' && open.year === year && (
                  <ConfirmDelete title={t('measureAdmin.deleteYearQuestion', { name, year: yearText })} consequence={t('measureAdmin.deleteYearConsequence')}
                    pending={removeYear.isPending} onCancel={() => close()}
                    onConfirm={() => removeYear.mutate(year, { onSuccess: () => close(t('measureAdmin.progressDeleted', { name, year: yearText })) })}>
                    <DeleteFailure error={removeYear.error} />
                  </ConfirmDelete>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open?.form === 'progress' && open.year === undefined ? (
        <ProgressForm plan={plan} measure={measure} kpi={kpi} years={free} suggested={nextYear(kpi, planStart)}
          onDone={(saved) => close(saved && t('measureAdmin.progressSaved', { name, year: saved }))} />
      ) : (
        <button type="button" className="btn-secondary" onClick={() => setOpen({ form: 'progress' })}><ActionLabel short={t('measureAdmin.recordProgress')} full={t('measureAdmin.recordProgressFor', { name })} /></button>
      )}
    </section>
  );
}
