import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { fiscalYearWithSeireki } from '@/lib/wareki';
import { type Kpi, type KpiProgress, useRecordProgress } from '../api/measures';
import { useEditForm } from '../lib/use-edit-form';
import { PROGRESS_FIELDS, progressInput, type ProgressValues, validateProgress } from '../lib/values';
import { FormShell } from './form-shell';
import { YearSelect } from './year-select';

const fromProgress = (p: KpiProgress): ProgressValues => ({
  fiscalYear: String(p.fiscalYear?.year ?? ''), actual: p.actual === undefined || p.actual === null ? '' : String(p.actual),
  note: p.note ?? '', lockVersion: p.lockVersion,
});

/**
 * Records a KPI's actual value for a fiscal year, or corrects a year already recorded (its year is
 * then fixed). The status (順調・遅れ…) is the service's judgement and shows once saved.
 */
export function ProgressForm({ plan, measure, kpi, entry, years, suggested, onDone }: {
  plan: string;
  measure: number;
  kpi: Kpi;
  /** The year being corrected; none to record a new one. */
  entry?: KpiProgress;
  /** Years without an actual yet. */
  years: number[];
  suggested?: number;
  onDone: (year?: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordProgress(plan, measure, kpi.id ?? 0);
  const initial = useCallback(
    (): ProgressValues => (entry ? fromProgress(entry) : { fiscalYear: suggested ? String(suggested) : '', actual: '', note: '' }),
    [entry, suggested],
  );
  const form = useEditForm({
    formId: `progress-${kpi.id}-${entry?.fiscalYear?.year ?? 'new'}`, initial, fields: PROGRESS_FIELDS, validate: validateProgress,
    save: (v, lockVersion) => record.mutateAsync({ fiscalYear: Number(v.fiscalYear), body: progressInput(v, lockVersion) }),
    fromCurrent: fromProgress, onSaved: () => onDone(fiscalYearWithSeireki(Number(form.values.fiscalYear))),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`measureAdmin.fields.${f}`);
  const current = failure.conflict?.current as KpiProgress | undefined;
  const year = entry?.fiscalYear?.year;
  return (
    <FormShell
      title={year ? t('measureAdmin.correctProgress', { name: kpi.name, year: fiscalYearWithSeireki(year) }) : t('measureAdmin.recordProgressFor', { name: kpi.name })}
      form={form} pending={record.isPending} labelOf={label} onCancel={() => onDone()}
      submitLabel={t('measureAdmin.saveProgress')}
      current={current && <p>{current.fiscalYear?.year && fiscalYearWithSeireki(current.fiscalYear.year)}: {current.actual} {kpi.unit}{current.note ? ` ・ ${current.note}` : ''}</p>}>
      {(id) => (
        <>
          {!year && (
            <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
              years={years} error={failure.errors.fiscalYear} empty={t('measureAdmin.chooseYear')} />
          )}
          <TextField id={id('actual')} label={t('measureAdmin.actualIn', { unit: kpi.unit })} required inputMode="decimal" value={v.actual}
            onChange={form.set('actual')} error={failure.errors.actual} hint={t('measureAdmin.amountHint')} />
          <TextAreaField id={id('note')} label={label('note')} value={v.note} onChange={form.set('note')} error={failure.errors.note} rows={2} />
        </>
      )}
    </FormShell>
  );
}
