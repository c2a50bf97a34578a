import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { YearSelect } from '@/features/measure-editing/components/year-select';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { type Appointment, type Cohort, type Issue, type Team, useIssues, useSaveAppointment, useSaveCohort, useSaveTeam } from '../api/programs';
import {
  APPOINTMENT_FIELDS, appointmentInput, appointmentValues, COHORT_FIELDS, cohortInput, cohortValues, ISSUE_FIELDS, issueInput,
  issueValues, TEAM_FIELDS, teamInput, teamValues, validateAppointment, validateCohort, validateIssue, validateTeam,
} from '../lib/values';
import { yearsAround } from '../lib/years';
import { DateField } from './date-field';

type Done = (saved?: string) => void;

/** A yearly leader-training cohort: trainees, period, presentation day and the projects presented. */
export function CohortForm({ cohort, onDone }: { cohort?: Cohort; onDone: Done }) {
  const { t } = useTranslation();
  const save = useSaveCohort(cohort?.id);
  const initial = useCallback(() => cohortValues(cohort), [cohort]);
  const form = useEditForm({
    formId: `cohort-${cohort?.id ?? 'new'}`, initial, fields: COHORT_FIELDS, validate: validateCohort,
    save: (v, lockVersion) => save.mutateAsync(cohortInput(v, lockVersion)),
    fromCurrent: (current: Cohort) => cohortValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.cohort.fields.${f}`);
  const current = failure.conflict?.current as Cohort | undefined;
  const years = yearsAround(Number(v.fiscalYear) || undefined).years;
  return (
    <FormShell title={cohort ? t('secretary.editFull', { name: `${cohort.fiscalYear?.label} ${cohort.programName}` }) : t('secretary.cohort.new')}
      form={form} pending={save.isPending} labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.fiscalYear?.label}・{current.programName}・{t('council.people', { count: current.traineeCount })}・{current.presentations?.map((p) => p.title).join('、')}</p>}>
      {(id) => (
        <>
          <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
            years={years} error={failure.errors.fiscalYear} empty={t('secretary.choose')} />
          <TextField id={id('programName')} label={label('programName')} required value={v.programName} onChange={form.set('programName')} error={failure.errors.programName} />
          <TextField id={id('traineeCount')} label={label('traineeCount')} inputMode="numeric" value={v.traineeCount} onChange={form.set('traineeCount')} error={failure.errors.traineeCount} />
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('trainingStart')} label={label('trainingStart')} value={v.trainingStart} onChange={form.set('trainingStart')} error={failure.errors.trainingStart} />
            <DateField id={id('trainingEnd')} label={label('trainingEnd')} value={v.trainingEnd} onChange={form.set('trainingEnd')} error={failure.errors.trainingEnd} />
          </div>
          <DateField id={id('presentationOn')} label={label('presentationOn')} value={v.presentationOn} onChange={form.set('presentationOn')} error={failure.errors.presentationOn} />
          <div className="grid gap-4 md:grid-cols-2">
            <YearSelect id={id('cumulativeSinceFiscalYear')} label={label('cumulativeSinceFiscalYear')} value={v.cumulativeSinceFiscalYear}
              onChange={form.set('cumulativeSinceFiscalYear')} years={years} error={failure.errors.cumulativeSinceFiscalYear} empty={t('secretary.none')} />
            <TextField id={id('cumulativeCount')} label={label('cumulativeCount')} inputMode="numeric" value={v.cumulativeCount} onChange={form.set('cumulativeCount')} error={failure.errors.cumulativeCount} />
          </div>
          <TextAreaField id={id('presentations')} label={label('presentations')} value={v.presentations} onChange={form.set('presentations')}
            error={failure.errors.presentations} hint={t('secretary.oneALine')} />
        </>
      )}
    </FormShell>
  );
}

/** A yearly in-house DX project team: purpose, period and who takes part. Its issues are edited below it. */
export function TeamForm({ team, onDone }: { team?: Team; onDone: Done }) {
  const { t } = useTranslation();
  const save = useSaveTeam(team?.id);
  const initial = useCallback(() => teamValues(team), [team]);
  const form = useEditForm({
    formId: `team-${team?.id ?? 'new'}`, initial, fields: TEAM_FIELDS, validate: validateTeam,
    save: (v, lockVersion) => save.mutateAsync(teamInput(v, lockVersion)),
    fromCurrent: (current: Team) => teamValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.team.fields.${f}`);
  const current = failure.conflict?.current as Team | undefined;
  return (
    <FormShell title={team ? t('secretary.editFull', { name: team.name }) : t('secretary.team.new')} form={form} pending={save.isPending}
      labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.fiscalYear?.label}・{current.name}・{current.purpose}</p>}>
      {(id) => (
        <>
          <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
            years={yearsAround(Number(v.fiscalYear) || undefined).years} error={failure.errors.fiscalYear} empty={t('secretary.choose')} />
          <TextField id={id('name')} label={label('name')} required value={v.name} onChange={form.set('name')} error={failure.errors.name} />
          <TextAreaField id={id('purpose')} label={label('purpose')} rows={3} value={v.purpose} onChange={form.set('purpose')} error={failure.errors.purpose} />
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('periodStart')} label={label('periodStart')} value={v.periodStart} onChange={form.set('periodStart')} error={failure.errors.periodStart} />
            <DateField id={id('periodEnd')} label={label('periodEnd')} value={v.periodEnd} onChange={form.set('periodEnd')} error={failure.errors.periodEnd} />
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={id('participantCount')} label={label('participantCount')} inputMode="numeric" value={v.participantCount} onChange={form.set('participantCount')} error={failure.errors.participantCount} />
            <TextField id={id('participantsDrawnFrom')} label={label('participantsDrawnFrom')} value={v.participantsDrawnFrom} onChange={form.set('participantsDrawnFrom')} error={failure.errors.participantsDrawnFrom} />
          </div>
          <TextAreaField id={id('note')} label={label('note')} rows={3} value={v.note} onChange={form.set('note')} error={failure.errors.note} />
        </>
      )}
    </FormShell>
  );
}

/** An issue of a team, with the earlier issue (of an earlier year's team) it extends, if any. */
export function IssueForm({ team, issue, earlier, onDone }: { team: Team; issue?: Issue; earlier: { id: number; label: string }[]; onDone: Done }) {
  const { t } = useTranslation();
  const { save } = useIssues(team.id ?? 0);
  const initial = useCallback(() => issueValues(issue), [issue]);
  const form = useEditForm({
    formId: `issue-${team.id}-${issue?.id ?? 'new'}`, initial, fields: ISSUE_FIELDS, validate: validateIssue,
    save: (v, lockVersion) => save.mutateAsync({ issue: issue?.id, body: issueInput(v, lockVersion) }),
    fromCurrent: (current: Issue) => issueValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.issue.fields.${f}`);
  const current = failure.conflict?.current as Issue | undefined;
  return (
    <FormShell title={issue ? t('secretary.editFull', { name: issue.title }) : t('secretary.issue.new', { team: team.name })} form={form}
      pending={save.isPending} labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.number}. {current.title}</p>}>
      {(id) => (
        <>
          <TextField id={id('number')} label={label('number')} inputMode="numeric" value={v.number} onChange={form.set('number')}
            error={failure.errors.number} hint={t('secretary.issue.numberHint')} />
          <TextField id={id('title')} label={label('title')} required value={v.title} onChange={form.set('title')} error={failure.errors.title} />
          <SelectField id={id('extendsIssueId')} label={label('extendsIssueId')} value={v.extendsIssueId} onChange={form.set('extendsIssueId')}
            error={failure.errors.extendsIssueId}>
            <option value="">{t('secretary.none')}</option>
            {earlier.map((e) => <option key={e.id} value={String(e.id)}>{e.label}</option>)}
          </SelectField>
          <TextField id={id('extensionNote')} label={label('extensionNote')} value={v.extensionNote} onChange={form.set('extensionNote')}
            error={failure.errors.extensionNote} hint={t('secretary.issue.noteHint')} />
        </>
      )}
    </FormShell>
  );
}

/** A DX advisor appointment: date, number, roles, term, and the advisors by department and post (never by name). */
export function AppointmentForm({ appointment, onDone }: { appointment?: Appointment; onDone: Done }) {
  const { t } = useTranslation();
  const save = useSaveAppointment(appointment?.id);
  const initial = useCallback(() => appointmentValues(appointment), [appointment]);
  const form = useEditForm({
    formId: `appointment-${appointment?.id ?? 'new'}`, initial, fields: APPOINTMENT_FIELDS, validate: validateAppointment,
    save: (v, lockVersion) => save.mutateAsync(appointmentInput(v, lockVersion)),
    fromCurrent: (current: Appointment) => appointmentValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.appointment.fields.${f}`);
  const current = failure.conflict?.current as Appointment | undefined;
  return (
    <FormShell title={appointment ? t('secretary.editFull', { name: appointment.title }) : t('secretary.appointment.new')} form={form}
      pending={save.isPending} labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.fiscalYear?.label}・{current.title}・{t('council.people', { count: current.appointedCount })}</p>}>
      {(id) => (
        <>
          <YearSelect id={id('fiscalYear')} label={label('fiscalYear')} required value={v.fiscalYear} onChange={form.set('fiscalYear')}
            years={yearsAround(Number(v.fiscalYear) || undefined).years} error={failure.errors.fiscalYear} empty={t('secretary.choose')} />
          <TextField id={id('title')} label={label('title')} required value={v.title} onChange={form.set('title')} error={failure.errors.title} />
          <TextAreaField id={id('purpose')} label={label('purpose')} rows={3} value={v.purpose} onChange={form.set('purpose')} error={failure.errors.purpose} />
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('appointedOn')} label={label('appointedOn')} required value={v.appointedOn} onChange={form.set('appointedOn')} error={failure.errors.appointedOn} />
            <TextField id={id('appointedCount')} label={label('appointedCount')} required inputMode="numeric" value={v.appointedCount} onChange={form.set('appointedCount')} error={failure.errors.appointedCount} />
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <DateField id={id('termEnd')} label={label('termEnd')} value={v.termEnd} onChange={form.set('termEnd')} error={failure.errors.termEnd} />
            <SelectField id={id('renewable')} label={label('renewable')} value={v.renewable} onChange={form.set('renewable')} error={failure.errors.renewable}>
              <option value="false">{t('secretary.appointment.notRenewable')}</option>
              <option value="true">{t('secretary.appointment.renewableYes')}</option>
            </SelectField>
          </div>
          <TextAreaField id={id('roles')} label={label('roles')} value={v.roles} onChange={form.set('roles')} error={failure.errors.roles} hint={t('secretary.oneALine')} />
          <TextAreaField id={id('advisors')} label={label('advisors')} value={v.advisors} onChange={form.set('advisors')} error={failure.errors.advisors}
            hint={t('secretary.appointment.advisorsHint')} />
        </>
      )}
    </FormShell>
  );
}
