import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { nodeLabel, type Placed } from '@/features/plan-editing/lib/tree';
import { type Measure, useSaveMeasure } from '../api/measures';
import { useEditForm } from '../lib/use-edit-form';
import { MEASURE_FIELDS, measureInput, measureValues, validateMeasure } from '../lib/values';
import { FormShell } from './form-shell';

/** Adds a measure to the plan, or edits one (with the lockVersion it was read at). */
export function MeasureForm({ plan, measure, nodes, onDone }: {
  plan: string;
  measure?: Measure;
  /** The nodes a measure may be listed under, in reading order. */
  nodes: Placed[];
  onDone: (title?: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveMeasure(plan);
  const initial = useCallback(() => measureValues(measure), [measure]);
  const form = useEditForm({
    formId: `measure-${measure?.id ?? 'new'}`, initial, fields: MEASURE_FIELDS, validate: validateMeasure,
    save: (v, lockVersion) => save.mutateAsync({ id: measure?.id, body: measureInput(v, lockVersion) }),
    fromCurrent: measureValues, onSaved: () => onDone(form.values.title.trim()),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`measureAdmin.fields.${f}`);
  const current = failure.conflict?.current as Measure | undefined;
  return (
    <FormShell title={measure ? t('measureAdmin.editMeasure', { title: measure.title }) : t('measureAdmin.addMeasure')}
      form={form} pending={save.isPending} labelOf={label} onCancel={() => onDone()}
      submitLabel={measure ? t('measureAdmin.saveMeasure') : t('measureAdmin.addMeasureSubmit')}
      current={current && <p>{[current.title, current.department].filter(Boolean).join(' ・ ')}</p>}>
      {(id) => (
        <>
          <TextField id={id('title')} label={label('title')} required value={v.title} onChange={form.set('title')} error={failure.errors.title} />
          <TextField id={id('department')} label={label('department')} value={v.department} onChange={form.set('department')}
            error={failure.errors.department} hint={t('measureAdmin.departmentHint')} />
          <SelectField id={id('nodeKey')} label={label('nodeKey')} value={v.nodeKey} onChange={form.set('nodeKey')}
            error={failure.errors.nodeKey} hint={t('measureAdmin.nodeKeyHint')}>
            <option value="">{t('measureAdmin.noNode')}</option>
            {/* Listed under a node the chosen version lacks: kept, not silently dropped on saving. */}
            {v.nodeKey && !nodes.some((p) => p.node.key === v.nodeKey) && (
              <option value={v.nodeKey}>{t('measureAdmin.nodeElsewhere', { key: v.nodeKey })}</option>
            )}
            {nodes.map((p) => <option key={p.node.key} value={p.node.key}>{'　'.repeat(p.depth)}{nodeLabel(p.node)}</option>)}
          </SelectField>
          <TextAreaField id={id('description')} label={label('description')} value={v.description} onChange={form.set('description')}
            error={failure.errors.description} rows={3} />
        </>
      )}
    </FormShell>
  );
}
