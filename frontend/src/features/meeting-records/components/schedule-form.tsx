import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { YearSelect } from '@/features/measure-editing/components/year-select';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { useMeetingsOfYear } from '../api/meetings';
import { type ScheduleEntry, useSaveScheduleEntry } from '../api/schedule';
import { PLANNED_PRECISIONS, SCHEDULE_FIELDS, SCHEDULE_KINDS, scheduleInput, scheduleValues, validateSchedule } from '../lib/values';
import { yearsAround } from '../lib/years';
import { DateField, MonthField } from './date-field';
import { OrganizationSelect } from './organization-select';

/** What was picked stays picked when the precision changes: 2025-06-15 → 2025-06 → 2025-06-01. */
function plannedAs(precision: string, value: string): string {
  if (precision === 'month') return value.slice(0, 7);
  if (precision === 'day' && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return precision === 'day' ? value : '';
}

/**
 * One step of a 年度's schedule: what it is, when it was planned (as precisely as the published
 * schedule said it: a day, a month, within the year) and when it happened. A step carried out by a
 * meeting is linked to it and takes the meeting's date, so the two never disagree.
 */
export function ScheduleForm({ entry, fiscalYear, onDone }: { entry?: ScheduleEntry; fiscalYear?: number; onDone: (saved?: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveScheduleEntry(entry?.id);
  const initial = useCallback(() => scheduleValues(entry, fiscalYear), [entry, fiscalYear]);
  const form = useEditForm({
    formId: `schedule-${entry?.id ?? `new-${fiscalYear ?? ''}`}`, initial, fields: SCHEDULE_FIELDS, validate: validateSchedule,
    save: (v, lockVersion) => save.mutateAsync(scheduleInput(v, lockVersion)),
    fromCurrent: (current: ScheduleEntry) => scheduleValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const meetings = useMeetingsOfYear(Number(v.fiscalYear) || undefined);
  const label = (f: string) => t(`secretary.schedule.fields.${f}`);
  const current = failure.conflict?.current as ScheduleEntry | undefined;
  return (
    <FormShell title={entry ? t('secretary.editFull', { name: entry.title }) : t('secretary.schedule.new')} form={form} pending={save.isPending}
      labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.fiscalYear?.label}・{current.title}・{current.planned?.label}・{current.actual?.label ?? t('council.scheduleStatus.planned')}</p>}>
      {(id) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
              years={yearsAround(Number(v.fiscalYear) || undefined).years} error={failure.errors.fiscalYear} empty={t('secretary.choose')} />
            <SelectField id={id('kind')} label={label('kind')} required value={v.kind} onChange={form.set('kind')} error={failure.errors.kind}>
              {SCHEDULE_KINDS.map((k) => <option key={k} value={k}>{t(`secretary.schedule.kinds.${k}`)}</option>)}
            </SelectField>
          </div>
          <TextField id={id('title')} label={label('title')} required value={v.title} onChange={form.set('title')} error={failure.errors.title}
            hint={t('secretary.schedule.titleHint')} />
          <OrganizationSelect id={id('organization')} label={label('organization')} optional value={v.organization} onChange={form.set('organization')}
            error={failure.errors.organization} />
          <TextAreaField id={id('description')} label={label('description')} rows={3} value={v.description} onChange={form.set('description')}
            error={failure.errors.description} />
          <SelectField id={id('plannedPrecision')} label={label('plannedPrecision')} value={v.plannedPrecision} onChange={(p) => {
            form.set('plannedPrecision')(p);
            form.set('plannedOn')(plannedAs(p, v.plannedOn));
          }}
            error={failure.errors.plannedPrecision}>
            {PLANNED_PRECISIONS.map((p) => <option key={p} value={p}>{t(`secretary.schedule.precision.${p}`)}</option>)}
          </SelectField>
          <div className="grid gap-4 md:grid-cols-2">
            {v.plannedPrecision === 'day' && (
              <DateField id={id('plannedOn')} label={label('plannedOn')} value={v.plannedOn} onChange={form.set('plannedOn')} error={failure.errors.plannedOn} />
            )}
            {v.plannedPrecision === 'month' && (
              <MonthField id={id('plannedOn')} label={label('plannedMonth')} value={v.plannedOn} onChange={form.set('plannedOn')} error={failure.errors.plannedOn} />
            )}
            <TextField id={id('plannedNote')} label={label('plannedNote')} value={v.plannedNote} onChange={form.set('plannedNote')}
              error={failure.errors.plannedNote} hint={t('secretary.schedule.plannedNoteHint')} />
          </div>
          <SelectField id={id('meetingId')} label={label('meetingId')} value={v.meetingId} onChange={form.set('meetingId')} error={failure.errors.meetingId}
            hint={t('secretary.schedule.meetingHint')}>
            <option value="">{t('secretary.none')}</option>
            {(meetings.data ?? []).map((m) => <option key={m.id} value={String(m.id)}>{m.title}</option>)}
          </SelectField>
          {!v.meetingId && (
            <DateField id={id('actualOn')} label={label('actualOn')} value={v.actualOn} onChange={form.set('actualOn')} error={failure.errors.actualOn}
              hint={t('secretary.schedule.actualHint')} />
          )}
          <SelectField id={id('optional')} label={label('optional')} value={v.optional} onChange={form.set('optional')} error={failure.errors.optional}>
            <option value="false">{t('secretary.schedule.always')}</option>
            <option value="true">{t('secretary.schedule.ifNeeded')}</option>
          </SelectField>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={id('consultationId')} label={label('consultationId')} code value={v.consultationId} onChange={form.set('consultationId')}
              error={failure.errors.consultationId} hint={t('secretary.schedule.consultationHint')} />
            <TextField id={id('planKey')} label={label('planKey')} code value={v.planKey} onChange={form.set('planKey')}
              error={failure.errors.planKey} hint={t('secretary.schedule.planKeyHint')} />
          </div>
          <TextField id={id('sortOrder')} label={label('sortOrder')} inputMode="numeric" value={v.sortOrder} onChange={form.set('sortOrder')}
            error={failure.errors.sortOrder} hint={t('secretary.schedule.sortOrderHint')} />
        </>
      )}
    </FormShell>
  );
}
