import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/features/plan-editing/components/form-fields';
import { type Kpi, useSaveKpi } from '../api/measures';
import { useEditForm } from '../lib/use-edit-form';
import { KPI_FIELDS, kpiInput, kpiValues, validateKpi } from '../lib/values';
import { FormShell } from './form-shell';
import { YearSelect } from './year-select';

/** Adds a KPI to a measure, or edits one: name, unit, baseline (value and 年度) and target (value and 年度). */
export function KpiForm({ plan, measure, measureTitle, kpi, years, onDone }: {
  plan: string;
  measure: number;
  measureTitle: string;
  kpi?: Kpi;
  years: number[];
  onDone: (name?: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveKpi(plan, measure);
  const initial = useCallback(() => kpiValues(kpi), [kpi]);
  const form = useEditForm({
    formId: `kpi-${measure}-${kpi?.id ?? 'new'}`, initial, fields: KPI_FIELDS, validate: validateKpi,
    save: (v, lockVersion) => save.mutateAsync({ kpi: kpi?.id, body: kpiInput(v, lockVersion) }),
    fromCurrent: kpiValues, onSaved: () => onDone(form.values.name.trim()),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`measureAdmin.fields.${f}`);
  const current = failure.conflict?.current as Kpi | undefined;
  const amount = (f: 'baselineValue' | 'targetValue', id: string, required = false) => (
    <TextField id={id} label={label(f)} required={required} inputMode="decimal" value={v[f]} onChange={form.set(f)}
      error={failure.errors[f]} hint={t('measureAdmin.amountHint')} />
  );
  return (
    <FormShell title={kpi ? t('measureAdmin.editKpi', { name: kpi.name }) : t('measureAdmin.addKpiTo', { title: measureTitle })}
      form={form} pending={save.isPending} labelOf={label} onCancel={() => onDone()}
      submitLabel={kpi ? t('measureAdmin.saveKpi') : t('measureAdmin.addKpiSubmit')}
      current={current && <p>{current.name}（{current.unit}）{t('measureAdmin.fields.targetValue')}: {current.target?.value}</p>}>
      {(id) => (
        <>
          <TextField id={id('name')} label={label('name')} required value={v.name} onChange={form.set('name')} error={failure.errors.name} />
          <TextField id={id('unit')} label={label('unit')} required value={v.unit} onChange={form.set('unit')} error={failure.errors.unit}
            hint={t('measureAdmin.unitHint')} />
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-std-17B-170">{t('measures.baseline')}</legend>
            {amount('baselineValue', id('baselineValue'))}
            <YearSelect id={id('baselineFiscalYear')} label={label('baselineFiscalYear')} value={v.baselineFiscalYear}
              onChange={form.set('baselineFiscalYear')} years={years} error={failure.errors.baselineFiscalYear} empty={t('measureAdmin.noYear')} />
          </fieldset>
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-std-17B-170">{t('measures.target')}</legend>
            {amount('targetValue', id('targetValue'), true)}
            <YearSelect id={id('targetFiscalYear')} label={label('targetFiscalYear')} required value={v.targetFiscalYear}
              onChange={form.set('targetFiscalYear')} years={years} error={failure.errors.targetFiscalYear} empty={t('measureAdmin.chooseYear')} />
          </fieldset>
        </>
      )}
    </FormShell>
  );
}
