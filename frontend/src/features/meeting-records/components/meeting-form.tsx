import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { YearSelect } from '@/features/measure-editing/components/year-select';
import { type MeetingDetail, useCreateMeeting, useUpdateMeeting } from '../api/meetings';
import { OrganizationSelect } from './organization-select';
import { MEETING_FIELDS, meetingInput, meetingValues, validateMeeting } from '../lib/values';
import { yearsAround } from '../lib/years';
import { DateField } from './date-field';

/**
 * A meeting's particulars: body, title, number, 年度, status, planned and held dates (shown in 和暦),
 * location and theme. Without `meeting` it creates one; the summary and agenda have their own forms.
 */
export function MeetingForm({ meeting, onDone }: { meeting?: MeetingDetail; onDone: (saved?: MeetingDetail) => void }) {
  const { t } = useTranslation();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? 0);
  const initial = useCallback(() => meetingValues(meeting, yearsAround().current), [meeting]);
  const form = useEditForm({
    formId: `meeting-${meeting?.id ?? 'new'}`, initial, fields: MEETING_FIELDS, validate: validateMeeting,
    save: async (v, lockVersion) => {
      const saved = meeting
        ? await update.mutateAsync(meetingInput(v, lockVersion, meeting.summary))
        : await create.mutateAsync(meetingInput(v, undefined));
      onDone(saved);
    },
    fromCurrent: (current: MeetingDetail) => meetingValues(current), onSaved: () => undefined,
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.meeting.fields.${f}`);
  const current = failure.conflict?.current as MeetingDetail | undefined;
  const years = yearsAround(Number(v.fiscalYear) || undefined).years;
  return (
    <FormShell title={meeting ? t('secretary.meeting.editTitle') : t('secretary.meeting.newTitle')} form={form}
      pending={create.isPending || update.isPending} labelOf={label} onCancel={() => onDone()}
      submitLabel={meeting ? t('secretary.meeting.save') : t('secretary.meeting.create')}
      current={current && (
        <p>{current.title}・{current.fiscalYear?.label}・{t(`meetings.status.${current.status}`)}・{current.heldOn?.label ?? current.planned?.label}・{current.location}</p>
      )}>
      {(id) => (
        <>
          <OrganizationSelect id={id('organization')} label={label('organization')} value={v.organization} onChange={form.set('organization')}
            error={failure.errors.organization} />
          <TextField id={id('title')} label={label('title')} required value={v.title} onChange={form.set('title')} error={failure.errors.title}
            hint={t('secretary.meeting.titleHint')} />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={id('number')} label={label('number')} inputMode="numeric" value={v.number} onChange={form.set('number')}
              error={failure.errors.number} hint={t('secretary.meeting.numberHint')} />
            <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
              years={years} error={failure.errors.fiscalYear} empty={t('secretary.choose')} />
          </div>
          <SelectField id={id('status')} label={label('status')} required value={v.status} onChange={form.set('status')} error={failure.errors.status}
            hint={t('secretary.meeting.statusHint')}>
            {(['planned', 'held', 'cancelled'] as const).map((s) => <option key={s} value={s}>{t(`meetings.status.${s}`)}</option>)}
          </SelectField>
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('plannedOn')} label={label('plannedOn')} value={v.plannedOn} onChange={form.set('plannedOn')} error={failure.errors.plannedOn} />
            <SelectField id={id('plannedPrecision')} label={label('plannedPrecision')} value={v.plannedPrecision} onChange={form.set('plannedPrecision')}
              error={failure.errors.plannedPrecision}>
              <option value="day">{t('secretary.meeting.precision.day')}</option>
              <option value="month">{t('secretary.meeting.precision.month')}</option>
            </SelectField>
          </div>
          <DateField id={id('heldOn')} label={label('heldOn')} value={v.heldOn} onChange={form.set('heldOn')} error={failure.errors.heldOn}
            hint={t('secretary.meeting.heldHint')} />
          <TextField id={id('location')} label={label('location')} value={v.location} onChange={form.set('location')} error={failure.errors.location} />
          <TextAreaField id={id('theme')} label={label('theme')} rows={3} value={v.theme} onChange={form.set('theme')} error={failure.errors.theme} />
        </>
      )}
    </FormShell>
  );
}
