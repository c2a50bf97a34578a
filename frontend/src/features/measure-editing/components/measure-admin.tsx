import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/features/measures/components/status-badge';
import { ConfirmDelete } from '@/features/plan-editing/components/confirm-delete';
import { Notice } from '@/features/plan-editing/components/notice';
import { nodeLabel, type Placed } from '@/features/plan-editing/lib/tree';
import { type Measure, useDeleteMeasure } from '../api/measures';
import { DeleteFailure } from './delete-failure';
import { KpiAdmin } from './kpi-admin';
import { KpiForm } from './kpi-form';
import { MeasureForm } from './measure-form';
import { ActionLabel } from '@/features/plan-editing/components/action-label';

/** One measure for its editors: where it is listed, its department and status, its KPIs, and what may be done to each. */
export function MeasureAdmin({ plan, measure, nodes, years, planStart, onDeleted }: {
  plan: string;
  measure: Measure;
  nodes: Placed[];
  years: number[];
  planStart?: number;
  onDeleted: (text: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [notice, onNotice] = useState<string>();
  const [open, setOpen] = useState<'edit' | 'delete' | 'kpi'>();
  const remove = useDeleteMeasure(plan);
  const title = measure.title ?? '';
  const id = measure.id ?? 0;
  const kpis = [...(measure.kpis ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const node = nodes.find((p) => p.node.key === measure.nodeKey)?.node;
  const close = (text?: string) => {
    setOpen(undefined);
    onNotice(text);
  };

  return (
    <article aria-labelledby={headingId} className="space-y-3 border-l-4 border-blue-200 pl-4">
      <h3 id={headingId} className="text-std-20B-150">{title}</h3>
      <Notice text={notice} />
      {measure.description && <p className="whitespace-pre-line">{measure.description}</p>}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">{t('measureAdmin.fields.nodeKey')}</dt>
        <dd>{node ? nodeLabel(node) : measure.nodeKey ?? t('measureAdmin.noNode')}</dd>
        <dt className="font-bold">{t('measures.department')}</dt>
        <dd>{measure.department ?? t('measures.noDepartment')}</dd>
        <dt className="font-bold">{t('measures.status')}</dt>
        <dd><StatusBadge status={kpis.length ? measure.status : undefined} /></dd>
      </dl>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => setOpen('edit')}><ActionLabel short={t('measureAdmin.edit')} full={t('measureAdmin.editMeasure', { title })} /></button>
        <button type="button" className="btn-secondary" onClick={() => setOpen('delete')}><ActionLabel short={t('measureAdmin.remove')} full={t('measureAdmin.deleteMeasure', { title })} /></button>
      </div>
      {open === 'edit' && <MeasureForm plan={plan} measure={measure} nodes={nodes} onDone={(saved) => close(saved && t('measureAdmin.measureSaved', { title: saved }))} />}
      {open === 'delete' && (
        <ConfirmDelete title={t('measureAdmin.deleteMeasureQuestion', { title })}
          consequence={t('measureAdmin.deleteMeasureConsequence', { count: kpis.length })}
          pending={remove.isPending} onCancel={() => close()}
          onConfirm={() => remove.mutate(id, { onSuccess: () => onDeleted(t('measureAdmin.measureDeleted', { title })) })}>
          <DeleteFailure error={remove.error} />
        </ConfirmDelete>
      )}
      {kpis.length === 0 && <p className="font-bold">{t('measures.noKpi')}</p>}
      {kpis.map((k) => (
        <KpiAdmin key={k.id} plan={plan} measure={id} measureTitle={title} kpi={k} years={years} planStart={planStart} onNotice={onNotice} />
      ))}
      {open === 'kpi' ? (
        <KpiForm plan={plan} measure={id} measureTitle={title} years={years} onDone={(saved) => close(saved && t('measureAdmin.kpiAdded', { name: saved }))} />
      ) : (
        <button type="button" className="btn-secondary" onClick={() => setOpen('kpi')}><ActionLabel short={t('measureAdmin.addKpi')} full={t('measureAdmin.addKpiTo', { title })} /></button>
      )}
    </article>
  );
}
