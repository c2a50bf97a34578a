import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { SelectField, TextAreaField, TextField } from '@/features/plan-editing/components/form-fields';
import { translated } from '@/features/plan-editing/lib/messages';
import { useFormFailure } from '@/features/plan-editing/lib/use-form-failure';
import { usePlan, usePlans } from '@/features/plan/api/plans';
import { ApiError, inLanguage } from '@/lib/api-client';
import { warekiDate } from '@/lib/wareki';
import { type ConsultationDetail, useCreateConsultation } from '../api/moderation';
import {
  ATTRIBUTES, CHANNELS, CONSULTATION_FIELDS, type ConsultationValues, consultationRequest, emptyConsultation, MINIMUM_DAYS,
  periodOf, REQUIRABLE, toggled, validateConsultation,
} from '../lib/consultation-form';

/**
 * A new consultation on a published plan version, as the moderator prepares the notice: what is asked,
 * the period, who may send an opinion, how, and the documents. It is created as a draft; scheduling it
 * is a separate, deliberate step. What was typed is kept through signing in again.
 */
export function ConsultationForm({ onCreated }: { onCreated: (created: ConsultationDetail) => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const id = (f: string) => `${uid}-${f}`;
  const draft = useSessionDraft<ConsultationValues>('consultation-new', emptyConsultation);
  const failure = useFormFailure(CONSULTATION_FIELDS);
  const create = useCreateConsultation();
  const plans = usePlans();
  const plan = usePlan(draft.value.plan);
  const v = draft.value;
  const errors = failure.errors;
  const set = (patch: Partial<ConsultationValues>) => draft.setValue((prev) => ({ ...prev, ...patch }));
  const text = (field: keyof ConsultationValues) => (value: string) => set({ [field]: value });
  const label = (f: string) => t(`consultationSetup.fields.${f}`);
  const period = periodOf(v);
  const versions = (plan.data?.versions ?? []).filter((ver) => ver.status === 'published');

  const submit = async () => {
    failure.clear();
    const found = validateConsultation(v);
    if (Object.keys(found).length) return failure.fail(translated(t, found));
    try {
      const created = await create.mutateAsync(consultationRequest(v));
      draft.clear();
      onCreated(created);
    } catch (e) {
      // The only 409 here is a taken id: say so beside the field rather than as an edit conflict.
      if (e instanceof ApiError && e.status === 409) failure.fail({ id: inLanguage(e.problem?.detail, i18n.language) });
      else failure.caught(e);
    }
  };

  return (
    <form noValidate aria-labelledby={id('h')} className="max-w-3xl space-y-6" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={id('h')} className="text-std-22B-150">{t('consultationSetup.formTitle')}</h2>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={failure.summaryRef} id={id('errors')} errors={failure.summary(id, label)} />

      <TextField id={id('title')} label={label('title')} required value={v.title} onChange={text('title')} error={errors.title} />
      <TextField id={id('id')} label={label('id')} required code value={v.id} onChange={text('id')} error={errors.id}
        hint={t('consultationSetup.idHint')} />
      <TextAreaField id={id('summary')} label={label('summary')} required value={v.summary} onChange={text('summary')}
        error={errors.summary} rows={6} />

      <fieldset className="space-y-4">
        <legend className="text-std-18B-160">{t('consultationSetup.target')}</legend>
        <SelectField id={id('plan')} label={label('plan')} required value={v.plan} error={errors.plan}
          onChange={(value) => set({ plan: value, version: '' })}>
          <option value="">{t('entries.choose')}</option>
          {(plans.data ?? []).map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
        </SelectField>
        <SelectField id={id('version')} label={label('version')} required value={v.version} error={errors.version}
          hint={t('consultationSetup.versionHint')} onChange={text('version')}>
          <option value="">{t('entries.choose')}</option>
          {versions.map((ver) => (
            <option key={ver.code} value={ver.code}>{ver.label}{ver.dated?.label ? `（${ver.dated.label}）` : ''}</option>
          ))}
        </SelectField>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-std-18B-160">{t('consultationSetup.period')}</legend>
        <p className="text-solid-gray-700">{t('consultationSetup.periodLead', { min: MINIMUM_DAYS })}</p>
        <DayAndTime id={id('opensAt')} label={label('opensAt')} timeLabel={t('consultationSetup.opensTime')}
          day={v.opensAt} time={v.opensTime} error={errors.opensAt}
          onDay={text('opensAt')} onTime={text('opensTime')} />
        <DayAndTime id={id('closesAt')} label={label('closesAt')} timeLabel={t('consultationSetup.closesTime')}
          day={v.closesAt} time={v.closesTime} error={errors.closesAt} timeHint={t('consultationSetup.closesTimeHint')}
          onDay={text('closesAt')} onTime={text('closesTime')} />
        {period && period.days > 0 && (
          <p role="status" className="font-bold">{t('consultationSetup.days', { count: period.days })}</p>
        )}
        {(period && period.days < MINIMUM_DAYS) || v.shortPeriodReason ? (
          <TextAreaField id={id('shortPeriodReason')} label={label('shortPeriodReason')} required={!!period && period.days < MINIMUM_DAYS}
            value={v.shortPeriodReason} onChange={text('shortPeriodReason')} error={errors.shortPeriodReason} rows={3} />
        ) : null}
        <TextField id={id('periodNote')} label={label('periodNote')} value={v.periodNote} onChange={text('periodNote')}
          error={errors.periodNote} hint={t('consultationSetup.periodNoteHint')} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-std-18B-160">{t('consultationSetup.who')}</legend>
        <TextAreaField id={id('eligibility')} label={label('eligibility')} value={v.eligibility} onChange={text('eligibility')}
          error={errors.eligibility} rows={2} hint={t('consultationSetup.eligibilityHint')} />
        <Choices id={id('allowedAttributes')} legend={label('allowedAttributes')} error={errors.allowedAttributes}
          all={ATTRIBUTES} chosen={v.allowedAttributes} labelOf={(c) => t(`consultationSetup.attributes.${c}`)}
          onChange={(allowedAttributes) => set({ allowedAttributes })} />
        <Choices id={id('requiredFields')} legend={label('requiredFields')} error={errors.requiredFields}
          hint={t('consultationSetup.requiredFieldsHint')}
          all={REQUIRABLE} chosen={v.requiredFields} labelOf={(c) => t(`consultationSetup.requirable.${c}`)}
          onChange={(requiredFields) => set({ requiredFields })} />
        <Choices id={id('channels')} legend={label('channels')} error={errors.channels}
          all={CHANNELS} chosen={v.channels} labelOf={(c) => t(`consultationSetup.channels.${c}`)}
          onChange={(channels) => set({ channels })} />
      </fieldset>

      <fieldset id={id('documents')} tabIndex={-1} className="space-y-3" aria-describedby={errors.documents ? `${id('documents')}-error` : undefined}>
        <legend className="text-std-18B-160">{label('documents')}</legend>
        {errors.documents && <p id={`${id('documents')}-error`} className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{errors.documents}</p>}
        {v.documents.map((d, i) => (
          <div key={i} className="grid gap-3 rounded-8 border border-solid-gray-420 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <TextField id={id(`document-${i}-title`)} label={t('consultationSetup.documentTitle', { n: i + 1 })} value={d.title}
              onChange={(title) => set({ documents: v.documents.map((x, j) => (j === i ? { ...x, title } : x)) })} />
            <TextField id={id(`document-${i}-url`)} label={t('consultationSetup.documentUrl', { n: i + 1 })} code value={d.url}
              onChange={(url) => set({ documents: v.documents.map((x, j) => (j === i ? { ...x, url } : x)) })} />
            <button type="button" className="btn-secondary" onClick={() => set({ documents: v.documents.filter((_, j) => j !== i) })}>
              {t('consultationSetup.removeDocument', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="btn-secondary" onClick={() => set({ documents: [...v.documents, { title: '', url: '' }] })}>
          {t('consultationSetup.addDocument')}
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={create.isPending} aria-busy={create.isPending}>{t('consultationSetup.create')}</button>
        <button type="button" className="btn-secondary" onClick={() => { draft.clear(); draft.reset(); failure.clear(); }}>
          {t('entries.discard')}
        </button>
      </div>
    </form>
  );
}

/** A day (with its 和暦 beside it) and an optional time of that day, in Japan time. */
function DayAndTime({ id, label, timeLabel, timeHint, day, time, error, onDay, onTime }: {
  id: string; label: string; timeLabel: string; timeHint?: string; day: string; time: string; error?: string;
  onDay: (v: string) => void; onTime: (v: string) => void;
}) {
  const wareki = /^\d{4}-\d{2}-\d{2}$/.test(day) ? warekiDate(day) : undefined;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={id} label={label} required error={error} hint={wareki}>
        <input id={id} type="date" className={inputClass(error)} value={day} aria-invalid={!!error}
          aria-describedby={describedBy(id, error, wareki)} onChange={(e) => onDay(e.target.value)} />
      </Field>
      <Field id={`${id}-time`} label={timeLabel} hint={timeHint}>
        <input id={`${id}-time`} type="time" className={inputClass()} value={time}
          aria-describedby={describedBy(`${id}-time`, undefined, timeHint)} onChange={(e) => onTime(e.target.value)} />
      </Field>
    </div>
  );
}

/** Checkboxes over a fixed set of codes, in the set's order. */
function Choices({ id, legend, hint, error, all, chosen, labelOf, onChange }: {
  id: string; legend: string; hint?: string; error?: string; all: readonly string[]; chosen: string[];
  labelOf: (code: string) => string; onChange: (next: string[]) => void;
}) {
  return (
    <fieldset id={id} tabIndex={-1} className="space-y-2"
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}>
      <legend className="text-std-17B-170">{legend}</legend>
      {hint && <p id={`${id}-hint`} className="text-solid-gray-700">{hint}</p>}
      {error && <p id={`${id}-error`} className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{error}</p>}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {all.map((code) => (
          <div key={code} className="flex items-center gap-2">
            <input id={`${id}-${code}`} type="checkbox" className="size-6" checked={chosen.includes(code)}
              onChange={() => onChange(toggled(chosen, code, all))} />
            <label htmlFor={`${id}-${code}`}>{labelOf(code)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
